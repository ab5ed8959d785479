import { describe, expect, it } from "vitest";
import { aggregateUnits, resourceKeyOf, type UnitInput } from "./aggregate";
import { compareWithGoals, periodKindOfKey } from "./aggregate-goals";
import { computeBoard } from "./compute";
import { weekRange } from "./iso-week";
import { makeBoard, makeObject, makeResource } from "./test-factories";

// Unit A: Läkare 40 h/week; an acute object reserving 5 days × 2 = 10 h/week (1 arrives per week)
// and an elective object of 50 activities × 1 h. Need 60, available 40: short 20 h every week.
const boardA = makeBoard({
  horizon: { start: "2027-W01", weeks: 26 },
  planningObjects: [
    makeObject({ id: "akut", annualVolume: 52, acute: { dailyDemand: [2], coveragePct: 100, daysPerWeek: 5 } }),
    makeObject({ id: "p", annualVolume: 2600 }),
  ],
});
// Unit B: "läkare " (another id, other case) 2 × 40 = 80 h/week for 20 activities × 2 h = 40 h;
// an operating room of 10 h/week used 0.5 h per activity = 10 h: even, so the room limits B.
const boardB = makeBoard({
  horizon: { start: "2027-W01", weeks: 26 },
  resources: [
    makeResource({ id: "doc", name: "läkare ", count: 2 }),
    makeResource({ id: "op", name: "Operationssal", kind: "room", hoursPerWeek: 10 }),
  ],
  planningObjects: [makeObject({ id: "q", annualVolume: 1040, timePerActivity: { doc: 2, op: 0.5 } })],
});
const unitOf = (id: string, board: typeof boardA): UnitInput => ({
  id,
  name: id === "a" ? "Enhet A" : "Enhet B",
  board,
  result: computeBoard(board, { mode: "plan" }),
});
// The strategic horizon: weeks 1–25 of 2027 = Q1 (weeks 1–12, Thursday 25 March) and Q2 (weeks 13–25).
const weeks = weekRange("2027-W01", 25);

describe("aggregateUnits", () => {
  const summary = aggregateUnits([unitOf("a", boardA), unitOf("b", boardB)], weeks, "quarter");
  const doctors = summary.resources.find((r) => r.key === "läkare")!;

  it("sums need (acute and elective apart) and capacity per unit and quarter", () => {
    expect(summary.periods).toEqual(["2027-Q1", "2027-Q2"]);
    expect(summary.weekCounts).toEqual([12, 13]);
    const [a, b] = doctors.units;
    expect(a).toMatchObject({ unitId: "a", isLimiting: true });
    expect(a.need).toEqual([720, 780]);
    expect(a.acuteNeed).toEqual([120, 130]);
    expect(a.electiveNeed).toEqual([600, 650]);
    expect(a.available).toEqual([480, 520]);
    expect(a.balance).toEqual([-240, -260]);
    expect(b).toMatchObject({ unitId: "b", isLimiting: false, need: [480, 520], available: [960, 1040] });
    expect(b.coverage).toEqual([2, 2]);
  });

  it("gives the organisation's total and who is short where", () => {
    expect(doctors.total.need).toEqual([1200, 1300]);
    expect(doctors.total.acuteNeed).toEqual([120, 130]);
    expect(doctors.total.electiveNeed).toEqual([1080, 1170]);
    expect(doctors.total.available).toEqual([1440, 1560]);
    expect(doctors.total.balance).toEqual([240, 260]);
    expect(doctors.total.coverage).toEqual([1.2, 1.2]);
    expect(doctors.shortages).toEqual([
      { unitId: "a", unitName: "Enhet A", period: "2027-Q1", hours: 240 },
      { unitId: "a", unitName: "Enhet A", period: "2027-Q2", hours: 260 },
    ]);
  });

  it("matches resources by name and marks those limiting in any unit", () => {
    expect(resourceKeyOf("  Läkare ")).toBe("läkare");
    expect(summary.resources.map((r) => [r.name, r.isLimiting])).toEqual([
      ["Läkare", true],
      ["Operationssal", true],
    ]);
    expect(summary.resources[1].total.balance).toEqual([0, 0]);
    expect(summary.resources[1].shortages).toEqual([]);
  });

  it("compares units on need, capacity, coverage and hours per activity", () => {
    // A plans 1 acute + 30 elective (40 − 10 h reserved for acute care) per week for 25 weeks.
    const [a, b] = doctors.comparison;
    expect(a).toMatchObject({ need: 1500, available: 1000, activities: 775 });
    expect(a.coverage).toBeCloseTo(2 / 3, 12);
    expect(a.hoursPerActivity).toBeCloseTo(60 / 31, 12);
    expect(b).toEqual({
      unitId: "b",
      unitName: "Enhet B",
      need: 1000,
      available: 2000,
      coverage: 2,
      activities: 500,
      hoursPerActivity: 2,
    });
  });

  it("sums by tertial and year too", () => {
    const byYear = aggregateUnits([unitOf("a", boardA)], weeks, "year");
    expect(byYear.periods).toEqual(["2027"]);
    expect(byYear.resources[0].units[0].need).toEqual([1500]);
    const byTertial = aggregateUnits([unitOf("a", boardA)], weeks, "tertial");
    // T1 = Jan–Apr: weeks 1–17 (Thursday 29 April); T2 from week 18.
    expect(byTertial.periods).toEqual(["2027-T1", "2027-T2"]);
    expect(byTertial.resources[0].units[0].available).toEqual([17 * 40, 8 * 40]);
  });
});

describe("compareWithGoals", () => {
  const result = computeBoard(boardA, { mode: "plan" });
  it("gives plan minus goal per period and the hours a shortfall needs", () => {
    const rows = compareWithGoals(boardA, result, [
      { id: "g1", planningObjectId: "p", period: "2027-Q2", volume: 500 },
      { id: "g2", planningObjectId: "akut", period: "2027-Q1", volume: 10 },
      { id: "g3", planningObjectId: "gone", period: "2027-Q1", volume: 5 },
    ]);
    expect(rows[0]).toEqual({
      goalId: "g1",
      planningObjectId: "p",
      period: "2027-Q2",
      goal: 500,
      planned: 390,
      deviation: -110,
      weeks: 13,
      gapHours: 110,
    });
    expect(rows[1]).toMatchObject({ planned: 12, deviation: 2, weeks: 12, gapHours: 0 });
    expect(rows[2]).toMatchObject({ planned: null, deviation: null });
  });
  it("counts a goal on a group over every object of the service", () => {
    // Both objects have the service "Nybesök": 1 + 30 planned a week, 12 weeks in Q1.
    const [row] = compareWithGoals(boardA, result, [
      { id: "g", planningObjectId: "grupp:Nybesök", period: "2027-Q1", volume: 400 },
    ]);
    expect(row).toMatchObject({ planned: 372, deviation: -28, gapHours: 28 });
    const [none] = compareWithGoals(boardA, result, [
      { id: "h", planningObjectId: "grupp:Annat", period: "2027-Q1", volume: 1 },
    ]);
    expect(none.planned).toBeNull();
  });
  it("knows the period kinds of keys", () => {
    expect(["2027", "2027-Q2", "2027-T3", "2027-05", "2027-Q5", "x"].map(periodKindOfKey)).toEqual([
      "year",
      "quarter",
      "tertial",
      "month",
      null,
      null,
    ]);
  });
});
