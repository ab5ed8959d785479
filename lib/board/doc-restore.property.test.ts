/**
 * Property: for any removable entity of the demo board and any edits another person makes
 * meanwhile to other entities, remove → (their edits) → restore gives the same document as only
 * their edits on the original, on both peers.
 */
import fc from "fast-check";
import { expect, it } from "vitest";
import * as Y from "yjs";
import { createOrthoBoard } from "@/lib/demo/ortho-board";
import {
  boardTypes,
  MEASURE_META_MAP,
  readBoardFromDoc,
  setActualCapacity,
  setHistoryValue,
  setOutcomeValue,
  setTimePerActivity,
  updateResource,
  writeBoardToDoc,
} from "./doc-model";
import { type RemovableKind, removeWithRestore, restoreRemoval } from "./doc-restore";
import { syncAll } from "./test-network";

function docJson(doc: Y.Doc): unknown {
  boardTypes(doc);
  doc.getMap(MEASURE_META_MAP);
  return JSON.parse(JSON.stringify(doc.toJSON()));
}

const original = new Y.Doc();
writeBoardToDoc(original, createOrthoBoard());
original.getMap(MEASURE_META_MAP).set(JSON.stringify(["hyrlakare", "owner"]), "Maria Svensson");
const board = readBoardFromDoc(original);
const targets: [RemovableKind, string][] = [
  ...board.planningObjects.map((o): [RemovableKind, string] => ["planningObject", o.id]),
  ...board.resources.map((r): [RemovableKind, string] => ["resource", r.id]),
  ...(board.measures ?? []).map((m): [RemovableKind, string] => ["measure", m.id]),
];
const objectIds = board.planningObjects.map((o) => o.id);
const resourceIds = board.resources.map((r) => r.id);

type Edit = { type: number; object: number; resource: number; week: number; value: number };
const edit = fc.record({
  type: fc.integer({ min: 0, max: 4 }),
  object: fc.nat(objectIds.length - 1),
  resource: fc.nat(resourceIds.length - 1),
  week: fc.integer({ min: 1, max: 52 }),
  value: fc.integer({ min: 0, max: 500 }),
});

/** Applies an edit unless it touches the removed entity (a concurrent edit inside it is discarded by design). */
function applyEdit(doc: Y.Doc, e: Edit, removed: [RemovableKind, string]): void {
  const [object, resource] = [objectIds[e.object], resourceIds[e.resource]];
  if (
    (removed[0] === "planningObject" && removed[1] === object) ||
    (removed[0] === "resource" && removed[1] === resource)
  )
    return;
  const week = `2027-W${String(e.week).padStart(2, "0")}`;
  if (e.type === 0) setHistoryValue(doc, object, `2026-W${String(e.week).padStart(2, "0")}`, e.value, "them");
  else if (e.type === 1) setOutcomeValue(doc, object, week, "produced", e.value, "them");
  else if (e.type === 2) setActualCapacity(doc, resource, week, e.value, "them");
  else if (e.type === 3) setTimePerActivity(doc, object, resource, e.value / 100, "them");
  else updateResource(doc, resource, { count: 1 + (e.value % 9) }, "them");
}

it("remove, concurrent edits elsewhere, restore == the concurrent edits alone", () => {
  fc.assert(
    fc.property(fc.constantFrom(...targets), fc.array(edit, { maxLength: 8 }), (target, edits) => {
      const [mine, theirs, expected] = [new Y.Doc(), new Y.Doc(), new Y.Doc()];
      for (const doc of [mine, theirs, expected]) Y.applyUpdate(doc, Y.encodeStateAsUpdate(original));
      const removal = removeWithRestore(mine, target[0], target[1], "me");
      expect(removal).not.toBeNull();
      for (const e of edits) {
        applyEdit(theirs, e, target);
        applyEdit(expected, e, target);
      }
      syncAll([mine, theirs]);
      expect(restoreRemoval(mine, removal!, "me")).toBe(true);
      syncAll([mine, theirs]);
      const want = docJson(expected);
      expect(docJson(mine)).toEqual(want);
      expect(docJson(theirs)).toEqual(want);
    }),
    { numRuns: 40 },
  );
});
