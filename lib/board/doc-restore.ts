/**
 * Removal with "Ångra": `removeWithRestore` captures, as plain values, everything a removal of a
 * planning object, a resource or a measure deletes (see doc-edit-entities.ts: the entity with its
 * nested maps, its place in the order, the measures referencing it with their meta, its schedule
 * rows, its outcomes or actual capacity, a resource's time per activity in every object), then
 * removes it; `restoreRemoval` puts exactly that back in one Y transaction. Unlike Y.UndoManager
 * this touches nothing else, so the person's other edits and everyone else's edits made meanwhile
 * are kept.
 */
import * as Y from "yjs";
import { removeMeasure } from "./doc-edit-board";
import { removePlanningObject, removeResource } from "./doc-edit-entities";
import {
  boardTypes,
  capacityResourceKey,
  childMaps,
  MEASURE_META_MAP,
  outcomeObjectKey,
  parseFlatKey,
} from "./doc-layout";
import { insertIntoOrder } from "./doc-order";
import { buildFromPlain, capturePlain, type PlainNode } from "./doc-plain";
import { visibleOrder } from "./doc-read-parts";

/** What can be removed with a way back. */
export type RemovableKind = "planningObject" | "resource" | "measure";

/** One entity of an id map with an order array, and where it stood. */
export interface CapturedEntity {
  id: string;
  node: PlainNode;
  /** Visible neighbours and position at removal, to put it back in the same place. */
  previousId: string | null;
  nextId: string | null;
  index: number;
}

/** Everything one removal deleted, as plain (structured-clonable) values. */
export interface BoardRemoval {
  kind: RemovableKind;
  entity: CapturedEntity;
  /** Measures removed with the entity (need measures of an object, capacity measures of a resource). */
  measures: CapturedEntity[];
  /** `pks.measureMeta` entries of the removed measures. */
  measureMeta: [string, unknown][];
  /** Schedule rows by row id. */
  schedule: [string, PlainNode][];
  /** Outcome keys (planning object) or actual-capacity keys (resource). */
  flat: [string, unknown][];
  /** A resource's hours in each planning object's timePerActivity: [objectId, hours]. */
  timePerActivity: [string, unknown][];
}

interface Containers {
  map: Y.Map<unknown>;
  order: Y.Array<string>;
}

function containersOf(doc: Y.Doc, kind: RemovableKind): Containers {
  const t = boardTypes(doc);
  if (kind === "planningObject") return { map: t.planningObjects, order: t.planningObjectOrder };
  if (kind === "resource") return { map: t.resources, order: t.resourceOrder };
  return { map: t.measures, order: t.measureOrder };
}

function captureEntity({ map, order }: Containers, id: string): CapturedEntity | null {
  const value = map.get(id);
  if (!(value instanceof Y.Map)) return null;
  const visible = visibleOrder(order, map);
  const index = visible.indexOf(id);
  return {
    id,
    node: capturePlain(value),
    previousId: index > 0 ? visible[index - 1] : null,
    nextId: index >= 0 && index + 1 < visible.length ? visible[index + 1] : null,
    index: index >= 0 ? index : visible.length,
  };
}

function measureMetaOf(doc: Y.Doc, measureIds: ReadonlySet<string>): [string, unknown][] {
  const out: [string, unknown][] = [];
  doc.getMap(MEASURE_META_MAP).forEach((value, key) => {
    try {
      const parsed = JSON.parse(key) as unknown;
      if (Array.isArray(parsed) && measureIds.has(parsed[0])) out.push([key, structuredClone(value)]);
    } catch {
      // A malformed key belongs to no measure.
    }
  });
  return out;
}

function flatEntries(map: Y.Map<unknown>, id: string, markerKey: string): [string, unknown][] {
  return Array.from(map.entries())
    .filter(([key]) => key === markerKey || parseFlatKey(key)?.id === id)
    .map(([key, value]) => [key, structuredClone(value)]);
}

