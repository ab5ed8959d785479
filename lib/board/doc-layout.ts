/**
 * The Y layout of a board (docs/board-model.md). Every container a client may write into exists
 * before any concurrent edit can reach it: the containers of the board are top-level types (Yjs
 * creates those by name, so two clients can never create rival copies), and an entity's nested
 * maps are created together with the entity. A lazily created nested map would be a race: two
 * clients typing the first value into it at once each create one, and one of them loses.
 */
import * as Y from "yjs";

/** Names of the board's top-level Y types. Rich text lives beside them under `rt:<key>`. */
export const BOARD_TYPE_NAMES = {
  meta: "pks.meta",
  horizon: "pks.horizon",
  calendar: "pks.calendar",
  lowProductionWeeks: "pks.lowProductionWeeks",
  resources: "pks.resources",
  resourceOrder: "pks.resourceOrder",
  planningObjects: "pks.planningObjects",
  planningObjectOrder: "pks.planningObjectOrder",
  measures: "pks.measures",
  measureOrder: "pks.measureOrder",
  outcomes: "pks.outcomes",
  actualCapacity: "pks.actualCapacity",
  schedule: "pks.schedule",
} as const;

/** The board's top-level Y types of one document. */
export interface BoardTypes {
  /** name, unit, level, deviationThresholdPct */
  meta: Y.Map<unknown>;
  /** start, weeks */
  horizon: Y.Map<unknown>;
  /** lowProductionAvailability, balancePeriod */
  calendar: Y.Map<unknown>;
  /** week → true: a set, so concurrent adds of one week never duplicate it */
  lowProductionWeeks: Y.Map<unknown>;
  /** resource id → resource fields (availability: Y.Map week → share) */
  resources: Y.Map<unknown>;
  resourceOrder: Y.Array<string>;
  /** planning object id → fields (history, timePerActivity, adjustments, waitingList, acute: Y.Map) */
  planningObjects: Y.Map<unknown>;
  planningObjectOrder: Y.Array<string>;
  /** measure id → measure fields */
  measures: Y.Map<unknown>;
  measureOrder: Y.Array<string>;
  /** flat: outcomeKey(...) → number | true (marker); one key per cell, see outcomeValueKey */
  outcomes: Y.Map<unknown>;
  /** flat: capacityKey(...) → number | true (marker) */
  actualCapacity: Y.Map<unknown>;
  /** row id → row fields + `pos` (sort key) */
  schedule: Y.Map<unknown>;
}

/** The board's top-level types (creating them on first use). */
export function boardTypes(doc: Y.Doc): BoardTypes {
  const n = BOARD_TYPE_NAMES;
  return {
    meta: doc.getMap(n.meta),
    horizon: doc.getMap(n.horizon),
    calendar: doc.getMap(n.calendar),
    lowProductionWeeks: doc.getMap(n.lowProductionWeeks),
    resources: doc.getMap(n.resources),
    resourceOrder: doc.getArray(n.resourceOrder),
    planningObjects: doc.getMap(n.planningObjects),
    planningObjectOrder: doc.getArray(n.planningObjectOrder),
    measures: doc.getMap(n.measures),
    measureOrder: doc.getArray(n.measureOrder),
    outcomes: doc.getMap(n.outcomes),
    actualCapacity: doc.getMap(n.actualCapacity),
    schedule: doc.getMap(n.schedule),
  };
}

/**
 * Legacy: before `pks-board` version 2 had `lever`, `owner` and `note` on the measure, they were
 * kept in this flat map keyed by `["<measureId>","<field>"]` (fields lever, owner, description).
 * Readers still take them from here when the measure has none (measure-meta.ts); edits of those
 * fields write the measure and delete the legacy keys.
 */
export const MEASURE_META_MAP = "pks.measureMeta";

/** The board's top-level types as a list (UndoManager scope, observers). */
export function boardTypeList(doc: Y.Doc): Y.AbstractType<unknown>[] {
  return Object.values(boardTypes(doc)) as Y.AbstractType<unknown>[];
}

