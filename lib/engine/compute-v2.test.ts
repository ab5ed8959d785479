/**
 * Hand-computed examples of what version 2 of ENGINE.md changed: allocation by rank, acute
 * dimensioning, balance per period, measure basis, expected waiting time and schedule coverage
 * per resource. Default test board: 4 weeks from 2027-W01, `lak` 40 h/week, `p` 10 a week × 1 h.
 */
import { describe, expect, it } from "vitest";
import { computeBoard } from "./compute";
import { isMeasureCounted, measureBasis } from "./measures";
import type { PksBoard, PksMode } from "./schema";
import { makeBoard, makeCapacityMeasure, makeNeedMeasure, makeObject, makeResource } from "./test-factories";
import { parseBoardOrThrow } from "./validate";

function compute(overrides: Partial<PksBoard>, mode: PksMode = "plan") {
  return computeBoard(parseBoardOrThrow(makeBoard(overrides)), { mode });
}

function expectClose(actual: readonly (number | null)[] | undefined, expected: readonly (number | null)[]) {
  expect(actual).toHaveLength(expected.length);
  expected.forEach((value, i) => {
    if (value === null) expect(actual?.[i]).toBeNull();
    else expect(actual?.[i]).toBeCloseTo(value, 10);
  });
}

const weekly = (volume: number) => volume * 52;

describe("allocation by rank", () => {
  it("serves two rank groups in order on a shared short resource", () => {
    // lak 40 h. a (rank 1) needs 10 × 2 h = 20 → f = 1, a gets 10, 20 h left.
    // b, c (rank 2) need 10 × 2 h + 10 × 1 h = 30 > 20 → f = 2/3: each gets 20/3.
    const result = compute({
      planningObjects: [
        makeObject({ id: "a", rank: 1, timePerActivity: { lak: 2 } }),
        makeObject({ id: "b", rank: 2, timePerActivity: { lak: 2 } }),
        makeObject({ id: "c", rank: 2, timePerActivity: { lak: 1 } }),
      ],
    });
    expectClose(result.planningObjects.a.planned, [10, 10, 10, 10]);
    expectClose(result.planningObjects.b.planned, [20 / 3, 20 / 3, 20 / 3, 20 / 3]);
    expectClose(result.planningObjects.c.planned, [20 / 3, 20 / 3, 20 / 3, 20 / 3]);
    // b queues 10 − 20/3 = 10/3 a week.
    expectClose(result.planningObjects.b.waiting, [10 / 3, 20 / 3, 10, 40 / 3]);
    expect(result.planningObjects.a.rank).toBe(1);
    expect(result.planningObjects.b.rank).toBe(2);
    // Need is what the objects need, not what they got: 20 + 20 + 10 = 50.
    expectClose(result.resources.lak.need, [50, 50, 50, 50]);
  });

  it("shares evenly without ranks (all 100): version 1's share 40/50 = 0.8", () => {
    const result = compute({
      planningObjects: [
        makeObject({ id: "a", timePerActivity: { lak: 2 } }),
        makeObject({ id: "b", timePerActivity: { lak: 2 } }),
        makeObject({ id: "c", timePerActivity: { lak: 1 } }),
      ],
    });
    for (const id of ["a", "b", "c"]) {
      expect(result.planningObjects[id].rank).toBe(100);
      expectClose(result.planningObjects[id].planned, [8, 8, 8, 8]);
    }
  });

  it("serves three rank groups, the last one getting what is left", () => {
    // lak 40 h, ssk 100 h. a (1): 10 h → 30 left; b (2): 20 h → 10 left;
    // c (3): needs 20 h lak → f = 0.5 (ssk 10 of 100 → 1), c gets 5.
    const result = compute({
      resources: [makeResource(), makeResource({ id: "ssk", name: "Sjuksköterska", hoursPerWeek: 100 })],
      planningObjects: [
        makeObject({ id: "c", rank: 3, timePerActivity: { lak: 2, ssk: 1 } }),
        makeObject({ id: "a", rank: 1, timePerActivity: { lak: 1 } }),
        makeObject({ id: "b", rank: 2, timePerActivity: { lak: 2 } }),
      ],
    });
    expectClose(result.planningObjects.a.planned, [10, 10, 10, 10]);
    expectClose(result.planningObjects.b.planned, [10, 10, 10, 10]);
    expectClose(result.planningObjects.c.planned, [5, 5, 5, 5]);
    expectClose(result.resources.ssk.gap, [90, 90, 90, 90]);
  });

  it("limits an object using two resources by the short one", () => {
    // lak 40 h, rum 100 h. p: 1 h lak + 1 h rum; q: 4 h lak. lak need 10 + 40 = 50 → 0.8;
    // rum need 10 → 1. p gets min(0.8, 1) · 10 = 8, q 8.
    const resources = [makeResource(), makeResource({ id: "rum", name: "Rum", kind: "room", hoursPerWeek: 100 })];
    const even = compute({
      resources,
      planningObjects: [
        makeObject({ id: "p", timePerActivity: { lak: 1, rum: 1 } }),
        makeObject({ id: "q", timePerActivity: { lak: 4 } }),
      ],
    });
    expectClose(even.planningObjects.p.planned, [8, 8, 8, 8]);
    expectClose(even.planningObjects.q.planned, [8, 8, 8, 8]);
    // Ranked: p (1) takes 10 h lak, q (2) gets 30 / 40 = 0.75 → 7.5.
    const ranked = compute({
      resources,
      planningObjects: [
        makeObject({ id: "p", rank: 1, timePerActivity: { lak: 1, rum: 1 } }),
        makeObject({ id: "q", rank: 2, timePerActivity: { lak: 4 } }),
      ],
    });
    expectClose(ranked.planningObjects.p.planned, [10, 10, 10, 10]);
    expectClose(ranked.planningObjects.q.planned, [7.5, 7.5, 7.5, 7.5]);
  });

  it("does not let a resource whose time a measure cut to 0 limit the object", () => {
    // lak has 5 h; p's lak time is cut by −100 %, so only rum (100 h, need 10) limits it.
    const result = compute({
      resources: [
        makeResource({ hoursPerWeek: 5 }),
        makeResource({ id: "rum", name: "Rum", kind: "room", hoursPerWeek: 100 }),
      ],
      planningObjects: [makeObject({ timePerActivity: { lak: 1, rum: 1 } })],
      measures: [makeNeedMeasure({ volumePct: 0, timePct: -100 })],
    });
    expectClose(result.planningObjects.p.planned, [10, 10, 10, 10]);
    expectClose(result.resources.lak.need, [0, 0, 0, 0]);
  });
});

