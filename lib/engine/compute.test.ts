/**
 * One hand-computed example (or more) per formula bullet of ENGINE.md. The default test board
 * (test-factories.ts) is 4 weeks from 2027-W01, resource `lak` with 40 h/week, and planning
 * object `p` with 520/52 = 10 activities a week taking 1 h of `lak` each.
 */
import { describe, expect, it } from "vitest";
import { computeBoard } from "./compute";
import type { PksBoard, PksMode } from "./schema";
import { makeBoard, makeCapacityMeasure, makeNeedMeasure, makeObject, makeResource } from "./test-factories";
import { parseBoardOrThrow } from "./validate";

function compute(overrides: Partial<PksBoard>, mode: PksMode = "plan") {
  // Every example board is also a valid exchange document.
  return computeBoard(parseBoardOrThrow(makeBoard(overrides)), { mode });
}

function expectClose(actual: readonly (number | null)[], expected: readonly (number | null)[]) {
  expect(actual).toHaveLength(expected.length);
  expected.forEach((value, i) => {
    if (value === null) expect(actual[i]).toBeNull();
    else expect(actual[i]).toBeCloseTo(value, 10);
  });
}

describe("availability a_r(w)", () => {
  it("uses the per-week override, else the low-production share, else 1", () => {
    // 40 h × [1, 0.3 (override), 0.25 (low week), 1] = [40, 12, 10, 40]
    const result = compute({
      calendar: { lowProductionWeeks: ["2027-W03"], lowProductionAvailability: 0.25 },
      resources: [makeResource({ availability: { "2027-W02": 0.3 } })],
    });
    expectClose(result.resources.lak.available, [40, 12, 10, 40]);
  });

  it("defaults the low-production share to 0.5 and lets an override win over it", () => {
    // W02 low → 40 × 0.5 = 20; W03 low but overridden 0.8 → 32
    const result = compute({
      calendar: { lowProductionWeeks: ["2027-W02", "2027-W03"] },
      resources: [makeResource({ availability: { "2027-W03": 0.8 } })],
    });
    expectClose(result.resources.lak.available, [40, 20, 32, 40]);
  });
});

describe("base demand base_p(w)", () => {
  it("averages history by ISO week number, falling back to the mean of all values", () => {
    // W01: (30 + 34) / 2 = 32; W02: 20; W03, W04: no such week number → (30 + 34 + 20) / 3 = 28
    const result = compute({
      planningObjects: [makeObject({ history: { "2025-W01": 30, "2026-W01": 34, "2025-W02": 20 } })],
    });
    expectClose(result.planningObjects.p.demand, [32, 20, 28, 28]);
  });

  it("uses week 52's values for week 53 when there are no week-53 values", () => {
    // Horizon 2026-W52, 2026-W53, 2027-W01. W52: (40 + 44) / 2 = 42; W53 → W52's 42; W01: 10
    const result = compute({
      horizon: { start: "2026-W52", weeks: 3 },
      planningObjects: [makeObject({ history: { "2025-W52": 40, "2024-W52": 44, "2025-W01": 10 } })],
    });
    expect(result.weeks).toEqual(["2026-W52", "2026-W53", "2027-W01"]);
    expectClose(result.planningObjects.p.demand, [42, 42, 10]);
  });

  it("uses week-53 history for week 53 when there is some", () => {
    const result = compute({
      horizon: { start: "2026-W52", weeks: 2 },
      planningObjects: [makeObject({ history: { "2025-W52": 40, "2020-W53": 60 } })],
    });
    expectClose(result.planningObjects.p.demand, [40, 60]);
  });

  it("falls back to the mean of all history for week 53 without week 52 values", () => {
    // (10 + 20) / 2 = 15
    const result = compute({
      horizon: { start: "2026-W53", weeks: 1 },
      planningObjects: [makeObject({ history: { "2025-W01": 10, "2025-W02": 20 } })],
    });
    expectClose(result.planningObjects.p.demand, [15]);
  });

  it("uses annualVolume / 52 without history, and 0 without either", () => {
    // 520 / 52 = 10; empty history counts as absent
    const result = compute({
      planningObjects: [makeObject({ history: {} }), makeObject({ id: "q", annualVolume: undefined })],
    });
    expectClose(result.planningObjects.p.demand, [10, 10, 10, 10]);
    expectClose(result.planningObjects.q.demand, [0, 0, 0, 0]);
  });
});

