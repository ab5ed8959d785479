import { describe, expect, it } from "vitest";
import { weekRange } from "./iso-week";
import { aggregateMean, aggregateSum, formatPeriodLabel, periodKey } from "./periods";

describe("period aggregation", () => {
  it("puts a week in the period of its Thursday", () => {
    // 2026-W53: Thursday 31 Dec 2026 → December, Q4, 2026; 2027-W13: Thursday 1 Apr → April.
    expect(periodKey("2026-W53", "month")).toBe("2026-12");
    expect(periodKey("2026-W53", "year")).toBe("2026");
    expect(periodKey("2027-W13", "quarter")).toBe("2027-Q2");
    expect(periodKey("2025-W01", "year")).toBe("2025"); // starts Mon 30 Dec 2024
  });

  it("puts a week in the tertial of its Thursday (Jan–Apr, May–Aug, Sep–Dec)", () => {
    // 2026-W18: Thursday 30 Apr → T1; W19: 7 May → T2; W35: 27 Aug → T2; W36: 3 Sep → T3;
    // 2026-W53: 31 Dec → T3 2026; 2027-W01: 7 Jan → T1 2027.
    expect(periodKey("2026-W18", "tertial")).toBe("2026-T1");
    expect(periodKey("2026-W19", "tertial")).toBe("2026-T2");
    expect(periodKey("2026-W35", "tertial")).toBe("2026-T2");
    expect(periodKey("2026-W36", "tertial")).toBe("2026-T3");
    expect(periodKey("2026-W53", "tertial")).toBe("2026-T3");
    expect(periodKey("2027-W01", "tertial")).toBe("2027-T1");
    expect(formatPeriodLabel("2027-T2")).toBe("T2 2027");
    // 2026 has 53 weeks: T1 W01–W18 (18), T2 W19–W35 (17), T3 W36–W53 (18).
    const weeks = weekRange("2026-W01", 53);
    const series = aggregateSum(weeks, new Array(53).fill(1), "tertial");
    expect(series.keys).toEqual(["2026-T1", "2026-T2", "2026-T3"]);
    expect(series.values).toEqual([18, 17, 18]);
  });

  it("labels periods in Swedish", () => {
    expect(formatPeriodLabel("2027-01")).toBe("jan 2027");
    expect(formatPeriodLabel("2027-05")).toBe("maj 2027");
    expect(formatPeriodLabel("2027-10")).toBe("okt 2027");
    expect(formatPeriodLabel("2027-Q1")).toBe("kv. 1 2027");
    expect(formatPeriodLabel("2027")).toBe("2027");
  });

  it("sums weeks per month across the year boundary", () => {
    // 2026-W52 (Thu 24 Dec), 2026-W53 (Thu 31 Dec) → dec 2026; 2027-W01…W04 (Thu 7–28 Jan) → jan;
    // 2027-W05 (Thu 4 Feb) → feb.
    const weeks = weekRange("2026-W52", 7);
    const series = aggregateSum(weeks, [1, 2, 3, 4, 5, 6, 7], "month");
    expect(series).toEqual({
      keys: ["2026-12", "2027-01", "2027-02"],
      labels: ["dec 2026", "jan 2027", "feb 2027"],
      values: [3, 18, 7],
      weekCounts: [2, 4, 1],
    });
  });

  it("sums a two-year horizon per quarter and year: 2026 has 53 weeks", () => {
    const weeks = weekRange("2026-W01", 53 + 52);
    const ones = weeks.map(() => 1);
    expect(aggregateSum(weeks, ones, "year").values).toEqual([53, 52]);
    const quarters = aggregateSum(weeks, ones, "quarter");
    expect(quarters.labels.slice(0, 4)).toEqual(["kv. 1 2026", "kv. 2 2026", "kv. 3 2026", "kv. 4 2026"]);
    // Q1 2026: weeks 1–13 (W13's Thursday is 26 Mar 2026)
    expect(quarters.values[0]).toBe(13);
    expect(quarters.values.reduce((a, b) => (a ?? 0) + (b ?? 0), 0)).toBe(105);
  });

  it("averages ratios, ignoring missing weeks", () => {
    const weeks = weekRange("2027-W01", 5); // all January 2027 except W05 (Thu 4 Feb)
    const series = aggregateMean(weeks, [0.5, null, 1, 0.75, null], "month");
    expect(series.values).toEqual([0.75, null]);
    expect(aggregateSum(weeks, [1, null, 2, 3, null], "month").values).toEqual([6, 0]);
  });

  it("rejects series of different length", () => {
    expect(() => aggregateSum(["2027-W01"], [], "month")).toThrow("1 weeks but 0 values");
  });
});
