/**
 * Y types → a plain `pks-board` v2 value, incrementally. A per-document cache, invalidated by
 * `observeDeep` per resource, planning object, measure, outcome entry and capacity entry, keeps
 * every part that did not change identical (===) between calls, which is what the incremental
 * engine (lib/engine/engine.ts) relies on. Read after a transaction has ended (in a doc
 * `update`/`afterTransaction` handler or later): observers run at the end of each transaction.
 */
import * as Y from "yjs";
import type { Calendar, Measure, Outcome, PksBoard, PlanningObject, Resource, ScheduleRow } from "@/lib/engine";
import { type BoardTypes, boardTypes } from "./doc-layout";
import {
  collectEntityIds,
  indexFlatKeys,
  num,
  put,
  type Rec,
  readCapacityEntry,
  readMeasure,
  readObject,
  readOutcomeEntry,
  readResource,
  readScheduleRow,
  sameList,
  sortedByPos,
  str,
  visibleOrder,
} from "./doc-read-parts";
import { legacyMeasureMetaMap, legacyMetaMeasureId, withLegacyMeta } from "./measure-meta";

type Events = Y.YEvent<Y.AbstractType<unknown>>[];

class BoardReadCache {
  private readonly types: BoardTypes;
  private readonly legacyMeta: Y.Map<unknown>;
  private board: PksBoard | null = null;
  private dirtyParts = new Set<string>(["meta", "horizon", "calendar", "resourceOrder", "objectOrder", "schedule"]);
  private readonly dirtyResources = new Set<string>();
  private readonly dirtyObjects = new Set<string>();
  private readonly dirtyMeasures = new Set<string>();
  private readonly dirtyOutcomes = new Set<string>();
  private readonly dirtyCapacity = new Set<string>();
  private readonly outcomeKeys = new Map<string, Set<string>>();
  private readonly capacityKeys = new Map<string, Set<string>>();
  private readonly resources = new Map<string, Resource>();
  private readonly objects = new Map<string, { value: PlanningObject; adjustmentIds: string[] }>();
  private readonly measures = new Map<string, Measure>();
  private readonly outcomeEntries = new Map<string, Record<string, Outcome>>();
  private readonly capacityEntries = new Map<string, Record<string, number>>();
  scheduleIds: string[] = [];

  constructor(doc: Y.Doc) {
    const t = boardTypes(doc);
    this.types = t;
    this.legacyMeta = legacyMeasureMetaMap(doc);
    this.legacyMeta.observe((event) => {
      for (const key of event.keysChanged) {
        const id = legacyMetaMeasureId(key);
        if (id !== null) this.dirtyMeasures.add(id);
      }
    });
    const flag = (part: string) => () => this.dirtyParts.add(part);
    t.meta.observeDeep(flag("meta"));
    t.horizon.observeDeep(flag("horizon"));
    t.calendar.observeDeep(flag("calendar"));
    t.lowProductionWeeks.observeDeep(flag("calendar"));
    t.resourceOrder.observe(flag("resourceOrder"));
    t.planningObjectOrder.observe(flag("objectOrder"));
    t.measureOrder.observe(flag("measureOrder"));
    t.schedule.observeDeep(flag("schedule"));
    t.resources.observeDeep((events: Events) => collectEntityIds(events, t.resources, this.dirtyResources));
    t.planningObjects.observeDeep((events: Events) => collectEntityIds(events, t.planningObjects, this.dirtyObjects));
    t.measures.observeDeep((events: Events) => collectEntityIds(events, t.measures, this.dirtyMeasures));
    t.outcomes.observe((event) => indexFlatKeys(t.outcomes, event.keysChanged, this.outcomeKeys, this.dirtyOutcomes));
    t.actualCapacity.observe((event) =>
      indexFlatKeys(t.actualCapacity, event.keysChanged, this.capacityKeys, this.dirtyCapacity),
    );
    indexFlatKeys(t.outcomes, t.outcomes.keys(), this.outcomeKeys, this.dirtyOutcomes);
    indexFlatKeys(t.actualCapacity, t.actualCapacity.keys(), this.capacityKeys, this.dirtyCapacity);
    for (const id of t.resources.keys()) this.dirtyResources.add(id);
    for (const id of t.planningObjects.keys()) this.dirtyObjects.add(id);
    for (const id of t.measures.keys()) this.dirtyMeasures.add(id);
  }

  private isClean(): boolean {
    return (
      this.board !== null &&
      this.dirtyParts.size === 0 &&
      this.dirtyResources.size === 0 &&
      this.dirtyObjects.size === 0 &&
      this.dirtyMeasures.size === 0 &&
      this.dirtyOutcomes.size === 0 &&
      this.dirtyCapacity.size === 0
    );
  }

  adjustmentIds(poId: string): string[] {
    this.read();
    return this.objects.get(poId)?.adjustmentIds ?? [];
  }

