import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { createOrthoBoard } from "@/lib/demo/ortho-board";
import { makeBoard, makeCapacityMeasure, makeNeedMeasure, makeObject, makeResource } from "@/lib/engine/test-factories";
import {
  addScheduleRow,
  boardTypes,
  createUndoManager,
  MEASURE_META_MAP,
  readBoardFromDoc,
  setActualCapacity,
  setHistoryValue,
  setOutcomeValue,
  updateResource,
  writeBoardToDoc,
} from "./doc-model";
import { captureRemoval, type RemovableKind, removeWithRestore, restoreRemoval } from "./doc-restore";
import { syncAll } from "./test-network";

/** Everything of the board's document a removal can touch, as JSON (Y.Maps become objects). */
function docJson(doc: Y.Doc): unknown {
  // Top-level types show in toJSON only once defined on this Y.Doc instance.
  boardTypes(doc);
  doc.getMap(MEASURE_META_MAP);
  return JSON.parse(JSON.stringify(doc.toJSON()));
}

function smallBoard() {
  return makeBoard({
    resources: [makeResource(), makeResource({ id: "ssk", name: "Sjuksköterska", count: 3 })],
    planningObjects: [
      makeObject({
        history: { "2026-W50": 8, "2026-W51": 11 },
        timePerActivity: { lak: 1, ssk: 0.5 },
        adjustments: [{ from: "2027-W02", perWeek: 3 }],
        waitingList: { current: 600, target: 165, targetWeek: "2027-W24" },
        acute: { dailyDemand: [1, 2, 3], coveragePct: 90 },
      }),
      makeObject({ id: "q", service: "Återbesök", timePerActivity: { lak: 0.25, ssk: 0.5 } }),
      makeObject({ id: "r", service: "Operation", timePerActivity: { ssk: 2 } }),
    ],
    measures: [makeCapacityMeasure(), makeNeedMeasure(), makeNeedMeasure({ id: "m3", planningObjectId: "q" })],
    outcomes: { p: { "2027-W01": { produced: 9, inflow: 10 }, "2027-W02": {} }, q: {} },
    actualCapacity: { lak: { "2027-W01": 38 }, ssk: {} },
    schedule: [
      { resourceId: "lak", weekday: 1, session: "am", planningObjectId: "p", slots: 6 },
      { resourceId: "ssk", weekday: 2, session: "pm", planningObjectId: "q", slots: 4 },
    ],
  });
}

function docWithMeta() {
  const doc = new Y.Doc();
  writeBoardToDoc(doc, smallBoard());
  const meta = doc.getMap(MEASURE_META_MAP);
  meta.set(JSON.stringify(["m1", "owner"]), "Verksamhetschef");
  meta.set(JSON.stringify(["m2", "lever"]), "careNeed");
  meta.set(JSON.stringify(["m3", "owner"]), "Enhetschef");
  return doc;
}