describe("acute dimensioning and acute planned production", () => {
  // dailyDemand [2, 4, 6, 8, 10] at 80 %: k = ceil(0.8 · 5) = 4 → 8 a day; 1 of 5 days above → 20 %.
  // daysPerWeek 5 → dim = 40 a week. Demand 1560 / 52 = 30, +20 from W03 → [30, 30, 50, 50].
  // lak 45 h; acute 1 h each, p 10 × 1 h.
  const result = compute({
    resources: [makeResource({ hoursPerWeek: 45 })],
    planningObjects: [
      makeObject(),
      makeObject({
        id: "akut",
        service: "Akuta besök",
        annualVolume: 1560,
        adjustments: [{ from: "2027-W03", perWeek: 20 }],
        acute: { dailyDemand: [2, 4, 6, 8, 10], coveragePct: 80, daysPerWeek: 5 },
      }),
    ],
  });
  const akut = result.planningObjects.akut;

  it("reports the dimension, the days above it, and rank 0", () => {
    expect(akut.rank).toBe(0);
    expect(akut.acuteDimension).toBe(8);
    expect(akut.acuteDaysAbovePct).toBe(20);
  });

  it("reserves max(d, dim) first: the reserve above demand is kept, planned = min(d, reserved)", () => {
    expectClose(akut.demand, [30, 30, 50, 50]);
    expectClose(akut.production, [40, 40, 50, 50]);
    // W01–02: 40 ≤ 45 → reserved 40, planned = demand 30. W03–04: 50 > 45 → 0.9 · 50 = 45.
    expectClose(akut.reserved, [40, 40, 45, 45]);
    expectClose(akut.planned, [30, 30, 45, 45]);
    expectClose(akut.acuteShortfall, [0, 0, 5, 5]);
    expectClose(akut.waiting, [0, 0, 0, 0]);
    expect(akut.expectedWaitWeeks).toBeUndefined();
  });

  it("gives the elective object what the reservation leaves", () => {
    // 45 − 40 = 5 in W01–02, nothing in W03–04; p queues 10 − planned.
    expectClose(result.planningObjects.p.planned, [5, 5, 0, 0]);
    expectClose(result.planningObjects.p.waiting, [5, 10, 20, 30]);
    expectClose(result.resources.lak.need, [50, 50, 60, 60]);
  });

  it("defaults daysPerWeek to 7 and keeps acute fields off elective objects", () => {
    const seven = compute({
      planningObjects: [makeObject({ acute: { dailyDemand: [2, 4, 6, 8, 10], coveragePct: 80 } })],
    });
    expectClose(seven.planningObjects.p.production, [56, 56, 56, 56]);
    expect(result.planningObjects.p.acuteDimension).toBeUndefined();
    expect(result.planningObjects.p.reserved).toBeUndefined();
  });
});

