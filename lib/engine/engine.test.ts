import { describe, expect, it } from "vitest";
import { computeBoard } from "./compute";
import { createEngine } from "./engine";
import { generateSampleBoard } from "./sample-board";
import type { PksBoard } from "./schema";

function editHistory(board: PksBoard, p: number, week: string, value: number): PksBoard {
  const planningObjects = board.planningObjects.slice();
  planningObjects[p] = { ...planningObjects[p], history: { ...planningObjects[p].history, [week]: value } };
  return { ...board, planningObjects };
}

describe("createEngine", () => {
  const board = generateSampleBoard({ planningObjects: 30, resources: 5, weeks: 40, measures: 10 });

  it("starts with the full result", () => {
    expect(createEngine(board, { mode: "scenario" }).result).toEqual(computeBoard(board, { mode: "scenario" }));
  });

  it("after a history cell edit equals a full computation and reuses untouched entries", () => {
    const engine = createEngine(board);
    const before = engine.result;
    const next = editHistory(board, 3, "2025-W10", 500);
    const after = engine.update(next);
    expect(after).toEqual(computeBoard(next));
    expect(after.planningObjects.po4).not.toEqual(before.planningObjects.po4);
    // Objects that share no resource with po4 keep their entries (same object, not recomputed).
    const used = new Set(Object.keys(next.planningObjects[3].timePerActivity ?? {}));
    const untouched = next.planningObjects.find(
      (o) => !Object.keys(o.timePerActivity ?? {}).some((id) => used.has(id)),
    );
    if (untouched) expect(after.planningObjects[untouched.id]).toBe(before.planningObjects[untouched.id]);
  });

  it("follows edits of outcomes, actual capacity, schedule, measures and the horizon", () => {
    const engine = createEngine(board);
    const edits: ((b: PksBoard) => PksBoard)[] = [
      (b) => ({ ...b, outcomes: { ...b.outcomes, po2: { "2027-W02": { produced: 1, inflow: 2, waiting: 3 } } } }),
      (b) => ({ ...b, actualCapacity: { ...b.actualCapacity, r1: { "2027-W03": 7 } } }),
      (b) => ({
        ...b,
        schedule: [
          ...(b.schedule ?? []),
          { resourceId: "r2", weekday: 2, session: "pm", planningObjectId: "po30", slots: 3 },
        ],
      }),
      (b) => ({ ...b, measures: (b.measures ?? []).map((m) => ({ ...m, status: "realized" as const })) }),
      (b) => ({ ...b, horizon: { start: "2026-W50", weeks: 10 } }),
    ];
    let current = board;
    for (const edit of edits) {
      current = edit(current);
      expect(engine.update(current)).toEqual(computeBoard(current));
    }
  });

  it("equals a full computation after edits in every rank group, acute ones first", () => {
    // po1 is acute (rank 0), po2 rank 50, po3 rank 150, the rest 100 (sample-board.ts).
    const engine = createEngine(board);
    let current = board;
    for (const [p, value] of [
      [0, 900],
      [1, 700],
      [2, 5],
      [3, 400],
      [0, 0],
      [1, 3],
    ] as const) {
      current = editHistory(current, p, "2025-W10", value);
      if (p === 0) {
        const planningObjects = current.planningObjects.slice();
        const object = planningObjects[0];
        if (object.acute) planningObjects[0] = { ...object, acute: { ...object.acute, daysPerWeek: 5 } };
        current = { ...current, planningObjects };
      }
      expect(engine.update(current)).toEqual(computeBoard(current));
    }
    expect(current.planningObjects[0].acute).toBeDefined();
    expect(current.planningObjects[1].rank).toBe(50);
    expect(current.planningObjects[2].rank).toBe(150);
  });

  it("returns the same result for the same board", () => {
    const engine = createEngine(board);
    expect(engine.update(board)).toBe(engine.result);
  });
});
