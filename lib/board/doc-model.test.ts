import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { createOrthoBoard } from "@/lib/demo/ortho-board";
import { computeBoard, createEngine, type PksBoard, parseBoard } from "@/lib/engine";
import {
  addAdjustment,
  addMeasure,
  addPlanningObject,
  addResource,
  addScheduleRow,
  adjustmentIds,
  type CellEdit,
  createUndoManager,
  MEASURE_META_MAP,
  moveResource,
  readBoardFromDoc,
  removeAdjustment,
  removeMeasure,
  removeResource,
  scheduleRowIds,
  setCells,
  setHistoryValue,
  setMeasureStatus,
  setOutcomeValue,
  toggleLowProductionWeek,
  updateAdjustment,
  updateResource,
  writeBoardToDoc,
} from "./doc-model";
import { normalizeBoard } from "./normalize";

function docWith(board: PksBoard): Y.Doc {
  const doc = new Y.Doc();
  writeBoardToDoc(doc, board);
  return doc;
}

describe("round trip", () => {
  const input = createOrthoBoard();

  it("reads back the written board in canonical form, valid, with identical results", () => {
    const board = readBoardFromDoc(docWith(input));
    expect(board).toEqual(normalizeBoard(input));
    expect(parseBoard(board).ok).toBe(true);
    expect(computeBoard(board)).toEqual(computeBoard(input));
    expect(computeBoard(board, { mode: "scenario" })).toEqual(computeBoard(input, { mode: "scenario" }));
  });

  it("survives encoding the state as an update into a fresh doc", () => {
    const copy = new Y.Doc();
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(docWith(input)));
    expect(readBoardFromDoc(copy)).toEqual(normalizeBoard(input));
  });

  it("keeps empty outcome and capacity entries, which change the result", () => {
    const base = createOrthoBoard();
    const board: PksBoard = {
      ...base,
      outcomes: { [base.planningObjects[0].id]: {}, [base.planningObjects[1].id]: { "2027-W02": {} } },
      actualCapacity: { [base.resources[1].id]: {} },
    };
    const read = readBoardFromDoc(docWith(board));
    expect(read.outcomes).toEqual(board.outcomes);
    expect(read.actualCapacity).toEqual(board.actualCapacity);
    expect(computeBoard(read)).toEqual(computeBoard(board));
  });

  it("replaces the previous content on a second write", () => {
    const doc = docWith(input);
    const smaller = { ...input, planningObjects: input.planningObjects.slice(0, 2), measures: [], schedule: [] };
    smaller.outcomes = undefined;
    writeBoardToDoc(doc, smaller);
    expect(readBoardFromDoc(doc)).toEqual(normalizeBoard(smaller));
  });
});

describe("structural sharing", () => {
  it("after one history edit only that planning object is new", () => {
    const doc = docWith(createOrthoBoard());
    const before = readBoardFromDoc(doc);
    expect(readBoardFromDoc(doc)).toBe(before);
    const [a, b] = before.planningObjects;
    setHistoryValue(doc, a.id, "2025-W10", 999);
    const after = readBoardFromDoc(doc);
    expect(after).not.toBe(before);
    expect(after.planningObjects[0]).not.toBe(a);
    expect(after.planningObjects[0].history?.["2025-W10"]).toBe(999);
    expect(after.planningObjects[1]).toBe(b);
    expect(after.resources).toBe(before.resources);
    expect(after.measures).toBe(before.measures);
    expect(after.outcomes).toBe(before.outcomes);
    expect(after.schedule).toBe(before.schedule);
  });

  it("feeds the incremental engine with results equal to a full computation", () => {
    const doc = docWith(createOrthoBoard());
    const engine = createEngine(readBoardFromDoc(doc));
    const objectId = readBoardFromDoc(doc).planningObjects[0].id;
    setHistoryValue(doc, objectId, "2026-W05", 80);
    setOutcomeValue(doc, objectId, "2027-W03", "produced", 12);
    const next = readBoardFromDoc(doc);
    expect(engine.update(next)).toEqual(computeBoard(next));
  });

  it("shares outcome entries of other objects after an outcome edit", () => {
    const doc = docWith(createOrthoBoard());
    const before = readBoardFromDoc(doc);
    const ids = Object.keys(before.outcomes ?? {});
    setOutcomeValue(doc, ids[0], "2027-W01", "inflow", 1);
    const after = readBoardFromDoc(doc);
    expect(after.outcomes?.[ids[0]]).not.toBe(before.outcomes?.[ids[0]]);
    expect(after.outcomes?.[ids[1]]).toBe(before.outcomes?.[ids[1]]);
    expect(after.planningObjects).toBe(before.planningObjects);
  });
});