describe("balance per period", () => {
  // Horizon 2027-W10 … W17. W10 Thursday 11 March (Q1, March); W13 Thursday 1 April (Q2, April);
  // all eight in T1. lak 40 h at 0.2 in W10 and W13–W17 (8 h) against a need of 10 h a week.
  const board = (calendar: PksBoard["calendar"], level?: PksBoard["board"]["level"]) =>
    compute({
      board: { name: "Test", ...(level ? { level } : {}) },
      horizon: { start: "2027-W10", weeks: 8 },
      calendar,
      resources: [
        makeResource({
          availability: Object.fromEntries(
            ["2027-W10", "2027-W13", "2027-W14", "2027-W15", "2027-W16", "2027-W17"].map((w) => [w, 0.2]),
          ),
        }),
      ],
    });

  it("counts short weeks by week: 6 of 8, not balanced", () => {
    const result = board(undefined);
    expect(result.balancePeriod).toBe("week");
    expect(result.resources.lak.shortPeriods).toBe(6);
    expect(result.balanced).toBe(false);
  });

  it("counts short quarters: Q1 88 ≥ 30 h, Q2 40 < 50 h → 1", () => {
    const result = board({ balancePeriod: "quarter" });
    expect(result.balancePeriod).toBe("quarter");
    expect(result.resources.lak.shortPeriods).toBe(1);
    expect(result.balanced).toBe(false);
  });

  it("counts months (April short) and tertials and years (none short)", () => {
    expect(board({ balancePeriod: "month" }).resources.lak.shortPeriods).toBe(1);
    const tertial = board({ balancePeriod: "tertial" });
    expect(tertial.resources.lak.shortPeriods).toBe(0);
    expect(tertial.balanced).toBe(true);
    expect(board({ balancePeriod: "year" }).resources.lak.shortPeriods).toBe(0);
  });

  it("defaults to quarter on a strategic board, year on a political one, week otherwise", () => {
    expect(board(undefined, "strategic").balancePeriod).toBe("quarter");
    expect(board(undefined, "political").balancePeriod).toBe("year");
    expect(board(undefined, "operational").balancePeriod).toBe("week");
    expect(board({ balancePeriod: "month" }, "political").balancePeriod).toBe("month");
  });

  it("puts 2026-W53 (Thursday 31 December) in 2026 when balancing by year", () => {
    // W52 40 h, W53 0 h, 2027-W01 10 h against 10 h each. 2026: 40 ≥ 20; 2027: 10 ≥ 10.
    // Had W53 gone to 2027 (its Sunday is 3 January), 2027 would be short: 10 < 20.
    const result = compute({
      horizon: { start: "2026-W52", weeks: 3 },
      calendar: { balancePeriod: "year" },
      resources: [makeResource({ availability: { "2026-W53": 0, "2027-W01": 0.25 } })],
    });
    expect(result.weeks).toEqual(["2026-W52", "2026-W53", "2027-W01"]);
    expect(result.resources.lak.shortPeriods).toBe(0);
    expect(result.balanced).toBe(true);
    const byWeek = compute({
      horizon: { start: "2026-W52", weeks: 3 },
      resources: [makeResource({ availability: { "2026-W53": 0, "2027-W01": 0.25 } })],
    });
    expect(byWeek.resources.lak.shortPeriods).toBe(1);
  });

  it("puts 2026-W51 … W53 in December, T3 and Q4 2026, and 2027-W01 … W02 in the next", () => {
    // 2027-W01 and W02 at 0.1 (4 h): 8 < 20 → the 2027 period is short, 2026's is not.
    for (const balancePeriod of ["month", "tertial", "quarter", "year"] as const) {
      const result = compute({
        horizon: { start: "2026-W51", weeks: 5 },
        calendar: { balancePeriod },
        resources: [makeResource({ availability: { "2026-W53": 0, "2027-W01": 0.1, "2027-W02": 0.1 } })],
      });
      expect(result.resources.lak.shortPeriods).toBe(1);
    }
  });
});

