import { describe, expect, it } from "vitest";
import type { PksBoard } from "@/lib/engine";
import { createNextPeriodBoard, nextName, shiftWeekOneYear } from "./next-period";

const board: PksBoard = {
  format: "pks-board",
  version: 1,
  board: { name: "Kirurgen 2027", unit: "Kirurgkliniken", level: "tactical" },
  horizon: { start: "2027-W01", weeks: 52 },
  calendar: { lowProductionWeeks: ["2027-W28", "2027-W29"], lowProductionAvailability: 0.5 },
  resources: [
    {
      id: "lak",
      name: "Läkare",
      kind: "staff",
      count: 4,
      hoursPerWeek: 40,
      utilization: 0.5,
      availability: { "2027-W10": 0.8 },
    },
  ],
  planningObjects: [
    {
      id: "nyb",
      service: "Nybesök",
      history: { "2023-W05": 9, "2025-W01": 10, "2026-W01": 12 },
      timePerActivity: { lak: 0.5 },
      waitingList: { current: 300, target: 100, targetWeek: "2027-W24" },
    },
    { id: "ater", service: "Återbesök", annualVolume: 1000, timePerActivity: { lak: 0.25 } },
  ],
  measures: [
    {
      id: "m1",
      title: "Fler läkartimmar",
      status: "realized",
      kind: "capacity",
      resourceId: "lak",
      hoursPerWeek: 10,
      from: "2027-W01",
    },
    {
      id: "m2",
      title: "Kortare besök",
      status: "realized",
      kind: "need",
      planningObjectId: "nyb",
      timePct: -20,
      volumePct: -10,
    },
    { id: "m3", title: "Färre återbesök", status: "realized", kind: "need", planningObjectId: "ater", volumePct: -10 },
    {
      id: "m4",
      title: "Kvällsmottagning",
      status: "proposed",
      kind: "capacity",
      resourceId: "lak",
      hoursPerWeek: 8,
      from: "2027-W14",
      to: "2027-W52",
    },
    {
      id: "m5",
      title: "Hyrläkare",
      status: "decided",
      kind: "capacity",
      resourceId: "lak",
      hoursPerWeek: 20,
      from: "2027-W10",
    },
  ],
  outcomes: {
    nyb: { "2027-W01": { inflow: 14, produced: 11, waiting: 290 }, "2027-W02": { produced: 13, waiting: 280 } },
  },
  actualCapacity: { lak: { "2027-W01": 70 } },
};

describe("next period", () => {
  it("moves weeks one year on (week 53 becomes 52 in a 52-week year)", () => {
    expect(shiftWeekOneYear("2027-W10")).toBe("2028-W10");
    expect(shiftWeekOneYear("2026-W53")).toBe("2027-W52");
    expect(nextName("Kirurgen 2027", 2027, 2028)).toBe("Kirurgen 2028");
    expect(nextName("Kirurgen", 2027, 2028)).toBe("Kirurgen 2028");
  });

  it("turns outcomes into history, folds realised measures into the baseline and keeps the rest as proposals", () => {
    const next = createNextPeriodBoard(board);
    expect(next.board.name).toBe("Kirurgen 2028");
    expect(next.horizon).toEqual({ start: "2028-W01", weeks: 52 });
    expect(next.calendar?.lowProductionWeeks).toEqual(["2028-W28", "2028-W29"]);
    const nyb = next.planningObjects[0]!;
    // Inflow when reported, else production; history older than three years before 2028 is dropped.
    expect(nyb.history).toEqual({ "2025-W01": 10, "2026-W01": 12, "2027-W01": 14, "2027-W02": 13 });
    // Time per activity 0.5 h × (1 − 20 %) = 0.4 h; the last reported waiting list is the new current one.
    expect(nyb.timePerActivity).toEqual({ lak: 0.4 });
    expect(nyb.waitingList).toEqual({ current: 280, target: 100, targetWeek: "2028-W24" });
    // Without history the realised volume change goes into the annual volume: 1000 × 0.9 = 900.
    expect(next.planningObjects[1]!.annualVolume).toBeCloseTo(900, 9);
    // 10 h/week more for 4 people at 50 %: 40 + 10 / (4 × 0.5) = 45 h per person.
    expect(next.resources[0]).toMatchObject({ hoursPerWeek: 45, availability: { "2028-W10": 0.8 } });
    expect(next.measures).toEqual([
      {
        id: "m4",
        title: "Kvällsmottagning",
        status: "proposed",
        kind: "capacity",
        resourceId: "lak",
        hoursPerWeek: 8,
        from: "2028-W14",
        to: "2028-W52",
      },
      {
        id: "m5",
        title: "Hyrläkare",
        status: "proposed",
        kind: "capacity",
        resourceId: "lak",
        hoursPerWeek: 20,
        from: "2028-W10",
      },
    ]);
    expect(next.outcomes).toBeUndefined();
    expect(next.actualCapacity).toBeUndefined();
  });
});
