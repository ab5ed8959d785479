import { describe, expect, it } from "vitest";
import {
  addWeeks,
  compareWeeks,
  formatWeekLabel,
  formatWeekLabelWithYear,
  isValidWeek,
  parseWeek,
  weekMonth,
  weekNumber,
  weekQuarter,
  weekRange,
  weeksBetween,
  weeksInIsoYear,
  weekTertial,
  weekThursday,
  weekYear,
} from "./iso-week";

describe("ISO weeks", () => {
  it("knows which years have 53 weeks", () => {
    expect(weeksInIsoYear(2026)).toBe(53); // 1 Jan 2026 is a Thursday
    expect(weeksInIsoYear(2027)).toBe(52);
    expect(weeksInIsoYear(2020)).toBe(53); // leap year starting on a Wednesday
    expect(weeksInIsoYear(2021)).toBe(52);
  });

  it("accepts only weeks that exist", () => {
    expect(isValidWeek("2026-W53")).toBe(true);
    expect(isValidWeek("2027-W53")).toBe(false);
    expect(isValidWeek("2026-W54")).toBe(false);
    expect(isValidWeek("2026-W00")).toBe(false);
    expect(isValidWeek("2026-W1")).toBe(false);
    expect(isValidWeek("2026W01")).toBe(false);
    expect(parseWeek("2027-W12")).toEqual({ year: 2027, week: 12 });
  });

  it("adds weeks across year boundaries, including week 53", () => {
    expect(addWeeks("2026-W52", 1)).toBe("2026-W53");
    expect(addWeeks("2026-W53", 1)).toBe("2027-W01");
    expect(addWeeks("2027-W52", 1)).toBe("2028-W01");
    expect(addWeeks("2027-W01", -1)).toBe("2026-W53");
    expect(addWeeks("2027-W01", 104)).toBe("2029-W01"); // 2027 and 2028 both have 52 weeks
    expect(weeksBetween("2026-W01", "2027-W01")).toBe(53);
  });

  it("lists a consecutive horizon", () => {
    expect(weekRange("2026-W52", 3)).toEqual(["2026-W52", "2026-W53", "2027-W01"]);
    expect(weekRange("2027-W51", 3)).toEqual(["2027-W51", "2027-W52", "2028-W01"]);
  });

  it("compares and numbers weeks", () => {
    expect(compareWeeks("2026-W53", "2027-W01")).toBeLessThan(0);
    expect(compareWeeks("2027-W10", "2027-W10")).toBe(0);
    expect(weekNumber("2026-W53")).toBe(53);
  });

  it("assigns a week to the month, quarter and year of its Thursday", () => {
    // 2027-W01 runs Mon 4 Jan – Sun 10 Jan; Thursday 7 Jan.
    expect(weekThursday("2027-W01")).toEqual({ year: 2027, month: 1, day: 7 });
    // 2026-W53 runs Mon 28 Dec 2026 – Sun 3 Jan 2027; Thursday 31 Dec 2026.
    expect(weekMonth("2026-W53")).toEqual({ year: 2026, month: 12 });
    expect(weekQuarter("2026-W53")).toEqual({ year: 2026, quarter: 4 });
    expect(weekTertial("2026-W53")).toEqual({ year: 2026, tertial: 3 });
    expect(weekTertial("2026-W19")).toEqual({ year: 2026, tertial: 2 });
    // 2025-W01 starts Mon 30 Dec 2024 but its Thursday is 2 Jan 2025.
    expect(weekYear("2025-W01")).toBe(2025);
    // 2027-W13 runs 29 Mar – 4 Apr; Thursday 1 Apr → April, quarter 2.
    expect(weekMonth("2027-W13")).toEqual({ year: 2027, month: 4 });
    expect(weekQuarter("2027-W13")).toEqual({ year: 2027, quarter: 2 });
  });

  it("labels weeks in Swedish", () => {
    expect(formatWeekLabel("2027-W12")).toBe("v. 12");
    expect(formatWeekLabel("2027-W01")).toBe("v. 1");
    expect(formatWeekLabelWithYear("2027-W12")).toBe("v. 12 2027");
  });
});