/** Scalar fields of a resource map; `availability` is a nested Y.Map. */
export const RESOURCE_FIELDS = ["name", "kind", "count", "hoursPerWeek", "utilization"] as const;
/** Scalar fields of a planning object map. */
export const OBJECT_FIELDS = [
  "service",
  "providerCategory",
  "contactType",
  "priority",
  "annualVolume",
  "growthPct",
  "rank",
] as const;
/** Scalar fields of a planning object's waitingList and acute maps. */
export const WAITING_LIST_FIELDS = ["current", "target", "targetWeek", "targetWaitDays"] as const;
export const ACUTE_FIELDS = ["dailyDemand", "coveragePct", "daysPerWeek"] as const;
/** Fields of the board info (`pks.meta`) and the calendar map. */
export const META_FIELDS = ["name", "unit", "level", "deviationThresholdPct"] as const;
export const CALENDAR_FIELDS = ["lowProductionAvailability", "balancePeriod"] as const;
/** Nested Y.Maps of a planning object map, all created with the object. */
export const OBJECT_MAPS = ["history", "timePerActivity", "adjustments", "waitingList", "acute"] as const;
export const MEASURE_FIELDS = [
  "title",
  "status",
  "kind",
  "resourceId",
  "hoursPerWeek",
  "planningObjectId",
  "volumePct",
  "timePct",
  "from",
  "to",
  "lever",
  "basis",
  "owner",
  "note",
] as const;
export const SCHEDULE_FIELDS = ["resourceId", "weekday", "session", "planningObjectId", "slots"] as const;
export const OUTCOME_FIELDS = ["produced", "inflow", "waiting"] as const;
export type OutcomeField = (typeof OUTCOME_FIELDS)[number];

/*
 * Outcomes and actual capacity are flat maps with one key per cell, because their per-object maps
 * would otherwise be created lazily (see the file comment). Keys are JSON arrays so that any id
 * round-trips: ["v", poId, week, field] → number; ["w", poId, week] → true marks an outcome week
 * without fields; ["p", poId] → true marks an object entry without weeks. Likewise
 * ["v", resourceId, week] → number and ["r", resourceId] → true for actual capacity.
 */
export type OutcomeKey =
  | { type: "v"; id: string; week: string; field: string }
  | { type: "w"; id: string; week: string }
  | { type: "p"; id: string };

export function outcomeValueKey(poId: string, week: string, field: string): string {
  return JSON.stringify(["v", poId, week, field]);
}
export function outcomeWeekKey(poId: string, week: string): string {
  return JSON.stringify(["w", poId, week]);
}
export function outcomeObjectKey(poId: string): string {
  return JSON.stringify(["p", poId]);
}
export function capacityValueKey(resourceId: string, week: string): string {
  return JSON.stringify(["v", resourceId, week]);
}
export function capacityResourceKey(resourceId: string): string {
  return JSON.stringify(["r", resourceId]);
}

/** Parses a key of the flat outcome or capacity map; null for anything malformed. */
export function parseFlatKey(key: string): { type: string; id: string; week?: string; field?: string } | null {
  let parts: unknown;
  try {
    parts = JSON.parse(key);
  } catch {
    return null;
  }
  if (!Array.isArray(parts) || parts.length < 2 || !parts.every((p) => typeof p === "string")) return null;
  const [type, id, week, field] = parts as string[];
  return { type, id, week, field };
}

/** The [key, child Y.Map] entries of a container (other values, which only a buggy peer writes, skipped). */
export function childMaps(map: Y.Map<unknown>): [string, Y.Map<unknown>][] {
  return Array.from(map.entries()).filter((entry): entry is [string, Y.Map<unknown>] => entry[1] instanceof Y.Map);
}

/** A fresh Y.Map filled from a plain record (undefined values skipped). */
export function yMapFrom<T>(record: Record<string, T> | undefined): Y.Map<T> {
  const map = new Y.Map<T>();
  if (record) for (const [key, value] of Object.entries(record)) if (value !== undefined) map.set(key, value);
  return map;
}

/** Makes `map` hold exactly `record`: deletes missing keys, sets changed ones (minimal diff). */
export function syncYMap<T>(map: Y.Map<T>, record: Record<string, T> | undefined): void {
  const next = record ?? {};
  for (const key of Array.from(map.keys())) if (!Object.hasOwn(next, key) || next[key] === undefined) map.delete(key);
  for (const [key, value] of Object.entries(next)) {
    if (value !== undefined && !sameValue(map.get(key), value)) map.set(key, value);
  }
}

/** Sets `key` to `value`, deleting it for null/undefined; a no-op when unchanged (no undo step). */
export function setOrDelete(map: Y.Map<unknown>, key: string, value: unknown): void {
  if (value === null || value === undefined) {
    if (map.has(key)) map.delete(key);
  } else if (!sameValue(map.get(key), value)) {
    map.set(key, value);
  }
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((v, i) => v === b[i]);
  return false;
}
