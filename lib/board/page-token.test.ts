import { describe, expect, it } from "vitest";
import { createTokenSource } from "./page-token";

const page = { token: "page-token", issuedAt: 1_000_000, expiresIn: 60 };

function setup(now: number, timeOrigin = 999_000) {
  let fetched = 0;
  const source = createTokenSource(page, async () => `fetched-${++fetched}`, { now: () => now, timeOrigin });
  return { source, fetched: () => fetched };
}

describe("createTokenSource", () => {
  it("connects first with the page's token, and fetches a new one for every reconnect", async () => {
    const { source, fetched } = setup(1_002_000);
    expect(await source()).toBe("page-token");
    expect(await source()).toBe("fetched-1");
    expect(await source()).toBe("fetched-2");
    expect(fetched()).toBe(2);
  });

  it("fetches instead when the page's token has less than 15 s left", async () => {
    expect(await setup(1_000_000 + 44_999).source()).toBe("page-token");
    expect(await setup(1_000_000 + 45_000).source()).toBe("fetched-1");
  });

  it("counts the age from the navigation's start when this clock is ahead of the server's", async () => {
    // The page was requested at 1 100 000 by this clock; the server stamped 1 000 000.
    expect(await setup(1_100_000 + 44_000, 1_100_000).source()).toBe("page-token");
    expect(await setup(1_100_000 + 46_000, 1_100_000).source()).toBe("fetched-1");
  });

  it("never counts from a time later than now when this clock is behind the server's", async () => {
    // issuedAt lies 100 s in this clock's future; the age counts from now at the latest.
    const behind = { ...page, issuedAt: 1_100_000 };
    const source = createTokenSource(behind, async () => "fetched", { now: () => 1_000_000, timeOrigin: 990_000 });
    expect(await source()).toBe("page-token");
  });

  it("without a page token always fetches", async () => {
    const source = createTokenSource(undefined, async () => "fetched", { now: () => 0, timeOrigin: 0 });
    expect(await source()).toBe("fetched");
  });
});
