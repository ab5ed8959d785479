/**
 * Fine-grained edits of resources and planning objects. Each is one Y transaction with the
 * caller's `origin` (so a per-user UndoManager tracks it) and touches only the keys it changes,
 * so two people editing different cells never overwrite each other. An edit of an entity that no
 * longer exists (removed concurrently) is a no-op and returns false.
 */
import * as Y from "yjs";
import type { Acute, Adjustment, PlanningObject, Resource, WaitingList } from "@/lib/engine";
import {
  boardTypes,
  capacityResourceKey,
  childMaps,
  OBJECT_FIELDS,
  outcomeObjectKey,
  parseFlatKey,
  RESOURCE_FIELDS,
  setOrDelete,
  syncYMap,
  WAITING_LIST_FIELDS,
} from "./doc-layout";
import { deleteFromOrder, insertIntoOrder, moveInOrder } from "./doc-order";
import { adjustmentToYMap, newRowId, planningObjectToYMap, resourceToYMap } from "./doc-write";

/** A change of some resource fields; a key present with `undefined` deletes an optional field. */
export type ResourcePatch = Partial<Omit<Resource, "id">>;
/** A change of some planning object fields; nested maps and lists given are replaced. */
export type PlanningObjectPatch = Partial<Omit<PlanningObject, "id">>;

/** The nested Y.Map `key` of an entity (created only for documents written by older code). */
export function nestedMap(entity: Y.Map<unknown>, key: string): Y.Map<unknown> {
  const value = entity.get(key);
  if (value instanceof Y.Map) return value;
  const map = new Y.Map<unknown>();
  entity.set(key, map);
  return map;
}

function existingMap(entity: Y.Map<unknown> | null, key: string): Y.Map<unknown> | null {
  const value = entity?.get(key);
  return value instanceof Y.Map ? value : null;
}

function entityOf(container: Y.Map<unknown>, id: string): Y.Map<unknown> | null {
  const entity = container.get(id);
  return entity instanceof Y.Map ? entity : null;
}

function applyFields(entity: Y.Map<unknown>, patch: object, fields: readonly string[]): void {
  for (const field of fields) if (field in patch) setOrDelete(entity, field, (patch as Record<string, unknown>)[field]);
}

/** Adds a resource at visible position `index` (default: last). Throws when the id exists. */
export function addResource(doc: Y.Doc, resource: Resource, index?: number | null, origin: unknown = null): void {
  const t = boardTypes(doc);
  if (t.resources.has(resource.id)) throw new Error(`resource ${JSON.stringify(resource.id)} exists`);
  doc.transact(() => {
    t.resources.set(resource.id, resourceToYMap(resource));
    insertIntoOrder(t.resourceOrder, t.resources, resource.id, index);
  }, origin);
}

/** Changes some fields of a resource; `availability`, when given, is replaced key by key. */
export function updateResource(doc: Y.Doc, id: string, patch: ResourcePatch, origin: unknown = null): boolean {
  const entity = entityOf(boardTypes(doc).resources, id);
  if (!entity) return false;
  doc.transact(() => {
    applyFields(entity, patch, RESOURCE_FIELDS);
    if ("availability" in patch) syncYMap(nestedMap(entity, "availability"), patch.availability);
  }, origin);
  return true;
}

/**
 * Removes a resource and everything that references it, so the board stays valid: its key in
 * every planning object's timePerActivity, capacity measures on it, schedule rows on it and its
 * actual capacity. (A reference added concurrently on another peer is dropped on read.)
 */
export function removeResource(doc: Y.Doc, id: string, origin: unknown = null): boolean {
  const t = boardTypes(doc);
  if (!t.resources.has(id)) return false;
  doc.transact(() => {
    t.resources.delete(id);
    deleteFromOrder(t.resourceOrder, id);
    for (const object of t.planningObjects.values()) {
      const time = object instanceof Y.Map ? object.get("timePerActivity") : null;
      if (time instanceof Y.Map && time.has(id)) time.delete(id);
    }
    for (const [measureId, measure] of childMaps(t.measures)) {
      if (measure.get("kind") === "capacity" && measure.get("resourceId") === id) {
        t.measures.delete(measureId);
        deleteFromOrder(t.measureOrder, measureId);
      }
    }
    for (const [rowId, row] of childMaps(t.schedule)) if (row.get("resourceId") === id) t.schedule.delete(rowId);
    deleteFlatKeys(t.actualCapacity, id, capacityResourceKey(id));
  }, origin);
  return true;
}

