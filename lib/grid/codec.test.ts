import { describe, expect, it } from "vitest";
import { editText, formatCell, parseCell } from "./codec";

describe("cell codec", () => {
  it("shows numbers the Swedish way and shares as percent", () => {
    expect(formatCell(1234.5, {})).toBe("1\u00a0234,5");
    expect(formatCell(0.75, { kind: "percent" })).toBe("75 %");
    expect(formatCell(null, {})).toBe("");
    expect(formatCell(12, {})).toBe("12");
    expect(formatCell(0.25, {})).toBe("0,25");
    expect(formatCell(12.345, { decimals: 1 })).toBe("12,3");
    expect(formatCell(2.5, {})).toBe("2,5");
    expect(formatCell(0.333333, {})).toBe("0,33");
    expect(formatCell(156.04, {})).toBe("156");
  });

  it("edits and copies without grouping, so the text pastes back into Excel and the grid", () => {
    expect(editText(1234.5, {})).toBe("1234,5");
    expect(editText(-2, {})).toBe("\u22122");
    expect(editText(0.333, { kind: "percent" })).toBe("33,3");
    expect(parseCell(editText(0.333, { kind: "percent" }), { kind: "percent" })).toEqual({ ok: true, value: 0.333 });
  });

  it("reads percent with or without the sign and stores a share", () => {
    expect(parseCell("40 %", { kind: "percent" })).toEqual({ ok: true, value: 0.4 });
    expect(parseCell("40", { kind: "percent" })).toEqual({ ok: true, value: 0.4 });
  });

  it("clears on empty text and rejects what is not a number or out of range", () => {
    expect(parseCell("  ", {})).toEqual({ ok: true, value: null });
    expect(parseCell("12,3,4", {})).toEqual({ ok: false, error: "invalid", text: "12,3,4" });
    expect(parseCell("−1", {}, { min: 0 })).toEqual({ ok: false, error: "range", min: 0, max: undefined });
    expect(parseCell("120", { kind: "percent" }, { min: 0, max: 1 })).toEqual({
      ok: false,
      error: "range",
      min: 0,
      max: 100,
    });
  });
});