describe("demand d_p(w)", () => {
  it("applies growth, active adjustments and counted volume measures", () => {
    // 10 × 1.5 = 15; +3 in W02–W03 → [15, 18, 18, 15]; × 0.5 from W03 → [15, 18, 9, 7.5]
    const result = compute({
      planningObjects: [makeObject({ growthPct: 50, adjustments: [{ from: "2027-W02", to: "2027-W03", perWeek: 3 }] })],
      measures: [makeNeedMeasure({ volumePct: -50, from: "2027-W03" })],
    });
    expectClose(result.planningObjects.p.demand, [15, 18, 9, 7.5]);
  });

  it("multiplies several volume measures and never goes below 0", () => {
    // W01: 10 × 0.5 × 1.5 = 7.5 (both measures); W02: 10 − 20 = −10 → 0; W03–W04: 10 × 0.5 = 5
    const result = compute({
      planningObjects: [makeObject({ adjustments: [{ from: "2027-W02", to: "2027-W02", perWeek: -20 }] })],
      measures: [makeNeedMeasure({ volumePct: -50 }), makeNeedMeasure({ id: "m3", volumePct: 50, to: "2027-W01" })],
    });
    expectClose(result.planningObjects.p.demand, [7.5, 0, 5, 5]);
  });
});

describe("waiting-list reduction extra_p(w) and production need prod_p(w)", () => {
  const withQueue = (
    waitingList: NonNullable<PksBoard["planningObjects"][number]["waitingList"]>,
    calendar?: PksBoard["calendar"],
  ) =>
    compute({ planningObjects: [makeObject({ waitingList, timePerActivity: {} })], calendar }).planningObjects.p
      .production;

  it("spreads R = current − target over the weeks up to targetWeek", () => {
    // R = 100 − 60 = 40 over W01–W02 → 20 each; prod = 10 + extra
    expectClose(withQueue({ current: 100, target: 60, targetWeek: "2027-W02" }), [30, 30, 10, 10]);
  });

  it("skips low-production weeks, unless every eligible week is one", () => {
    // W02 is low → E = {W01} → 40 in W01
    expectClose(
      withQueue({ current: 100, target: 60, targetWeek: "2027-W02" }, { lowProductionWeeks: ["2027-W02"] }),
      [50, 10, 10, 10],
    );
    // W01–W02 both low → E empty → all weeks up to target: 20 each
    expectClose(
      withQueue({ current: 100, target: 60, targetWeek: "2027-W02" }, { lowProductionWeeks: ["2027-W01", "2027-W02"] }),
      [30, 30, 10, 10],
    );
  });

  it("defaults and clamps targetWeek to the last horizon week", () => {
    // 40 / 4 = 10 per week
    expectClose(withQueue({ current: 100, target: 60 }), [20, 20, 20, 20]);
    expectClose(withQueue({ current: 100, target: 60, targetWeek: "2030-W10" }), [20, 20, 20, 20]);
  });

  it("adds nothing when the list is already at or below target", () => {
    expectClose(withQueue({ current: 50, target: 60 }), [10, 10, 10, 10]);
  });
});

describe("time per activity t_pr(w) and capacity need need_r(w)", () => {
  it("scales time by counted need measures' timePct", () => {
    // t = 1 × 0.75 from W02 → need = 10 × [1, .75, .75, .75]
    const result = compute({ measures: [makeNeedMeasure({ volumePct: 0, timePct: -25, from: "2027-W02" })] });
    expectClose(result.resources.lak.need, [10, 7.5, 7.5, 7.5]);
  });

  it("sums production × time over planning objects", () => {
    // p: 10 × 1 h; q: 260/52 = 5 × 2 h → 20 h/week
    const result = compute({
      planningObjects: [makeObject(), makeObject({ id: "q", annualVolume: 260, timePerActivity: { lak: 2 } })],
    });
    expectClose(result.resources.lak.need, [20, 20, 20, 20]);
  });
});