describe("which measures count: lever and basis", () => {
  it("derives the basis from the lever unless given", () => {
    expect(measureBasis(makeCapacityMeasure())).toBe("decision");
    expect(measureBasis(makeCapacityMeasure({ lever: "resources" }))).toBe("decision");
    expect(measureBasis(makeCapacityMeasure({ lever: "available-capacity" }))).toBe("change");
    expect(measureBasis(makeNeedMeasure({ lever: "care-need" }))).toBe("change");
    expect(measureBasis(makeNeedMeasure())).toBe("change");
    expect(measureBasis(makeNeedMeasure({ basis: "decision" }))).toBe("decision");
    expect(measureBasis(makeCapacityMeasure({ basis: "change" }))).toBe("change");
  });

  it("counts a decided measure in the plan only when its basis is a decision", () => {
    expect(isMeasureCounted(makeCapacityMeasure({ status: "decided", basis: "decision" }), "plan")).toBe(true);
    expect(isMeasureCounted(makeCapacityMeasure({ status: "decided", basis: "change" }), "plan")).toBe(false);
    expect(isMeasureCounted(makeNeedMeasure({ status: "realized", basis: "change" }), "plan")).toBe(true);
    expect(isMeasureCounted(makeNeedMeasure({ status: "proposed", basis: "decision" }), "plan")).toBe(false);
    expect(isMeasureCounted(makeNeedMeasure({ status: "proposed", basis: "change" }), "scenario")).toBe(true);
  });

  it("adds only counted hours and volumes in plan and scenario", () => {
    // Capacity: m1 +1 (decided, no lever → decision), m2 +2 (decided, available-capacity →
    // change), m3 +4 (decided, available-capacity but basis decision), m6 +8 (realized change),
    // m7 +16 (proposed). Plan: 40 + 1 + 4 + 8 = 53; scenario 40 + 31 = 71.
    // Need on p: m4 −50 % (decided, production-need → change), m5 −10 % (decided, basis
    // decision: a decided limitation). Plan: 10 · 0.9 = 9; scenario 10 · 0.5 · 0.9 = 4.5.
    const measures = [
      makeCapacityMeasure({ id: "m1", hoursPerWeek: 1 }),
      makeCapacityMeasure({ id: "m2", hoursPerWeek: 2, lever: "available-capacity" }),
      makeCapacityMeasure({ id: "m3", hoursPerWeek: 4, lever: "available-capacity", basis: "decision" }),
      makeNeedMeasure({ id: "m4", status: "decided", volumePct: -50, lever: "production-need" }),
      makeNeedMeasure({ id: "m5", status: "decided", volumePct: -10, basis: "decision" }),
      makeCapacityMeasure({ id: "m6", hoursPerWeek: 8, status: "realized", basis: "change" }),
      makeCapacityMeasure({ id: "m7", hoursPerWeek: 16, status: "proposed", lever: "resources" }),
    ];
    const plan = compute({ measures });
    expectClose(plan.resources.lak.available, [53, 53, 53, 53]);
    expectClose(plan.planningObjects.p.demand, [9, 9, 9, 9]);
    const scenario = compute({ measures }, "scenario");
    expectClose(scenario.resources.lak.available, [71, 71, 71, 71]);
    expectClose(scenario.planningObjects.p.demand, [4.5, 4.5, 4.5, 4.5]);
  });

  it("ignores owner and note in the numbers", () => {
    const bare = compute({ measures: [makeCapacityMeasure()] });
    const annotated = compute({ measures: [makeCapacityMeasure({ owner: "Maria Svensson", note: "Avtal klart" })] });
    expect(annotated).toEqual(bare);
  });
});

