import { describe, expect, it } from "vitest";
import { createEmptyBoard } from "./empty-board";

describe("createEmptyBoard", () => {
  const input = { name: "T", unit: "U", level: "strategic" as const, year: 2026 };
  it("covers one ISO year by default (2026 has 53 weeks)", () => {
    expect(createEmptyBoard(input).horizon).toEqual({ start: "2026-W01", weeks: 53 });
  });
  it("spans up to four years: 2026–2029 = 53 + 52 + 52 + 52 weeks", () => {
    expect(createEmptyBoard({ ...input, years: 4 }).horizon).toEqual({ start: "2026-W01", weeks: 209 });
    expect(createEmptyBoard({ ...input, years: 9 }).horizon.weeks).toBe(209);
  });
});
