import { describe, expect, it } from "vitest";
import { computeBoard } from "@/lib/engine";
import { makeBoard, makeResource } from "@/lib/engine/test-factories";
import { periodFigures } from "./reflection-figures";

// Nybesök: 10 needed a week at 1 h of Läkare; Läkare 8 h a week → 8 planned a week.
const board = makeBoard({
  horizon: { start: "2027-W01", weeks: 8 },
  resources: [makeResource({ hoursPerWeek: 8 })],
  schedule: [{ resourceId: "lak", weekday: 1, session: "am", planningObjectId: "p", slots: 6 }],
  outcomes: { p: { "2027-W03": { produced: 7 }, "2027-W04": { produced: 5 } } },
  actualCapacity: { lak: { "2027-W03": 6 } },
});

describe("periodFigures", () => {
  it("sums plan, schedule and outcome over the period's weeks (W03–W05: three weeks)", () => {
    const figures = periodFigures(board, computeBoard(board), { fromWeek: "2027-W03", toWeek: "2027-W05" });
    expect(figures.weeks).toEqual(["2027-W03", "2027-W04", "2027-W05"]);
    // 3 × 8 planned; 6 slots a week × 3 scheduled; 7 + 5 produced (W05 not recorded).
    expect(figures.objects).toEqual([{ id: "p", label: "Nybesök", planned: 24, scheduled: 18, outcome: 12 }]);
    // Need 3 × 10 h, available 3 × 8 h, actual only W03 recorded.
    expect(figures.resources).toEqual([{ id: "lak", name: "Läkare", need: 30, available: 24, actual: 6 }]);
  });

  it("reports nothing recorded as null, not as zero", () => {
    const figures = periodFigures(board, computeBoard(board), { fromWeek: "2027-W06", toWeek: "2027-W07" });
    expect(figures.objects[0].outcome).toBeNull();
    expect(figures.resources[0].actual).toBeNull();
  });
});
