import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { computeBoard } from "@/lib/engine";
import { makeBoard, makeCapacityMeasure, makeNeedMeasure, makeResource } from "@/lib/engine/test-factories";
import { buildProductionGoals, goalDeviations, readFrozenGoals, writeFrozenGoals } from "./production-goals";

// 8 weeks from 2027-W01: W01–W04 fall in January (Thursdays 7–28 Jan), W05–W08 in February.
// Nybesök needs 10 a week at 1 h of Läkare; Läkare has 8 h a week → 8 planned a week.
const short = makeBoard({ horizon: { start: "2027-W01", weeks: 8 }, resources: [makeResource({ hoursPerWeek: 8 })] });
const goalsOf = (board = short) => buildProductionGoals(board, computeBoard(board));

describe("buildProductionGoals", () => {
  it("rolls the engine's weekly need and plan up to months per planning object", () => {
    const goals = goalsOf();
    expect(goals.periodKind).toBe("month");
    expect(goals.periods).toEqual([
      { key: "2027-01", label: "jan 2027" },
      { key: "2027-02", label: "feb 2027" },
    ]);
    expect(goals.rows).toEqual([{ objectId: "p", label: "Nybesök", need: [40, 40], planned: [32, 32] }]);
  });

  it("states the remaining gap in words: 64 planned of 80, and the hours Läkare lacks", () => {
    const [object, resource] = goalsOf().gap;
    expect(object).toBe("Nybesök: planerad produktion 64 mot behovet 80 — 16 aktiviteter (20 %) kvar att täcka.");
    // 2 h short in each of 8 weeks.
    expect(resource).toMatch(/^Läkare: 16 timmar kapacitet saknas under \d+ perioder?\.$/);
    const balanced = goalsOf(makeBoard({ horizon: { start: "2027-W01", weeks: 8 } }));
    expect(balanced.gap).toEqual(["Inget gap kvarstår: den planerade produktionen möter behovet i varje period."]);
  });

  it("lists decided and realised measures with their effect, not proposals", () => {
    const board = {
      ...short,
      measures: [
        makeCapacityMeasure({ hoursPerWeek: 2, from: "2027-W03" }),
        makeNeedMeasure(),
        makeCapacityMeasure({ id: "m3", title: "Förslag", status: "proposed" }),
      ],
    };
    expect(goalsOf(board).measures).toEqual([
      { id: "m1", title: "Hyrläkare", status: "decided", effect: "+2 h/vecka för Läkare (från 2027-W03)" },
      { id: "m2", title: "Färre återbesök", status: "realized", effect: "volym −10 % för Nybesök" },
    ]);
  });
});

describe("frozen goals and drift", () => {
  it("keeps the frozen figures and reports the live plan's drift beside them", () => {
    const doc = new Y.Doc();
    writeFrozenGoals(doc, goalsOf(), new Date("2027-01-15T10:00:00Z"));
    const frozen = readFrozenGoals(doc)!;
    expect(frozen.frozenAt).toBe("2027-01-15T10:00:00.000Z");
    // The plan changes afterwards: 9 h a week → 9 planned a week, 36 a month.
    const live = goalsOf(makeBoard({ ...short, resources: [makeResource({ hoursPerWeek: 9 })] }));
    expect(goalDeviations(frozen, live).map((d) => [d.periodKey, d.frozen, d.live, d.delta])).toEqual([
      ["2027-01", 32, 36, 4],
      ["2027-02", 32, 36, 4],
    ]);
    expect(readFrozenGoals(doc)!.rows[0].planned).toEqual([32, 32]);
    expect(goalDeviations(frozen, goalsOf())).toEqual([]);
  });
});
