import { describe, expect, it } from "vitest";
import { createRateLimiter } from "./rate-limit";

describe("createRateLimiter", () => {
  it("allows a burst, then one request per refill interval, per key", () => {
    const limiter = createRateLimiter({ ratePerSecond: 2, burst: 3 });
    const t = 1_000_000;
    expect([1, 2, 3].map(() => limiter.take("anna", t))).toEqual([0, 0, 0]);
    // Empty: the next token comes after 1/2 s.
    expect(limiter.take("anna", t)).toBe(500);
    expect(limiter.take("bo", t)).toBe(0);
    expect(limiter.take("anna", t + 500)).toBe(0);
    expect(limiter.take("anna", t + 500)).toBe(500);
  });

  it("forgets the least recently used keys beyond maxKeys", () => {
    const limiter = createRateLimiter({ ratePerSecond: 1, burst: 1, maxKeys: 2 });
    limiter.take("a", 0);
    limiter.take("b", 0);
    limiter.take("c", 0);
    // "a" was forgotten, so it has a full bucket again; "c" has not.
    expect(limiter.take("a", 0)).toBe(0);
    expect(limiter.take("c", 0)).toBe(1000);
  });
});
