/**
 * Fine-grained edits of the board header, calendar, measures, outcomes, actual capacity and the
 * schedule, and `setCells` for many cell edits as one transaction (one undo step). Same rules as
 * doc-edit-entities.ts: one transaction each, caller's origin, no-op on vanished entities.
 */
import * as Y from "yjs";
import type { BalancePeriod, BoardInfo, Horizon, Measure, MeasureStatus, ScheduleRow } from "@/lib/engine";
import { nextPos } from "./doc-edit-entities";
import {
  boardTypes,
  capacityValueKey,
  MEASURE_FIELDS,
  META_FIELDS,
  type OutcomeField,
  outcomeValueKey,
  SCHEDULE_FIELDS,
  setOrDelete,
} from "./doc-layout";
import { deleteFromOrder, insertIntoOrder, moveInOrder } from "./doc-order";
import { readMeasure } from "./doc-read-parts";
import { measureToYMap, newRowId, scheduleRowToYMap } from "./doc-write";
import { deleteLegacyMeta, legacyMeasureMetaMap, withLegacyMeta } from "./measure-meta";

function applyFields(map: Y.Map<unknown>, patch: object, fields: readonly string[]): void {
  for (const field of fields) if (field in patch) setOrDelete(map, field, (patch as Record<string, unknown>)[field]);
}

/**
 * Changes the board's name, unit, level or follow-up deviation threshold (a key present with
 * undefined clears an optional field).
 */
export function setMeta(doc: Y.Doc, patch: Partial<BoardInfo>, origin: unknown = null): void {
  doc.transact(() => applyFields(boardTypes(doc).meta, patch, META_FIELDS), origin);
}

/** Changes the horizon's start week and/or length. */
export function setHorizon(doc: Y.Doc, patch: Partial<Horizon>, origin: unknown = null): void {
  doc.transact(() => applyFields(boardTypes(doc).horizon, patch, ["start", "weeks"]), origin);
}

/**
 * Changes the calendar. `lowProductionWeeks`, when given, becomes the set of low-production
 * weeks (only the difference is written, so other people's concurrent toggles survive);
 * `lowProductionAvailability: null` clears the value (back to the default 0.5), and
 * `balancePeriod: null` the balance period (back to the board level's default).
 */
export function setCalendar(
  doc: Y.Doc,
  patch: {
    lowProductionWeeks?: readonly string[];
    lowProductionAvailability?: number | null;
    balancePeriod?: BalancePeriod | null;
  },
  origin: unknown = null,
): void {
  const t = boardTypes(doc);
  doc.transact(() => {
    if (patch.lowProductionWeeks) {
      const next = new Set(patch.lowProductionWeeks);
      for (const week of Array.from(t.lowProductionWeeks.keys()))
        if (!next.has(week)) t.lowProductionWeeks.delete(week);
      for (const week of next) if (!t.lowProductionWeeks.has(week)) t.lowProductionWeeks.set(week, true);
    }
    if ("lowProductionAvailability" in patch) {
      setOrDelete(t.calendar, "lowProductionAvailability", patch.lowProductionAvailability);
    }
    if ("balancePeriod" in patch) setOrDelete(t.calendar, "balancePeriod", patch.balancePeriod);
  }, origin);
}

/** Marks or unmarks a low-production week (`on` omitted: toggles). Returns the new state. */
export function toggleLowProductionWeek(doc: Y.Doc, week: string, on?: boolean, origin: unknown = null): boolean {
  const weeks = boardTypes(doc).lowProductionWeeks;
  const next = on ?? !weeks.has(week);
  doc.transact(() => setOrDelete(weeks, week, next ? true : null), origin);
  return next;
}

/** Adds a measure at visible position `index` (default: last). Throws when the id exists. */
export function addMeasure(doc: Y.Doc, measure: Measure, index?: number | null, origin: unknown = null): void {
  const t = boardTypes(doc);
  if (t.measures.has(measure.id)) throw new Error(`measure ${JSON.stringify(measure.id)} exists`);
  doc.transact(() => {
    t.measures.set(measure.id, measureToYMap(measure));
    insertIntoOrder(t.measureOrder, t.measures, measure.id, index);
    deleteLegacyMeta(doc, measure.id);
  }, origin);
}