  read(): PksBoard {
    if (this.isClean()) return this.board as PksBoard;
    const prev = this.board;
    const parts = this.dirtyParts;
    this.dirtyParts = new Set();
    const info = parts.has("meta") || !prev ? this.readInfo() : prev.board;
    const horizon = parts.has("horizon") || !prev ? this.readHorizon() : prev.horizon;
    const calendar = parts.has("calendar") || !prev ? this.readCalendar() : prev.calendar;
    const resources = this.readResources(prev, parts.has("resourceOrder"));
    const resourcesChanged = !sameIds(prev?.resources, resources);
    const objects = this.readObjects(prev, parts.has("objectOrder"), resources, resourcesChanged);
    const objectsChanged = !sameIds(prev?.planningObjects, objects);
    const idsChanged = resourcesChanged || objectsChanged;
    const ids = { resources: idSet(resources), objects: idSet(objects) };
    const measures =
      parts.has("measureOrder") || this.dirtyMeasures.size > 0 || idsChanged || !prev
        ? this.readMeasures(prev, ids)
        : prev.measures;
    const outcomes = this.readOutcomes(prev, objects, objectsChanged);
    const actualCapacity = this.readCapacity(prev, resources, resourcesChanged);
    const schedule = parts.has("schedule") || idsChanged || !prev ? this.readSchedule(ids) : prev.schedule;
    const board: Rec = { format: "pks-board", version: 2, board: info, horizon };
    put(board, "calendar", calendar);
    board.resources = resources;
    board.planningObjects = objects;
    put(board, "measures", measures);
    put(board, "outcomes", outcomes);
    put(board, "actualCapacity", actualCapacity);
    put(board, "schedule", schedule);
    const next = board as unknown as PksBoard;
    this.board = prev && sameBoard(prev, next) ? prev : next;
    return this.board;
  }

  private readInfo(): PksBoard["board"] {
    const meta = this.types.meta;
    const info: Rec = { name: str(meta.get("name")) ?? "" };
    put(info, "unit", str(meta.get("unit")));
    put(info, "level", str(meta.get("level")));
    put(info, "deviationThresholdPct", num(meta.get("deviationThresholdPct")));
    return info as PksBoard["board"];
  }

  private readHorizon(): PksBoard["horizon"] {
    return { start: str(this.types.horizon.get("start")) ?? "", weeks: num(this.types.horizon.get("weeks")) ?? 0 };
  }

  private readCalendar(): Calendar | undefined {
    const calendar: Rec = {};
    const weeks = Array.from(this.types.lowProductionWeeks.keys()).sort();
    if (weeks.length > 0) calendar.lowProductionWeeks = weeks;
    put(calendar, "lowProductionAvailability", num(this.types.calendar.get("lowProductionAvailability")));
    put(calendar, "balancePeriod", str(this.types.calendar.get("balancePeriod")));
    return Object.keys(calendar).length > 0 ? (calendar as Calendar) : undefined;
  }

  private readResources(prev: PksBoard | null, orderDirty: boolean): Resource[] {
    if (prev && !orderDirty && this.dirtyResources.size === 0) return prev.resources;
    const map = this.types.resources;
    for (const id of this.dirtyResources) {
      const entity = map.get(id);
      if (entity instanceof Y.Map) this.resources.set(id, readResource(id, entity));
      else this.resources.delete(id);
    }
    this.dirtyResources.clear();
    const list = visibleOrder(this.types.resourceOrder, map).map((id) => this.resources.get(id) as Resource);
    return prev && sameList(prev.resources, list) ? prev.resources : list;
  }

  private readObjects(prev: PksBoard | null, orderDirty: boolean, resources: Resource[], resourcesChanged: boolean) {
    if (prev && !orderDirty && this.dirtyObjects.size === 0 && !resourcesChanged) return prev.planningObjects;
    const map = this.types.planningObjects;
    // timePerActivity drops removed resources and is ordered by resources: re-read all on a change.
    const dirty = resourcesChanged ? new Set(map.keys()) : this.dirtyObjects;
    const resourceIndex = new Map(resources.map((r, i) => [r.id, i]));
    for (const id of dirty) {
      const entity = map.get(id);
      if (entity instanceof Y.Map) this.objects.set(id, readObject(id, entity, resourceIndex));
      else this.objects.delete(id);
    }
    this.dirtyObjects.clear();
    const list = visibleOrder(this.types.planningObjectOrder, map).map(
      (id) => this.objects.get(id)?.value as PlanningObject,
    );
    return prev && sameList(prev.planningObjects, list) ? prev.planningObjects : list;
  }

