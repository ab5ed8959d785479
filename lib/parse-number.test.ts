import { describe, expect, it } from "vitest";
import { formatNumber } from "./format";
import { parseSwedishNumber } from "./parse-number";

describe("parseSwedishNumber", () => {
  it.each([
    ["1 234,5", 1234.5],
    ["1234,5", 1234.5],
    ["1 234", 1234],
    ["1\u00a0234", 1234],
    ["1\u202f234\u202f567,25", 1234567.25],
    ["−5", -5],
    ["-5", -5],
    ["− 1 000", -1000],
    ["0,25", 0.25],
    [",5", 0.5],
    ["+7", 7],
    ["  42  ", 42],
    ["1234.5", 1234.5],
    ["0", 0],
    ["-0", 0],
    ["1.234,5", 1234.5],
    ["1.234.567,25", 1234567.25],
    ["12,", 12],
    ["12.", 12],
  ])("reads %j as %d", (text, value) => {
    expect(parseSwedishNumber(text)).toEqual({ ok: true, value });
  });

  it.each(["12,3,4", "abc", "1 23", "12 3456", ",", "1.23,4", "1,234.5", "−", "1e5", "12a", "1 234.5.6", "--5", "5-"])(
    "rejects %j",
    (text) => {
      expect(parseSwedishNumber(text)).toEqual({ ok: false, error: "invalid" });
    },
  );

  it("tells an empty entry apart from an invalid one", () => {
    expect(parseSwedishNumber("   ")).toEqual({ ok: false, error: "empty" });
  });

  it("reads back what formatNumber writes, for any number", () => {
    for (const value of [0, 1, -1, 999, 1000, -1234.5, 1234567.89, 0.05]) {
      const parsed = parseSwedishNumber(formatNumber(value, 2));
      expect(parsed.ok && parsed.value).toBeCloseTo(value, 2);
    }
  });
});