function deleteFlatKeys(map: Y.Map<unknown>, id: string, markerKey: string): void {
  for (const key of Array.from(map.keys())) if (key === markerKey || parseFlatKey(key)?.id === id) map.delete(key);
}

/** Moves a resource to visible position `index`. */
export function moveResource(doc: Y.Doc, id: string, index: number, origin: unknown = null): boolean {
  const t = boardTypes(doc);
  let moved = false;
  doc.transact(() => {
    moved = moveInOrder(t.resourceOrder, t.resources, id, index);
  }, origin);
  return moved;
}

/** Sets (or with null clears) the availability of a resource in one week. */
export function setResourceAvailability(
  doc: Y.Doc,
  id: string,
  week: string,
  value: number | null,
  origin: unknown = null,
): boolean {
  return editNested(doc, boardTypes(doc).resources, id, "availability", week, value, origin);
}

function editNested(
  doc: Y.Doc,
  container: Y.Map<unknown>,
  id: string,
  mapKey: string,
  key: string,
  value: unknown,
  origin: unknown,
): boolean {
  const entity = entityOf(container, id);
  if (!entity) return false;
  doc.transact(() => setOrDelete(nestedMap(entity, mapKey), key, value), origin);
  return true;
}

/** Adds a planning object at visible position `index` (default: last). Throws when the id exists. */
export function addPlanningObject(
  doc: Y.Doc,
  object: PlanningObject,
  index?: number | null,
  origin: unknown = null,
): void {
  const t = boardTypes(doc);
  if (t.planningObjects.has(object.id)) throw new Error(`planning object ${JSON.stringify(object.id)} exists`);
  doc.transact(() => {
    t.planningObjects.set(object.id, planningObjectToYMap(object));
    insertIntoOrder(t.planningObjectOrder, t.planningObjects, object.id, index);
  }, origin);
}

/** Changes some fields of a planning object; nested maps given are replaced key by key. */
export function updatePlanningObject(
  doc: Y.Doc,
  id: string,
  patch: PlanningObjectPatch,
  origin: unknown = null,
): boolean {
  const entity = entityOf(boardTypes(doc).planningObjects, id);
  if (!entity) return false;
  doc.transact(() => {
    applyFields(entity, patch, OBJECT_FIELDS);
    if ("history" in patch) syncYMap(nestedMap(entity, "history"), patch.history);
    if ("timePerActivity" in patch) syncYMap(nestedMap(entity, "timePerActivity"), patch.timePerActivity);
    if ("waitingList" in patch) setWaitingList(doc, id, patch.waitingList ?? null, origin);
    if ("acute" in patch) setAcute(doc, id, patch.acute ?? null, origin);
    if ("adjustments" in patch) {
      const adjustments = nestedMap(entity, "adjustments");
      for (const key of Array.from(adjustments.keys())) adjustments.delete(key);
      patch.adjustments?.forEach((adjustment, i) => {
        adjustments.set(newRowId(), adjustmentToYMap(adjustment, i));
      });
    }
  }, origin);
  return true;
}

/**
 * Removes a planning object and what references it: need measures on it, its schedule rows and
 * its outcomes.
 */
export function removePlanningObject(doc: Y.Doc, id: string, origin: unknown = null): boolean {
  const t = boardTypes(doc);
  if (!t.planningObjects.has(id)) return false;
  doc.transact(() => {
    t.planningObjects.delete(id);
    deleteFromOrder(t.planningObjectOrder, id);
    for (const [measureId, measure] of childMaps(t.measures)) {
      if (measure.get("kind") === "need" && measure.get("planningObjectId") === id) {
        t.measures.delete(measureId);
        deleteFromOrder(t.measureOrder, measureId);
      }
    }
    for (const [rowId, row] of childMaps(t.schedule)) {
      if (row.get("planningObjectId") === id) t.schedule.delete(rowId);
    }
    deleteFlatKeys(t.outcomes, id, outcomeObjectKey(id));
  }, origin);
  return true;
}