  private readMeasures(prev: PksBoard | null, ids: Ids): Measure[] | undefined {
    const map = this.types.measures;
    for (const id of this.dirtyMeasures) {
      const entity = map.get(id);
      if (entity instanceof Y.Map) this.measures.set(id, withLegacyMeta(readMeasure(id, entity), this.legacyMeta));
      else this.measures.delete(id);
    }
    this.dirtyMeasures.clear();
    const list = visibleOrder(this.types.measureOrder, map)
      .map((id) => this.measures.get(id) as Measure)
      .filter((m) => (m.kind === "capacity" ? ids.resources.has(m.resourceId) : ids.objects.has(m.planningObjectId)));
    if (list.length === 0) return undefined;
    return prev?.measures && sameList(prev.measures, list) ? prev.measures : list;
  }

  private readOutcomes(prev: PksBoard | null, objects: PlanningObject[], objectsChanged: boolean) {
    if (prev && !objectsChanged && this.dirtyOutcomes.size === 0) return prev.outcomes;
    for (const id of this.dirtyOutcomes) {
      const keys = this.outcomeKeys.get(id);
      if (keys) this.outcomeEntries.set(id, readOutcomeEntry(this.types.outcomes, keys));
      else this.outcomeEntries.delete(id);
    }
    this.dirtyOutcomes.clear();
    return assembleRecord(prev?.outcomes, objects, this.outcomeEntries);
  }

  private readCapacity(prev: PksBoard | null, resources: Resource[], resourcesChanged: boolean) {
    if (prev && !resourcesChanged && this.dirtyCapacity.size === 0) return prev.actualCapacity;
    for (const id of this.dirtyCapacity) {
      const keys = this.capacityKeys.get(id);
      if (keys) this.capacityEntries.set(id, readCapacityEntry(this.types.actualCapacity, keys));
      else this.capacityEntries.delete(id);
    }
    this.dirtyCapacity.clear();
    return assembleRecord(prev?.actualCapacity, resources, this.capacityEntries);
  }

  private readSchedule(ids: Ids): ScheduleRow[] | undefined {
    const rows: ScheduleRow[] = [];
    const rowIds: string[] = [];
    for (const [id, map] of sortedByPos(this.types.schedule)) {
      const row = readScheduleRow(map);
      if (!ids.resources.has(row.resourceId) || !ids.objects.has(row.planningObjectId)) continue;
      rows.push(row);
      rowIds.push(id);
    }
    this.scheduleIds = rowIds;
    return rows.length > 0 ? rows : undefined;
  }
}

type Ids = { resources: Set<string>; objects: Set<string> };

function idSet(list: readonly { id: string }[]): Set<string> {
  return new Set(list.map((item) => item.id));
}

function sameIds(a: readonly { id: string }[] | undefined, b: readonly { id: string }[]): boolean {
  return a !== undefined && a.length === b.length && a.every((item, i) => item.id === b[i].id);
}

/** A record of the entries of `owners` (in their order) that have one; the previous record when equal. */
function assembleRecord<T>(
  prev: Record<string, T> | undefined,
  owners: readonly { id: string }[],
  entries: Map<string, T>,
): Record<string, T> | undefined {
  const record: Record<string, T> = {};
  let count = 0;
  for (const { id } of owners) {
    const entry = entries.get(id);
    if (entry === undefined) continue;
    record[id] = entry;
    count++;
  }
  if (count === 0) return undefined;
  if (!prev) return record;
  const prevKeys = Object.keys(prev);
  const keys = Object.keys(record);
  const same = prevKeys.length === count && keys.every((key, i) => prevKeys[i] === key && prev[key] === record[key]);
  return same ? prev : record;
}

const BOARD_KEYS = [
  "board",
  "horizon",
  "calendar",
  "resources",
  "planningObjects",
  "measures",
  "outcomes",
  "actualCapacity",
  "schedule",
] as const;

function sameBoard(a: PksBoard, b: PksBoard): boolean {
  return BOARD_KEYS.every((key) => a[key] === b[key]);
}

const caches = new WeakMap<Y.Doc, BoardReadCache>();

function cacheOf(doc: Y.Doc): BoardReadCache {
  let cache = caches.get(doc);
  if (!cache) {
    cache = new BoardReadCache(doc);
    caches.set(doc, cache);
  }
  return cache;
}

/**
 * The board held by `doc` as a `pks-board` v2 value. Unchanged parts (board info, horizon,
 * calendar, each resource, planning object and measure, each outcome/actual-capacity entry, and
 * every list or record none of whose members changed) are the same objects as in the previous
 * call; when nothing changed the same board object is returned. Never mutate the result.
 */
export function readBoardFromDoc(doc: Y.Doc): PksBoard {
  return cacheOf(doc).read();
}

/** Ids of a planning object's adjustments, parallel to `planningObjects[i].adjustments`. */
export function adjustmentIds(doc: Y.Doc, planningObjectId: string): string[] {
  return cacheOf(doc).adjustmentIds(planningObjectId);
}

/** Ids of the schedule rows, parallel to `readBoardFromDoc(doc).schedule`. */
export function scheduleRowIds(doc: Y.Doc): string[] {
  const cache = cacheOf(doc);
  cache.read();
  return cache.scheduleIds;
}