/** Captures what removing `kind` `id` would delete, without changing the document; null when it is absent. */
export function captureRemoval(doc: Y.Doc, kind: RemovableKind, id: string): BoardRemoval | null {
  const entity = captureEntity(containersOf(doc, kind), id);
  if (!entity) return null;
  const t = boardTypes(doc);
  const removal: BoardRemoval = {
    kind,
    entity,
    measures: [],
    measureMeta: [],
    schedule: [],
    flat: [],
    timePerActivity: [],
  };
  const [measureKind, refField] = kind === "resource" ? ["capacity", "resourceId"] : ["need", "planningObjectId"];
  if (kind !== "measure") {
    const measureContainers = containersOf(doc, "measure");
    for (const [measureId, measure] of childMaps(t.measures)) {
      if (measure.get("kind") !== measureKind || measure.get(refField) !== id) continue;
      const captured = captureEntity(measureContainers, measureId);
      if (captured) removal.measures.push(captured);
    }
    removal.measures.sort((a, b) => a.index - b.index);
    for (const [rowId, row] of childMaps(t.schedule))
      if (row.get(refField) === id) removal.schedule.push([rowId, capturePlain(row)]);
  }
  const measureIds = kind === "measure" ? [id] : removal.measures.map((m) => m.id);
  removal.measureMeta = measureMetaOf(doc, new Set(measureIds));
  if (kind === "planningObject") removal.flat = flatEntries(t.outcomes, id, outcomeObjectKey(id));
  if (kind === "resource") {
    removal.flat = flatEntries(t.actualCapacity, id, capacityResourceKey(id));
    for (const [objectId, object] of childMaps(t.planningObjects)) {
      const time = object.get("timePerActivity");
      if (time instanceof Y.Map && time.has(id)) removal.timePerActivity.push([objectId, time.get(id)]);
    }
  }
  return removal;
}

/**
 * Removes a planning object, resource or measure (a measure together with its meta) in one
 * transaction and returns what was removed, for `restoreRemoval`; null when it was not there.
 */
export function removeWithRestore(
  doc: Y.Doc,
  kind: RemovableKind,
  id: string,
  origin: unknown = null,
): BoardRemoval | null {
  const removal = captureRemoval(doc, kind, id);
  if (!removal) return null;
  doc.transact(() => {
    if (kind === "planningObject") removePlanningObject(doc, id, origin);
    else if (kind === "resource") removeResource(doc, id, origin);
    else removeMeasure(doc, id, origin);
    const meta = doc.getMap(MEASURE_META_MAP);
    for (const [key] of removal.measureMeta) meta.delete(key);
  }, origin);
  return removal;
}

function restoreEntity({ map, order }: Containers, entity: CapturedEntity): boolean {
  if (map.has(entity.id)) return false;
  map.set(entity.id, buildFromPlain(entity.node));
  const visible = visibleOrder(order, map).filter((other) => other !== entity.id);
  let index = entity.index;
  if (entity.previousId !== null && visible.includes(entity.previousId)) index = visible.indexOf(entity.previousId) + 1;
  else if (entity.nextId !== null && visible.includes(entity.nextId)) index = visible.indexOf(entity.nextId);
  if (!order.toArray().includes(entity.id)) insertIntoOrder(order, map, entity.id, index);
  return true;
}

/**
 * Puts back exactly what `removeWithRestore` removed, in one transaction with `origin`. Edits
 * made meanwhile to other entities (by anyone) are kept. False, changing nothing, when the entity
 * exists again (already restored, e.g. by Ctrl+Z).
 */
export function restoreRemoval(doc: Y.Doc, removal: BoardRemoval, origin: unknown = null): boolean {
  const t = boardTypes(doc);
  if (containersOf(doc, removal.kind).map.has(removal.entity.id)) return false;
  doc.transact(() => {
    restoreEntity(containersOf(doc, removal.kind), removal.entity);
    const measureContainers = containersOf(doc, "measure");
    for (const measure of removal.measures) restoreEntity(measureContainers, measure);
    const meta = doc.getMap(MEASURE_META_MAP);
    for (const [key, value] of removal.measureMeta) meta.set(key, structuredClone(value));
    for (const [rowId, node] of removal.schedule)
      if (!t.schedule.has(rowId)) t.schedule.set(rowId, buildFromPlain(node));
    const flat = removal.kind === "resource" ? t.actualCapacity : t.outcomes;
    for (const [key, value] of removal.flat) if (flat.get(key) !== value) flat.set(key, structuredClone(value));
    for (const [objectId, hours] of removal.timePerActivity) {
      const time = t.planningObjects.get(objectId);
      const map = time instanceof Y.Map ? time.get("timePerActivity") : null;
      if (map instanceof Y.Map && !map.has(removal.entity.id)) map.set(removal.entity.id, hours);
    }
  }, origin);
  return true;
}