/** A change of some measure fields (any kind's fields; those of the other kind are ignored on read). */
export type MeasurePatch = Partial<Record<(typeof MEASURE_FIELDS)[number], string | number | undefined>>;

/**
 * Changes some fields of a measure; a key present with undefined clears an optional field.
 * Setting or clearing lever, owner or note first moves the legacy meta (measure-meta.ts) of the
 * measure into it, so the fields not in the patch keep their values.
 */
export function updateMeasure(doc: Y.Doc, id: string, patch: MeasurePatch, origin: unknown = null): boolean {
  const measure = boardTypes(doc).measures.get(id);
  if (!(measure instanceof Y.Map)) return false;
  doc.transact(() => {
    if ("lever" in patch || "owner" in patch || "note" in patch) migrateLegacyMeta(doc, id, measure);
    applyFields(measure, patch, MEASURE_FIELDS);
  }, origin);
  return true;
}

function migrateLegacyMeta(doc: Y.Doc, id: string, measure: Y.Map<unknown>): void {
  const migrated = withLegacyMeta(readMeasure(id, measure), legacyMeasureMetaMap(doc));
  for (const field of ["lever", "owner", "note"] as const) {
    if (migrated[field] !== undefined) setOrDelete(measure, field, migrated[field]);
  }
  deleteLegacyMeta(doc, id);
}

/** Moves a measure between proposed, decided and realized. */
export function setMeasureStatus(doc: Y.Doc, id: string, status: MeasureStatus, origin: unknown = null): boolean {
  return updateMeasure(doc, id, { status }, origin);
}

/** Removes a measure. */
export function removeMeasure(doc: Y.Doc, id: string, origin: unknown = null): boolean {
  const t = boardTypes(doc);
  if (!t.measures.has(id)) return false;
  doc.transact(() => {
    t.measures.delete(id);
    deleteFromOrder(t.measureOrder, id);
    deleteLegacyMeta(doc, id);
  }, origin);
  return true;
}

/** Moves a measure to visible position `index`. */
export function moveMeasure(doc: Y.Doc, id: string, index: number, origin: unknown = null): boolean {
  const t = boardTypes(doc);
  let moved = false;
  doc.transact(() => {
    moved = moveInOrder(t.measureOrder, t.measures, id, index);
  }, origin);
  return moved;
}

/**
 * Sets (or with null clears) one outcome field of a planning object in one week. Every cell is
 * its own key (doc-layout.ts), so concurrent first entries for an object never collide.
 */
export function setOutcomeValue(
  doc: Y.Doc,
  planningObjectId: string,
  week: string,
  field: OutcomeField,
  value: number | null,
  origin: unknown = null,
): void {
  const outcomes = boardTypes(doc).outcomes;
  doc.transact(() => setOrDelete(outcomes, outcomeValueKey(planningObjectId, week, field), value), origin);
}

/** Sets (or with null clears) the actual capacity (hours) of a resource in one week. */
export function setActualCapacity(
  doc: Y.Doc,
  resourceId: string,
  week: string,
  value: number | null,
  origin: unknown = null,
): void {
  const actual = boardTypes(doc).actualCapacity;
  doc.transact(() => setOrDelete(actual, capacityValueKey(resourceId, week), value), origin);
}

/** Appends a schedule row; returns its id (see scheduleRowIds). */
export function addScheduleRow(doc: Y.Doc, row: ScheduleRow, origin: unknown = null): string {
  const schedule = boardTypes(doc).schedule;
  const id = newRowId();
  doc.transact(() => schedule.set(id, scheduleRowToYMap(row, nextPos(schedule))), origin);
  return id;
}

/** Changes fields of a schedule row. */
export function updateScheduleRow(
  doc: Y.Doc,
  rowId: string,
  patch: Partial<ScheduleRow>,
  origin: unknown = null,
): boolean {
  const row = boardTypes(doc).schedule.get(rowId);
  if (!(row instanceof Y.Map)) return false;
  doc.transact(() => applyFields(row, patch, SCHEDULE_FIELDS), origin);
  return true;
}

/** Removes a schedule row. */
export function removeScheduleRow(doc: Y.Doc, rowId: string, origin: unknown = null): boolean {
  const schedule = boardTypes(doc).schedule;
  if (!schedule.has(rowId)) return false;
  doc.transact(() => schedule.delete(rowId), origin);
  return true;
}
