/**
 * Grid cell edits as data, so that a range paste or fill is applied as ONE transaction: one
 * update on the wire and one step for the user's UndoManager.
 */
import * as Y from "yjs";
import { setActualCapacity, setOutcomeValue } from "./doc-edit-board";
import {
  setHistoryValue,
  setResourceAvailability,
  setTimePerActivity,
  updatePlanningObject,
  updateResource,
} from "./doc-edit-entities";
import type { OBJECT_FIELDS, OutcomeField, RESOURCE_FIELDS } from "./doc-layout";
import { boardTypes, setOrDelete } from "./doc-layout";

/** One grid cell edit; `value: null` clears the cell. */
export type CellEdit =
  | { kind: "history"; planningObjectId: string; week: string; value: number | null }
  | { kind: "availability"; resourceId: string; week: string; value: number | null }
  | { kind: "timePerActivity"; planningObjectId: string; resourceId: string; value: number | null }
  | { kind: "outcome"; planningObjectId: string; week: string; field: OutcomeField; value: number | null }
  | { kind: "actualCapacity"; resourceId: string; week: string; value: number | null }
  | {
      kind: "resource";
      resourceId: string;
      field: (typeof RESOURCE_FIELDS)[number];
      value: string | number | null;
    }
  | {
      kind: "planningObject";
      planningObjectId: string;
      field: (typeof OBJECT_FIELDS)[number];
      value: string | number | null;
    }
  | {
      kind: "waitingList";
      planningObjectId: string;
      field: "current" | "target" | "targetWeek";
      value: string | number | null;
    };

function applyCell(doc: Y.Doc, edit: CellEdit, origin: unknown): void {
  switch (edit.kind) {
    case "history":
      setHistoryValue(doc, edit.planningObjectId, edit.week, edit.value, origin);
      return;
    case "availability":
      setResourceAvailability(doc, edit.resourceId, edit.week, edit.value, origin);
      return;
    case "timePerActivity":
      setTimePerActivity(doc, edit.planningObjectId, edit.resourceId, edit.value, origin);
      return;
    case "outcome":
      setOutcomeValue(doc, edit.planningObjectId, edit.week, edit.field, edit.value, origin);
      return;
    case "actualCapacity":
      setActualCapacity(doc, edit.resourceId, edit.week, edit.value, origin);
      return;
    case "resource":
      updateResource(doc, edit.resourceId, { [edit.field]: edit.value ?? undefined }, origin);
      return;
    case "planningObject":
      updatePlanningObject(doc, edit.planningObjectId, { [edit.field]: edit.value ?? undefined }, origin);
      return;
    case "waitingList": {
      const object = boardTypes(doc).planningObjects.get(edit.planningObjectId);
      const map = object instanceof Y.Map ? object.get("waitingList") : null;
      if (map instanceof Y.Map) doc.transact(() => setOrDelete(map, edit.field, edit.value), origin);
      return;
    }
  }
}

/**
 * Applies many cell edits in one transaction (range paste, fill down): peers receive one update
 * and the editing user undoes it in one step. Edits of vanished entities are skipped.
 */
export function setCells(doc: Y.Doc, edits: readonly CellEdit[], origin: unknown = null): void {
  doc.transact(() => {
    for (const edit of edits) applyCell(doc, edit, origin);
  }, origin);
}
