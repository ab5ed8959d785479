import { describe, expect, it } from "vitest";
import { throwIfErrorForced } from "./forced-error";

describe("throwIfErrorForced", () => {
  const asked = { pksForceError: "section" };

  it("never throws without PKS_E2E=1, whatever the query says (production)", () => {
    expect(() => throwIfErrorForced(asked, { NODE_ENV: "production" })).not.toThrow();
    expect(() => throwIfErrorForced(asked, { NODE_ENV: "production", PKS_E2E: "true" })).not.toThrow();
    expect(() => throwIfErrorForced(asked, { NODE_ENV: "test" })).not.toThrow();
  });

  it("throws in e2e mode only when the query asks for it", () => {
    expect(() => throwIfErrorForced(asked, { NODE_ENV: "production", PKS_E2E: "1" })).toThrow(/forced/);
    expect(() => throwIfErrorForced({}, { NODE_ENV: "production", PKS_E2E: "1" })).not.toThrow();
    expect(() =>
      throwIfErrorForced({ pksForceError: "other" }, { NODE_ENV: "production", PKS_E2E: "1" }),
    ).not.toThrow();
  });
});