describe("available capacity avail_r(w), gap and coverage", () => {
  it("adds counted capacity measures to count × hours × utilization × availability", () => {
    // 2 × 40 × 0.75 = 60; +10 h from W03 → [60, 60, 70, 70]
    const result = compute({
      resources: [makeResource({ count: 2, utilization: 0.75 })],
      measures: [makeCapacityMeasure({ from: "2027-W03" })],
    });
    expectClose(result.resources.lak.available, [60, 60, 70, 70]);
  });

  it("never goes below 0 when capacity is moved away", () => {
    const result = compute({ measures: [makeCapacityMeasure({ hoursPerWeek: -100, to: "2027-W01" })] });
    expectClose(result.resources.lak.available, [0, 40, 40, 40]);
  });

  it("gap = available − need; coverage = Σ available / Σ need, null without need", () => {
    // gap = 40 − 10 = 30; coverage = 160 / 40 = 4
    const result = compute({ resources: [makeResource(), makeResource({ id: "rum", kind: "room" })] });
    expectClose(result.resources.lak.gap, [30, 30, 30, 30]);
    expect(result.resources.lak.coverage).toBe(4);
    expect(result.resources.rum.coverage).toBeNull();
  });
});

describe("limiting resource and balance", () => {
  it("picks the lowest coverage; ties go to the first resource", () => {
    // p needs 10 h of each; a: 20 h → coverage 2; b: 15 h → 1.5; c: 15 h → 1.5 (tie, later)
    const result = compute({
      resources: [
        makeResource({ id: "a", hoursPerWeek: 20 }),
        makeResource({ id: "b", hoursPerWeek: 15 }),
        makeResource({ id: "c", hoursPerWeek: 15 }),
      ],
      planningObjects: [makeObject({ timePerActivity: { a: 1, b: 1, c: 1 } })],
    });
    expect(result.limitingResource).toBe("b");
    expect(result.balanced).toBe(true);
  });

  it("is null without need, and unbalanced when a resource lacks capacity in total", () => {
    expect(compute({ planningObjects: [makeObject({ timePerActivity: {} })] }).limitingResource).toBeNull();
    // need 10 h/week, 5 h available
    const short = compute({ resources: [makeResource({ hoursPerWeek: 5 })] });
    expect(short.balanced).toBe(false);
    expect(short.limitingResource).toBe("lak");
    expect(short.resources.lak.coverage).toBe(0.5);
  });
});

describe("feasible share, planned production and waiting list", () => {
  it("plans the feasible share of production, limited by the scarcest used resource", () => {
    // p: 80/week × 1 h lak (40 h → f 0.5) and 0.1 h ssk (40 h vs 8 h → f 1) → f_p = 0.5, plan 40
    const result = compute({
      resources: [makeResource(), makeResource({ id: "ssk" })],
      planningObjects: [makeObject({ annualVolume: 4160, timePerActivity: { lak: 1, ssk: 0.1 } })],
    });
    expectClose(result.planningObjects.p.planned, [40, 40, 40, 40]);
  });

  it("plans everything for objects that use no resource (f = 1)", () => {
    const result = compute({
      planningObjects: [makeObject({ timePerActivity: { lak: 0 } })],
      resources: [makeResource({ hoursPerWeek: 0 })],
    });
    expectClose(result.planningObjects.p.planned, [10, 10, 10, 10]);
  });

  it("carries the waiting list: q(w) = max(0, q(w−1) + d(w) − plan(w))", () => {
    // current 100, demand 80, plan 40 → 140, 180, 220, 260
    const result = compute({
      planningObjects: [makeObject({ annualVolume: 4160, waitingList: { current: 100, target: 100 } })],
    });
    expectClose(result.planningObjects.p.waiting, [140, 180, 220, 260]);
  });

  it("works the list down with the reduction and never below 0", () => {
    // current 50, target 0 by W01: prod W01 = 10 + 50 = 60 h vs 40 h → f = 2/3, plan 40;
    // q1 = 50 + 10 − 40 = 20; then plan = demand = 10 → q stays 20.
    const result = compute({
      planningObjects: [makeObject({ waitingList: { current: 50, target: 0, targetWeek: "2027-W01" } })],
    });
    expectClose(result.planningObjects.p.planned, [40, 10, 10, 10]);
    expectClose(result.planningObjects.p.waiting, [20, 20, 20, 20]);
    // No list: starts at 0 and stays there when everything is planned.
    expectClose(compute({}).planningObjects.p.waiting, [0, 0, 0, 0]);
  });
});

