import { describe, expect, it } from "vitest";
import { parseNumberCell, parseWeekCell, weekOfDate } from "./values";

describe("parseNumberCell", () => {
  it.each([
    ["1 234,5", 1234.5],
    ["1\u00a0234,5", 1234.5],
    ["12,5", 12.5],
    ["12.5", 12.5],
    ["1.234,5", 1234.5],
    ["−3", -3],
    ["-0,5", -0.5],
    ["45 %", 45],
    [",5", 0.5],
    [7, 7],
  ])("reads %j as %d", (input, expected) => {
    expect(parseNumberCell(input)).toEqual({ ok: true, value: expected });
  });

  it("treats empty cells as no value", () => {
    expect(parseNumberCell("")).toEqual({ ok: true, value: null });
    expect(parseNumberCell(null)).toEqual({ ok: true, value: null });
    expect(parseNumberCell("  ")).toEqual({ ok: true, value: null });
  });

  it.each(["12,3,4", "abc", "1.2.3", "12a", "1,234.5"])("rejects %j", (input) => {
    expect(parseNumberCell(input)).toEqual({ ok: false });
  });
});

describe("parseWeekCell", () => {
  it.each([
    ["2026-W05", "2026-W05"],
    ["2026W5", "2026-W05"],
    ["2026-w5", "2026-W05"],
    ["v. 5 2026", "2026-W05"],
    ["v5 2026", "2026-W05"],
    ["vecka 12 2027", "2027-W12"],
    ["2026 v5", "2026-W05"],
    ["2026 v. 5", "2026-W05"],
    ["2026-W53", "2026-W53"],
    // 2027-01-01 is a Friday in ISO week 53 of 2026.
    ["2027-01-01", "2026-W53"],
    ["2027-01-04", "2027-W01"],
  ])("reads %j as %s", (input, expected) => {
    expect(parseWeekCell(input)).toEqual({ ok: true, week: expected });
  });

  it("reads spreadsheet dates as their ISO week", () => {
    expect(parseWeekCell(new Date(Date.UTC(2027, 0, 10)))).toEqual({ ok: true, week: "2027-W01" });
    expect(parseWeekCell(new Date(Date.UTC(2025, 11, 29)))).toEqual({ ok: true, week: "2026-W01" });
  });

  it("tells weeks that do not exist from text that is no week", () => {
    expect(parseWeekCell("2027-W53")).toEqual({ ok: false, reason: "noSuchWeek" });
    expect(parseWeekCell("v. 54 2026")).toEqual({ ok: false, reason: "noSuchWeek" });
    expect(parseWeekCell("v. 54")).toEqual({ ok: false, reason: "noSuchWeek" });
    expect(parseWeekCell("v. 5")).toEqual({ ok: false, reason: "noYear" });
    expect(parseWeekCell("2026-02-30")).toEqual({ ok: false, reason: "noSuchWeek" });
    expect(parseWeekCell("hej")).toEqual({ ok: false, reason: "unreadable" });
    expect(parseWeekCell(12)).toEqual({ ok: false, reason: "unreadable" });
  });
});

describe("weekOfDate", () => {
  it("follows ISO 8601 across year ends", () => {
    expect(weekOfDate(new Date(Date.UTC(2026, 11, 31)))).toBe("2026-W53");
    expect(weekOfDate(new Date(Date.UTC(2024, 11, 30)))).toBe("2025-W01");
    expect(weekOfDate(new Date(Date.UTC(2027, 2, 15)))).toBe("2027-W11");
  });
});
