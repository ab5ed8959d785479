/**
 * Restoring as a new change on top: the edits to apply to a live document so that it holds a
 * version's content again (or one removed planning object, resource or measure from it), without
 * rewriting history. Pure Yjs; the caller applies them inside the live room (`withRoom`).
 */
import * as Y from "yjs";
import {
  addMeasure,
  addPlanningObject,
  addResource,
  addScheduleRow,
  boardTypes,
  setActualCapacity,
  setOutcomeValue,
  setTimePerActivity,
} from "@/lib/board/doc-model";
import type { PksBoard } from "@/lib/engine";
import type { RestorableRef } from "./diff-parts";

const REVERT = Symbol("revert");

/**
 * The update that turns `current` back into the version stored as `versionState`, as new
 * operations: the changes made since the version are replayed on a copy of it and undone there
 * (Y.UndoManager keeps the content of what they deleted), so deleted items come back as new
 * items and later insertions are deleted. `versionState` must be an earlier state of the same
 * document (a version of it). Empty when nothing differs.
 */
export function computeRevertUpdate(current: Y.Doc, versionState: Uint8Array): Uint8Array {
  const copy = new Y.Doc();
  try {
    Y.applyUpdate(copy, versionState);
    const undo = new Y.UndoManager(copy, { trackedOrigins: new Set([REVERT]), captureTimeout: 0 });
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(current, Y.encodeStateVector(copy)), REVERT);
    undo.undo();
    undo.destroy();
    return Y.encodeStateAsUpdate(copy, Y.encodeStateVector(current));
  } finally {
    copy.destroy();
  }
}

/** Applies a whole-version restore to the live document (inside the caller's transaction). */
export function applyVersionRestore(doc: Y.Doc, versionState: Uint8Array, origin: unknown = null): void {
  Y.applyUpdate(doc, computeRevertUpdate(doc, versionState), origin);
}

/** Why a single item cannot be restored. */
export type ItemRestoreError = "itemNotInVersion" | "itemExists";

function restoreObject(doc: Y.Doc, version: PksBoard, id: string, origin: unknown): void {
  const index = version.planningObjects.findIndex((o) => o.id === id);
  addPlanningObject(doc, version.planningObjects[index], index, origin);
  for (const [week, outcome] of Object.entries(version.outcomes?.[id] ?? {})) {
    for (const field of ["produced", "inflow", "waiting"] as const) {
      const value = outcome[field];
      if (value !== undefined) setOutcomeValue(doc, id, week, field, value, origin);
    }
  }
  const t = boardTypes(doc);
  for (const measure of version.measures ?? []) {
    if (measure.kind === "need" && measure.planningObjectId === id && !t.measures.has(measure.id))
      addMeasure(doc, measure, null, origin);
  }
  for (const row of version.schedule ?? []) {
    if (row.planningObjectId === id && t.resources.has(row.resourceId)) addScheduleRow(doc, row, origin);
  }
}

function restoreResource(doc: Y.Doc, version: PksBoard, id: string, origin: unknown): void {
  const index = version.resources.findIndex((r) => r.id === id);
  addResource(doc, version.resources[index], index, origin);
  for (const [week, hours] of Object.entries(version.actualCapacity?.[id] ?? {}))
    setActualCapacity(doc, id, week, hours, origin);
  const t = boardTypes(doc);
  for (const object of version.planningObjects) {
    const hours = object.timePerActivity?.[id];
    if (hours !== undefined && t.planningObjects.has(object.id)) setTimePerActivity(doc, object.id, id, hours, origin);
  }
  for (const measure of version.measures ?? []) {
    if (measure.kind === "capacity" && measure.resourceId === id && !t.measures.has(measure.id))
      addMeasure(doc, measure, null, origin);
  }
  for (const row of version.schedule ?? []) {
    if (row.resourceId === id && t.planningObjects.has(row.planningObjectId)) addScheduleRow(doc, row, origin);
  }
}

/**
 * Puts one planning object (with its history, outcomes, need measures and schedule rows), resource
 * (with its actual capacity, times per activity, capacity measures and schedule rows) or measure
 * from `version` back on the live board, as new edits in one transaction.
 */
export function applyItemRestore(
  doc: Y.Doc,
  version: PksBoard,
  item: RestorableRef,
  origin: unknown = null,
): ItemRestoreError | null {
  const list =
    item.kind === "planningObject"
      ? version.planningObjects
      : item.kind === "resource"
        ? version.resources
        : (version.measures ?? []);
  if (!list.some((entry) => entry.id === item.id)) return "itemNotInVersion";
  const t = boardTypes(doc);
  const liveMap =
    item.kind === "planningObject" ? t.planningObjects : item.kind === "resource" ? t.resources : t.measures;
  if (liveMap.has(item.id)) return "itemExists";
  doc.transact(() => {
    if (item.kind === "planningObject") restoreObject(doc, version, item.id, origin);
    else if (item.kind === "resource") restoreResource(doc, version, item.id, origin);
    else {
      const index = (version.measures ?? []).findIndex((m) => m.id === item.id);
      addMeasure(doc, version.measures![index], index, origin);
    }
  }, origin);
  return null;
}