describe("acute dimensioning", () => {
  const acute = (dailyDemand: number[], coveragePct: number) =>
    compute({ planningObjects: [makeObject({ acute: { dailyDemand, coveragePct } })] }).planningObjects.p
      .acuteDimension;

  it("takes the nearest-rank percentile", () => {
    // sorted [9, 12, 15], k = ceil(0.85 × 3) = 3 → 15
    expect(acute([12, 15, 9], 85)).toBe(15);
    // k = ceil(0.5 × 3) = 2 → 12
    expect(acute([12, 15, 9], 50)).toBe(12);
    // k = ceil(0.01 × 3) = 1 → smallest
    expect(acute([12, 15, 9], 1)).toBe(9);
  });

  it("is not fooled by floating point (70 % of 10 is rank 7, not 8)", () => {
    expect(acute([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 70)).toBe(7);
  });

  it("is absent without acute data", () => {
    expect(compute({}).planningObjects.p).not.toHaveProperty("acuteDimension");
  });
});

describe("follow-up", () => {
  it("computes deviations, running sum and inflow MAPE over horizon weeks with outcomes", () => {
    // plan = demand = 10, waiting 0. W01: produced 8 → −2, inflow 12 → |12 − 10| / 12 = 1/6,
    // waiting 3 → 3. W02: produced 11 → +1, inflow 0 (skipped). W03: inflow 10 → 0.
    // cumulative [−2, −1, −1]; MAPE = (1/6 + 0) / 2 = 1/12. 2026-W40 is outside the horizon.
    const result = compute({
      outcomes: {
        p: {
          "2027-W03": { inflow: 10 },
          "2027-W01": { produced: 8, inflow: 12, waiting: 3 },
          "2027-W02": { produced: 11, inflow: 0 },
          "2026-W40": { produced: 5 },
        },
      },
    });
    const followUp = result.planningObjects.p.followUp;
    expect(followUp?.weeks).toEqual(["2027-W01", "2027-W02", "2027-W03"]);
    expectClose(followUp?.deviation ?? [], [-2, 1, null]);
    expectClose(followUp?.cumulativeDeviation ?? [], [-2, -1, -1]);
    expectClose(followUp?.waitingDeviation ?? [], [3, null, null]);
    expect(followUp?.inflowMape).toBeCloseTo(1 / 12, 12);
  });

  it("is present with empty arrays when no outcome week is in the horizon, absent without an entry", () => {
    const result = compute({
      planningObjects: [makeObject(), makeObject({ id: "q" })],
      outcomes: { p: { "2026-W01": { produced: 1 } } },
    });
    expect(result.planningObjects.p.followUp).toEqual({
      weeks: [],
      deviation: [],
      cumulativeDeviation: [],
      waitingDeviation: [],
      inflowMape: null,
    });
    expect(result.planningObjects.q).not.toHaveProperty("followUp");
  });

  it("compares actual capacity with available capacity", () => {
    // W01: 35 − 40 = −5; W03: 44 − 40 = 4; 2026-W01 ignored
    const result = compute({ actualCapacity: { lak: { "2027-W03": 44, "2027-W01": 35, "2026-W01": 1 } } });
    expect(result.resources.lak.capacityDeviation).toEqual({ weeks: ["2027-W01", "2027-W03"], values: [-5, 4] });
    expect(compute({}).resources.lak).not.toHaveProperty("capacityDeviation");
  });
});

describe("schedule vs plan", () => {
  it("sums slots, scales low-production weeks and compares with planned production", () => {
    // 6 + 4 = 10 slots/week; W03 low at 0.5 → 10 + 10 + 5 + 10 = 35; Σ plan = 40 → 0.875
    const result = compute({
      calendar: { lowProductionWeeks: ["2027-W03"] },
      resources: [makeResource({ hoursPerWeek: 80 })],
      schedule: [
        { resourceId: "lak", weekday: 1, session: "am", planningObjectId: "p", slots: 6 },
        { resourceId: "lak", weekday: 3, session: "pm", planningObjectId: "p", slots: 4 },
      ],
    });
    expect(result.planningObjects.p.schedule).toEqual({ scheduledPerWeek: 10, scheduledTotal: 35, coverage: 0.875 });
  });

  it("has null coverage when nothing is planned, and no entry without rows", () => {
    const result = compute({
      planningObjects: [makeObject({ annualVolume: 0 }), makeObject({ id: "q" })],
      schedule: [{ resourceId: "lak", weekday: 1, session: "am", planningObjectId: "p", slots: 2 }],
    });
    expect(result.planningObjects.p.schedule).toEqual({ scheduledPerWeek: 2, scheduledTotal: 8, coverage: null });
    expect(result.planningObjects.q).not.toHaveProperty("schedule");
  });
});

describe("which measures count", () => {
  const statuses = ["proposed", "decided", "realized"] as const;

  it("plan mode counts capacity measures once decided", () => {
    // +10 h when counted → 50 h
    for (const [status, expected] of [
      ["proposed", 40],
      ["decided", 50],
      ["realized", 50],
    ] as const) {
      expect(compute({ measures: [makeCapacityMeasure({ status })] }).resources.lak.available[0]).toBe(expected);
    }
  });

  it("plan mode counts need measures only once realized", () => {
    // −10 % when counted → 9
    for (const [status, expected] of [
      ["proposed", 10],
      ["decided", 10],
      ["realized", 9],
    ] as const) {
      expect(compute({ measures: [makeNeedMeasure({ status })] }).planningObjects.p.demand[0]).toBe(expected);
    }
  });

  it("scenario mode counts every measure", () => {
    for (const status of statuses) {
      const result = compute({ measures: [makeCapacityMeasure({ status }), makeNeedMeasure({ status })] }, "scenario");
      expect(result.mode).toBe("scenario");
      expect(result.resources.lak.available[0]).toBe(50);
      expect(result.planningObjects.p.demand[0]).toBe(9);
    }
  });

  it("activates measures from–to inclusive, open ends, across the year boundary", () => {
    // Horizon 2026-W52, 2026-W53, 2027-W01, 2027-W02; +10 h in 2026-W53…2027-W01
    const result = compute({
      horizon: { start: "2026-W52", weeks: 4 },
      measures: [
        makeCapacityMeasure({ from: "2026-W53", to: "2027-W01" }),
        makeCapacityMeasure({ id: "m9", hoursPerWeek: 1, to: "2026-W01" }),
      ],
    });
    expect(result.weeks).toEqual(["2026-W52", "2026-W53", "2027-W01", "2027-W02"]);
    expectClose(result.resources.lak.available, [40, 50, 50, 40]);
  });
});

describe("output", () => {
  it("has the documented envelope", () => {
    const result = compute({});
    expect(result).toMatchObject({
      format: "pks-result",
      version: 2,
      mode: "plan",
      weeks: ["2027-W01", "2027-W02", "2027-W03", "2027-W04"],
      balancePeriod: "week",
      limitingResource: "lak",
      balanced: true,
    });
    expect(Object.keys(result)).toEqual([
      "format",
      "version",
      "mode",
      "weeks",
      "balancePeriod",
      "planningObjects",
      "resources",
      "limitingResource",
      "balanced",
    ]);
    expect(Object.keys(result.planningObjects.p)).toEqual(["rank", "demand", "production", "planned", "waiting"]);
    expect(Object.keys(result.resources.lak)).toEqual(["need", "available", "gap", "coverage", "shortPeriods"]);
  });

  it("does not modify the board", () => {
    const board = makeBoard({ measures: [makeNeedMeasure()] });
    const copy = structuredClone(board);
    computeBoard(board, { mode: "scenario" });
    expect(board).toEqual(copy);
  });
});