describe("removeWithRestore / restoreRemoval", () => {
  it("removing a planning object takes its need measures, meta, schedule rows and outcomes; Ångra brings all back", () => {
    const doc = docWithMeta();
    const before = docJson(doc);
    const removal = removeWithRestore(doc, "planningObject", "p", "me");
    expect(removal?.measures.map((m) => m.id)).toEqual(["m2"]);
    expect(removal?.schedule).toHaveLength(1);
    expect(removal?.flat.map(([key]) => key).sort()).toEqual(
      [
        JSON.stringify(["v", "p", "2027-W01", "produced"]),
        JSON.stringify(["v", "p", "2027-W01", "inflow"]),
        JSON.stringify(["w", "p", "2027-W02"]),
      ].sort(),
    );
    const read = readBoardFromDoc(doc);
    expect(read.planningObjects.map((o) => o.id)).toEqual(["q", "r"]);
    expect(read.measures?.map((m) => m.id)).toEqual(["m1", "m3"]);
    expect(doc.getMap(MEASURE_META_MAP).has(JSON.stringify(["m2", "lever"]))).toBe(false);

    expect(restoreRemoval(doc, removal as NonNullable<typeof removal>, "me")).toBe(true);
    expect(docJson(doc)).toEqual(before);
    expect(readBoardFromDoc(doc).planningObjects[0].history).toEqual({ "2026-W50": 8, "2026-W51": 11 });
  });

  it("removing a resource takes its time per activity in every object, measures, rows and actual capacity", () => {
    const doc = docWithMeta();
    const before = docJson(doc);
    const removal = removeWithRestore(doc, "resource", "ssk", "me");
    expect(removal?.timePerActivity).toEqual([
      ["p", 0.5],
      ["q", 0.5],
      ["r", 2],
    ]);
    expect(readBoardFromDoc(doc).planningObjects[2].timePerActivity).toBeUndefined();
    expect(restoreRemoval(doc, removal as NonNullable<typeof removal>, "me")).toBe(true);
    expect(docJson(doc)).toEqual(before);
  });

  it("removing a measure takes its lever, owner and description with it and gives them back", () => {
    const doc = docWithMeta();
    const before = docJson(doc);
    const removal = removeWithRestore(doc, "measure", "m1", "me");
    expect(removal?.measureMeta).toEqual([[JSON.stringify(["m1", "owner"]), "Verksamhetschef"]]);
    expect(doc.getMap(MEASURE_META_MAP).size).toBe(2);
    restoreRemoval(doc, removal as NonNullable<typeof removal>, "me");
    expect(docJson(doc)).toEqual(before);
  });

  it("restores every object, resource and measure of the demo board to exactly the document before", () => {
    const doc = new Y.Doc();
    writeBoardToDoc(doc, createOrthoBoard());
    const before = docJson(doc);
    const board = readBoardFromDoc(doc);
    const cases: [RemovableKind, string][] = [
      ...board.planningObjects.map((o): [RemovableKind, string] => ["planningObject", o.id]),
      ...board.resources.map((r): [RemovableKind, string] => ["resource", r.id]),
      ...(board.measures ?? []).map((m): [RemovableKind, string] => ["measure", m.id]),
    ];
    for (const [kind, id] of cases) {
      const removal = removeWithRestore(doc, kind, id);
      expect(removal, `${kind} ${id}`).not.toBeNull();
      restoreRemoval(doc, removal as NonNullable<typeof removal>);
      expect(docJson(doc), `${kind} ${id}`).toEqual(before);
    }
  });

  it("keeps another person's concurrent edits: delete + remote edit + restore == original + remote edit", () => {
    const [mine, theirs, expected] = [docWithMeta(), new Y.Doc(), new Y.Doc()];
    syncAll([mine, theirs]);
    Y.applyUpdate(expected, Y.encodeStateAsUpdate(mine));
    const removal = removeWithRestore(mine, "planningObject", "p", "me");
    // Meanwhile (not yet synced) the other person edits other things.
    const edits = (doc: Y.Doc) => {
      setHistoryValue(doc, "q", "2026-W50", 42, "them");
      setOutcomeValue(doc, "r", "2027-W01", "produced", 7, "them");
      updateResource(doc, "lak", { count: 2 }, "them");
      setActualCapacity(doc, "ssk", "2027-W02", 100, "them");
    };
    edits(theirs);
    edits(expected);
    syncAll([mine, theirs]);
    restoreRemoval(mine, removal as NonNullable<typeof removal>, "me");
    syncAll([mine, theirs]);
    for (const doc of [mine, theirs]) {
      expect(docJson(doc)).toEqual(docJson(expected));
      expect(readBoardFromDoc(doc)).toEqual(readBoardFromDoc(expected));
    }
    expect(readBoardFromDoc(theirs).planningObjects.find((o) => o.id === "q")?.history).toEqual({ "2026-W50": 42 });
  });

  it("leaves my own later edits alone (unlike undo) and puts the object back at its place", () => {
    const doc = docWithMeta();
    const removal = removeWithRestore(doc, "planningObject", "q", "me");
    addScheduleRow(doc, { resourceId: "lak", weekday: 3, session: "am", planningObjectId: "r", slots: 2 }, "me");
    restoreRemoval(doc, removal as NonNullable<typeof removal>, "me");
    const read = readBoardFromDoc(doc);
    expect(read.planningObjects.map((o) => o.id)).toEqual(["p", "q", "r"]);
    expect(read.schedule).toHaveLength(3);
    expect(read.measures?.map((m) => m.id)).toEqual(["m1", "m2", "m3"]);
  });

  it("does nothing when the entity is back already (Ctrl+Z first, then Ångra)", () => {
    const doc = docWithMeta();
    const undo = createUndoManager(doc, "me");
    const before = docJson(doc);
    const removal = removeWithRestore(doc, "resource", "lak", "me");
    undo.undo();
    expect(docJson(doc)).toEqual(before);
    expect(restoreRemoval(doc, removal as NonNullable<typeof removal>, "me")).toBe(false);
    expect(docJson(doc)).toEqual(before);
  });

  it("captures nothing for an id that is not there", () => {
    const doc = docWithMeta();
    expect(captureRemoval(doc, "planningObject", "nope")).toBeNull();
    expect(removeWithRestore(doc, "measure", "nope")).toBeNull();
  });

  it("is structured-clonable (it can travel in a toast's closure or a message)", () => {
    const doc = docWithMeta();
    const removal = removeWithRestore(doc, "planningObject", "p");
    const copy = structuredClone(removal);
    expect(copy).toEqual(removal);
  });
});
