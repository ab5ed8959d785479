import { describe, expect, it } from "vitest";
import { computeBoard, type PksBoard } from "@/lib/engine";
import { makeObject, makeResource } from "@/lib/engine/test-factories";
import { computeAcuteFigures } from "./acute-figures";

describe("computeAcuteFigures", () => {
  it("gives the dimension per day and week, its share of the capacity need, the shortfall and the days above", () => {
    const acute = makeObject({
      id: "akut",
      annualVolume: 52 * 50, // 50 arrive a week
      timePerActivity: { lak: 0.5 },
      // 80 % of 5 days: k = 4 → 8 a day; 5 days a week → 40 a week. One day of five (10) is above.
      acute: { dailyDemand: [2, 4, 6, 8, 10], coveragePct: 80, daysPerWeek: 5 },
    });
    const board: PksBoard = {
      format: "pks-board",
      version: 2,
      board: { name: "T" },
      horizon: { start: "2027-W01", weeks: 2 },
      resources: [makeResource({ hoursPerWeek: 20 })],
      planningObjects: [acute, makeObject({ id: "nyb", annualVolume: 52 * 20 })],
    };
    const f = computeAcuteFigures(board, computeBoard(board), acute);
    expect(f.perDay).toBe(8);
    expect(f.perWeek).toBe(40);
    // Production need max(50, 40) = 50 × 0.5 h = 25 h of 25 + 20 = 45 h a week.
    expect(f.shareOfNeed).toBeCloseTo(25 / 45);
    // 20 h for 25 h: 80 % → 40 reserved, 50 arrive: 10 short in each of the 2 weeks.
    expect(f.shortfallWeeks).toBe(2);
    expect(f.shortfallTotal).toBeCloseTo(20);
    expect(f.worst).toEqual({ week: "v. 1", value: 10 });
    expect(f.daysAbovePct).toBe(20);
  });
});