describe("expected waiting time (FIFO)", () => {
  // 6 weeks. p: 30 waiting at target 30, 10 a week in and planned → q = 30 throughout; three
  // weeks of 10 clear it, so k = 3 while three weeks remain, then null (the horizon ends first).
  // q: 15 waiting, target 0 by W02 → extra 7.5 in W01–02, planned 17.5: q(W01) = 7.5 → k = 1,
  // then 0. lak 2 × 40 h, so nothing is short.
  const result = compute({
    horizon: { start: "2027-W01", weeks: 6 },
    resources: [makeResource({ count: 2 })],
    planningObjects: [
      makeObject({ waitingList: { current: 30, target: 30, targetWaitDays: 60 } }),
      makeObject({ id: "q", waitingList: { current: 15, target: 0, targetWeek: "2027-W02" } }),
    ],
  });

  it("counts the whole weeks until the queue is served, null at the horizon end", () => {
    expectClose(result.planningObjects.p.waiting, [30, 30, 30, 30, 30, 30]);
    expect(result.planningObjects.p.expectedWaitWeeks).toEqual([3, 3, 3, null, null, null]);
  });

  it("is 0 when nobody waits", () => {
    expectClose(result.planningObjects.q.planned, [17.5, 17.5, 10, 10, 10, 10]);
    expectClose(result.planningObjects.q.waiting, [7.5, 0, 0, 0, 0, 0]);
    expect(result.planningObjects.q.expectedWaitWeeks).toEqual([1, 0, 0, 0, 0, 0]);
  });

  it("is absent without a waiting list", () => {
    expect(compute({}).planningObjects.p.expectedWaitWeeks).toBeUndefined();
  });

  it("follows reduced production after a shortage", () => {
    // lak at 0.05 (2 h) from W02: planned [10, 2, 2, 2]; q = 30, then +8 a week: never served.
    const short = compute({
      resources: [makeResource({ availability: { "2027-W02": 0.05, "2027-W03": 0.05, "2027-W04": 0.05 } })],
      planningObjects: [makeObject({ waitingList: { current: 30, target: 30 } })],
    });
    expectClose(short.planningObjects.p.planned, [10, 2, 2, 2]);
    expect(short.planningObjects.p.expectedWaitWeeks).toEqual([null, null, null, null]);
    const shallow = compute({
      resources: [makeResource({ availability: { "2027-W02": 0.05 } })],
      planningObjects: [makeObject({ waitingList: { current: 2, target: 2 } })],
    });
    // q = [2, 10, 10, 10]; W01: 2 ≤ 2 (W02) → 1; W02: 10 ≤ 10 (W03) → 1; W03: 10 (W04) → 1; W04 null.
    expect(shallow.planningObjects.p.expectedWaitWeeks).toEqual([1, 1, 1, null]);
  });
});

describe("schedule vs plan with each row's own resource", () => {
  it("schedules nothing in a room closed in summer", () => {
    // W02 is a low-production week (0.5); the room is closed (0) in W02–W03. p uses lak only and
    // plans 10 a week (20 h in W02 is enough) → Σ plan 40.
    // rum row 6 × (1 + 0 + 0 + 1) = 12; lak row 2 × (1 + 0.5 + 1 + 1) = 7 → 19 / 40.
    const result = compute({
      calendar: { lowProductionWeeks: ["2027-W02"] },
      resources: [
        makeResource(),
        makeResource({ id: "rum", name: "Rum", kind: "room", availability: { "2027-W02": 0, "2027-W03": 0 } }),
      ],
      schedule: [
        { resourceId: "rum", weekday: 1, session: "am", planningObjectId: "p", slots: 6 },
        { resourceId: "lak", weekday: 2, session: "pm", planningObjectId: "p", slots: 2 },
      ],
    });
    expectClose(result.planningObjects.p.planned, [10, 10, 10, 10]);
    expect(result.planningObjects.p.schedule).toEqual({ scheduledPerWeek: 8, scheduledTotal: 19, coverage: 19 / 40 });
  });
});

describe("version 1 documents", () => {
  it("drops an acute object's waiting list and computes as version 2", () => {
    const v1 = {
      ...makeBoard({
        planningObjects: [
          makeObject({
            annualVolume: weekly(10),
            acute: { dailyDemand: [1], coveragePct: 100 },
            waitingList: { current: 50, target: 0 },
          }),
        ],
      }),
      version: 1,
    };
    const board = parseBoardOrThrow(v1);
    expect(board.version).toBe(2);
    expect(board.planningObjects[0].waitingList).toBeUndefined();
    const result = computeBoard(board);
    expectClose(result.planningObjects.p.production, [10, 10, 10, 10]);
    expectClose(result.planningObjects.p.waiting, [0, 0, 0, 0]);
    expect(result.planningObjects.p.expectedWaitWeeks).toBeUndefined();
    expect(result.version).toBe(2);
  });
});