describe("edits", () => {
  it("removing a resource removes its references, keeping the board valid", () => {
    const doc = docWith(createOrthoBoard());
    removeResource(doc, "lak");
    const board = readBoardFromDoc(doc);
    expect(board.resources.map((r) => r.id)).not.toContain("lak");
    expect(board.planningObjects.some((o) => o.timePerActivity && "lak" in o.timePerActivity)).toBe(false);
    expect(board.actualCapacity?.lak).toBeUndefined();
    expect(parseBoard(board)).toMatchObject({ ok: true });
  });

  it("adds, moves and updates resources, adjustments, measures and schedule rows", () => {
    const doc = docWith(createOrthoBoard());
    const first = readBoardFromDoc(doc).resources[0];
    addResource(doc, { id: "fys", name: "Fysioterapeut", kind: "staff", count: 2, hoursPerWeek: 40 }, 0);
    expect(readBoardFromDoc(doc).resources[0].id).toBe("fys");
    moveResource(doc, "fys", 99);
    updateResource(doc, "fys", { utilization: 0.8, availability: { "2027-W05": 0.5 } });
    const board = readBoardFromDoc(doc);
    expect(board.resources.at(-1)).toEqual({
      id: "fys",
      name: "Fysioterapeut",
      kind: "staff",
      count: 2,
      hoursPerWeek: 40,
      utilization: 0.8,
      availability: { "2027-W05": 0.5 },
    });
    expect(board.resources[0]).toBe(readBoardFromDoc(doc).resources[0]);
    expect(board.resources[0].id).toBe(first.id);

    addPlanningObject(doc, { id: "po-x", service: "Gipsbyte", timePerActivity: { fys: 0.5 } });
    const adjustment = addAdjustment(doc, "po-x", { perWeek: 2 }) as string;
    addAdjustment(doc, "po-x", { perWeek: 3, from: "2027-W02" });
    updateAdjustment(doc, "po-x", adjustment, { to: "2027-W10" });
    expect(readBoardFromDoc(doc).planningObjects.at(-1)?.adjustments).toEqual([
      { to: "2027-W10", perWeek: 2 },
      { from: "2027-W02", perWeek: 3 },
    ]);
    removeAdjustment(doc, "po-x", adjustmentIds(doc, "po-x")[1]);
    expect(readBoardFromDoc(doc).planningObjects.at(-1)?.adjustments).toHaveLength(1);

    addMeasure(doc, {
      id: "m-x",
      title: "Extra",
      status: "proposed",
      kind: "capacity",
      resourceId: "fys",
      hoursPerWeek: 4,
    });
    setMeasureStatus(doc, "m-x", "decided");
    expect(readBoardFromDoc(doc).measures?.at(-1)?.status).toBe("decided");
    const rowId = addScheduleRow(doc, {
      resourceId: "fys",
      weekday: 2,
      session: "pm",
      planningObjectId: "po-x",
      slots: 4,
    });
    expect(scheduleRowIds(doc).at(-1)).toBe(rowId);
    toggleLowProductionWeek(doc, "2027-W44");
    expect(readBoardFromDoc(doc).calendar?.lowProductionWeeks).toContain("2027-W44");
    expect(parseBoard(readBoardFromDoc(doc))).toMatchObject({ ok: true });
  });
});

describe("undo", () => {
  it("one user's undo reverts only that user's edit", () => {
    const doc = docWith(createOrthoBoard());
    const [a, b] = readBoardFromDoc(doc).planningObjects;
    const user1 = { user: 1 };
    const user2 = { user: 2 };
    const undo1 = createUndoManager(doc, user1);
    setHistoryValue(doc, a.id, "2025-W10", 111, user1);
    setHistoryValue(doc, b.id, "2025-W10", 222, user2);
    undo1.undo();
    const board = readBoardFromDoc(doc);
    expect(board.planningObjects[0].history?.["2025-W10"]).toBe(a.history?.["2025-W10"]);
    expect(board.planningObjects[1].history?.["2025-W10"]).toBe(222);
  });

  it("undoing a measure's removal also restores its lever and owner kept beside the board data", () => {
    const doc = docWith(createOrthoBoard());
    const measure = readBoardFromDoc(doc).measures![0]!;
    const meta = doc.getMap(MEASURE_META_MAP);
    meta.set(JSON.stringify([measure.id, "owner"]), "Maria");
    const origin = { user: 1 };
    const undo = createUndoManager(doc, origin);
    doc.transact(() => {
      removeMeasure(doc, measure.id, origin);
      meta.delete(JSON.stringify([measure.id, "owner"]));
    }, origin);
    expect(readBoardFromDoc(doc).measures?.some((m) => m.id === measure.id)).toBe(false);
    undo.undo();
    expect(readBoardFromDoc(doc).measures?.some((m) => m.id === measure.id)).toBe(true);
    expect(meta.get(JSON.stringify([measure.id, "owner"]))).toBe("Maria");
  });

  it("undoes a 30-cell paste in one step", () => {
    const doc = docWith(createOrthoBoard());
    const before = readBoardFromDoc(doc);
    const origin = { user: 1 };
    const undo = createUndoManager(doc, origin);
    const edits: CellEdit[] = [];
    for (let i = 0; i < 30; i++) {
      const object = before.planningObjects[i % 3];
      edits.push({
        kind: "history",
        planningObjectId: object.id,
        week: `2025-W${String(i + 10).padStart(2, "0")}`,
        value: i,
      });
    }
    setCells(doc, edits, origin);
    expect(readBoardFromDoc(doc).planningObjects[0].history?.["2025-W10"]).toBe(0);
    expect(undo.undoStack).toHaveLength(1);
    undo.undo();
    expect(readBoardFromDoc(doc)).toEqual(before);
  });
});
