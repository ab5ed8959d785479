import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { makeBoard, makeResource } from "@/lib/engine/test-factories";
import {
  ACTIVITIES_MAP,
  addActivityRow,
  readActivityRows,
  removeActivityRow,
  updateActivityRow,
} from "./activity-rows";
import { readBoardFromDoc, writeBoardToDoc } from "./doc-model";

const board = makeBoard({
  resources: [makeResource({ count: 8 }), makeResource({ id: "ssk", name: "Sjuksköterska" })],
});
const meeting = {
  resourceId: "lak",
  weekday: 2,
  session: "am" as const,
  type: "meeting" as const,
  hours: 2,
  persons: 8,
};

function freshDoc() {
  const doc = new Y.Doc();
  writeBoardToDoc(doc, board);
  return doc;
}

describe("activity rows", () => {
  it("adds, edits and removes non-patient rows in order, and leaves the pks-board data untouched", () => {
    const doc = freshDoc();
    const before = readBoardFromDoc(doc);
    const first = addActivityRow(doc, meeting);
    const second = addActivityRow(doc, { ...meeting, type: "on-call", planningObjectId: "p", slots: 3 });
    updateActivityRow(doc, first, { type: "administration", hours: 1.5 });
    expect(readActivityRows(doc, board).map((r) => [r.id, r.type, r.hours, r.slots])).toEqual([
      [first, "administration", 1.5, undefined],
      [second, "on-call", 2, 3],
    ]);
    expect(readBoardFromDoc(doc)).toBe(before);
    removeActivityRow(doc, first);
    expect(readActivityRows(doc, board).map((r) => r.id)).toEqual([second]);
  });

  it("skips rows of a removed resource and rows a client wrote wrong (weekday 8); drops a missing object", () => {
    const doc = freshDoc();
    addActivityRow(doc, { ...meeting, resourceId: "ssk" });
    const onCall = addActivityRow(doc, { ...meeting, type: "on-call", planningObjectId: "p", slots: 2 });
    const bad = new Y.Map<unknown>();
    doc.transact(() => {
      doc.getMap(ACTIVITIES_MAP).set("bad", bad);
      for (const [k, v] of Object.entries({ ...meeting, weekday: 8, pos: 9 })) bad.set(k, v);
    });
    const withoutSsk = { ...board, resources: [board.resources[0]], planningObjects: [] };
    const rows = readActivityRows(doc, withoutSsk);
    expect(rows.map((r) => r.id)).toEqual([onCall]);
    expect(rows[0].planningObjectId).toBeUndefined();
  });
});