/** Moves a planning object to visible position `index`. */
export function movePlanningObject(doc: Y.Doc, id: string, index: number, origin: unknown = null): boolean {
  const t = boardTypes(doc);
  let moved = false;
  doc.transact(() => {
    moved = moveInOrder(t.planningObjectOrder, t.planningObjects, id, index);
  }, origin);
  return moved;
}

/** Sets (or with null clears) one week of a planning object's demand history. */
export function setHistoryValue(
  doc: Y.Doc,
  planningObjectId: string,
  week: string,
  value: number | null,
  origin: unknown = null,
): boolean {
  return editNested(doc, boardTypes(doc).planningObjects, planningObjectId, "history", week, value, origin);
}

/** Sets (or with null clears) the hours of one resource per activity of a planning object. */
export function setTimePerActivity(
  doc: Y.Doc,
  planningObjectId: string,
  resourceId: string,
  hours: number | null,
  origin: unknown = null,
): boolean {
  const objects = boardTypes(doc).planningObjects;
  return editNested(doc, objects, planningObjectId, "timePerActivity", resourceId, hours, origin);
}

/** Sets the waiting list (each field its own key, so concurrent field edits merge), or clears it. */
export function setWaitingList(
  doc: Y.Doc,
  planningObjectId: string,
  waitingList: WaitingList | null,
  origin: unknown = null,
): boolean {
  const entity = entityOf(boardTypes(doc).planningObjects, planningObjectId);
  if (!entity) return false;
  doc.transact(() => {
    const map = nestedMap(entity, "waitingList");
    for (const field of WAITING_LIST_FIELDS) setOrDelete(map, field, waitingList?.[field]);
  }, origin);
  return true;
}

/** Sets the acute dimensioning input, or clears it. */
export function setAcute(doc: Y.Doc, planningObjectId: string, acute: Acute | null, origin: unknown = null): boolean {
  const entity = entityOf(boardTypes(doc).planningObjects, planningObjectId);
  if (!entity) return false;
  doc.transact(() => {
    const map = nestedMap(entity, "acute");
    setOrDelete(map, "dailyDemand", acute ? [...acute.dailyDemand] : null);
    setOrDelete(map, "coveragePct", acute?.coveragePct);
    setOrDelete(map, "daysPerWeek", acute?.daysPerWeek);
  }, origin);
  return true;
}

/** Appends an adjustment; returns its id (see adjustmentIds), or null when the object is gone. */
export function addAdjustment(
  doc: Y.Doc,
  planningObjectId: string,
  adjustment: Adjustment,
  origin: unknown = null,
): string | null {
  const entity = entityOf(boardTypes(doc).planningObjects, planningObjectId);
  if (!entity) return null;
  const id = newRowId();
  doc.transact(() => {
    const adjustments = nestedMap(entity, "adjustments");
    adjustments.set(id, adjustmentToYMap(adjustment, nextPos(adjustments)));
  }, origin);
  return id;
}

/** One past the largest `pos` of the rows in `map` (concurrent appends tie and sort by id). */
export function nextPos(map: Y.Map<unknown>): number {
  let max = -1;
  for (const row of map.values()) {
    const pos = row instanceof Y.Map ? row.get("pos") : undefined;
    if (typeof pos === "number" && pos > max) max = pos;
  }
  return max + 1;
}

/** Changes fields of an adjustment; `from`/`to` present with undefined open that end. */
export function updateAdjustment(
  doc: Y.Doc,
  planningObjectId: string,
  adjustmentId: string,
  patch: Partial<Adjustment>,
  origin: unknown = null,
): boolean {
  const entity = entityOf(boardTypes(doc).planningObjects, planningObjectId);
  const row = existingMap(entity, "adjustments")?.get(adjustmentId);
  if (!(row instanceof Y.Map)) return false;
  doc.transact(() => applyFields(row, patch, ["from", "to", "perWeek"]), origin);
  return true;
}

/** Removes an adjustment. */
export function removeAdjustment(
  doc: Y.Doc,
  planningObjectId: string,
  adjustmentId: string,
  origin: unknown = null,
): boolean {
  const entity = entityOf(boardTypes(doc).planningObjects, planningObjectId);
  const adjustments = existingMap(entity, "adjustments");
  if (!adjustments?.has(adjustmentId)) return false;
  doc.transact(() => adjustments.delete(adjustmentId), origin);
  return true;
}
