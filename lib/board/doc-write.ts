/**
 * Plain board data → Y types: whole-board replacement and the builders of one entity's Y.Map,
 * shared with the fine-grained edits in doc-edits.ts.
 */
import * as random from "lib0/random";
import * as Y from "yjs";
import type { Adjustment, Measure, PksBoard, PlanningObject, Resource, ScheduleRow } from "@/lib/engine";
import {
  ACUTE_FIELDS,
  type BoardTypes,
  boardTypes,
  CALENDAR_FIELDS,
  capacityResourceKey,
  capacityValueKey,
  MEASURE_FIELDS,
  MEASURE_META_MAP,
  META_FIELDS,
  OBJECT_FIELDS,
  outcomeObjectKey,
  outcomeValueKey,
  outcomeWeekKey,
  RESOURCE_FIELDS,
  SCHEDULE_FIELDS,
  WAITING_LIST_FIELDS,
  yMapFrom,
} from "./doc-layout";

/** A new random id for adjustments and schedule rows (ids the exchange format does not carry). */
export function newRowId(): string {
  return random.uuidv4();
}

function copyFields(map: Y.Map<unknown>, source: object, fields: readonly string[]): void {
  for (const field of fields) {
    const value = (source as Record<string, unknown>)[field];
    if (value !== undefined) map.set(field, Array.isArray(value) ? [...value] : value);
  }
}

/** The Y.Map of a resource, with its nested availability map. */
export function resourceToYMap(resource: Resource): Y.Map<unknown> {
  const map = new Y.Map<unknown>();
  copyFields(map, resource, RESOURCE_FIELDS);
  map.set("availability", yMapFrom(resource.availability));
  return map;
}

/** The Y.Map of an adjustment; `pos` orders adjustments (ties: by id). */
export function adjustmentToYMap(adjustment: Adjustment, pos: number): Y.Map<unknown> {
  const map = new Y.Map<unknown>();
  copyFields(map, adjustment, ["from", "to", "perWeek"]);
  map.set("pos", pos);
  return map;
}

/** The Y.Map of a planning object; every nested map exists from the start (doc-layout.ts). */
export function planningObjectToYMap(object: PlanningObject, newId: () => string = newRowId): Y.Map<unknown> {
  const map = new Y.Map<unknown>();
  copyFields(map, object, OBJECT_FIELDS);
  map.set("history", yMapFrom(object.history));
  map.set("timePerActivity", yMapFrom(object.timePerActivity));
  const adjustments = new Y.Map<unknown>();
  object.adjustments?.forEach((adjustment, i) => {
    adjustments.set(newId(), adjustmentToYMap(adjustment, i));
  });
  map.set("adjustments", adjustments);
  const waitingList = new Y.Map<unknown>();
  if (object.waitingList) copyFields(waitingList, object.waitingList, WAITING_LIST_FIELDS);
  map.set("waitingList", waitingList);
  const acute = new Y.Map<unknown>();
  if (object.acute) copyFields(acute, object.acute, ACUTE_FIELDS);
  map.set("acute", acute);
  return map;
}

/** The Y.Map of a measure (all fields flat). */
export function measureToYMap(measure: Measure): Y.Map<unknown> {
  const map = new Y.Map<unknown>();
  copyFields(map, measure, MEASURE_FIELDS);
  return map;
}

/** The Y.Map of a schedule row; `pos` orders rows (ties: by row id). */
export function scheduleRowToYMap(row: ScheduleRow, pos: number): Y.Map<unknown> {
  const map = new Y.Map<unknown>();
  copyFields(map, row, SCHEDULE_FIELDS);
  map.set("pos", pos);
  return map;
}

function clearTypes(types: BoardTypes): void {
  for (const type of Object.values(types)) {
    if (type instanceof Y.Array) type.delete(0, type.length);
    else for (const key of Array.from((type as Y.Map<unknown>).keys())) (type as Y.Map<unknown>).delete(key);
  }
}

function writeOutcomes(types: BoardTypes, outcomes: PksBoard["outcomes"]): void {
  for (const [poId, weeks] of Object.entries(outcomes ?? {})) {
    if (Object.keys(weeks).length === 0) types.outcomes.set(outcomeObjectKey(poId), true);
    for (const [week, outcome] of Object.entries(weeks)) {
      let hasField = false;
      for (const [field, value] of Object.entries(outcome)) {
        if (value === undefined) continue;
        types.outcomes.set(outcomeValueKey(poId, week, field), value);
        hasField = true;
      }
      if (!hasField) types.outcomes.set(outcomeWeekKey(poId, week), true);
    }
  }
}

function writeActualCapacity(types: BoardTypes, actual: PksBoard["actualCapacity"]): void {
  for (const [resourceId, weeks] of Object.entries(actual ?? {})) {
    if (Object.keys(weeks).length === 0) types.actualCapacity.set(capacityResourceKey(resourceId), true);
    for (const [week, value] of Object.entries(weeks))
      types.actualCapacity.set(capacityValueKey(resourceId, week), value);
  }
}

/**
 * Replaces the whole content of the board's Y types with `board`, in one transaction (import,
 * restore of a version, seeding a new document). Concurrent edits of other clients to the
 * replaced entities are lost by design: a replacement wins. Rich text fragments are untouched.
 */
export function writeBoardToDoc(doc: Y.Doc, board: PksBoard, origin: unknown = null): void {
  const types = boardTypes(doc);
  doc.transact(() => {
    clearTypes(types);
    // The measures carry their lever, owner and note now; the legacy map would only shadow them.
    const legacy = doc.getMap(MEASURE_META_MAP);
    for (const key of Array.from(legacy.keys())) legacy.delete(key);
    copyFields(types.meta, board.board, META_FIELDS);
    types.horizon.set("start", board.horizon.start);
    types.horizon.set("weeks", board.horizon.weeks);
    if (board.calendar) copyFields(types.calendar, board.calendar, CALENDAR_FIELDS);
    for (const week of board.calendar?.lowProductionWeeks ?? []) types.lowProductionWeeks.set(week, true);
    for (const resource of board.resources) types.resources.set(resource.id, resourceToYMap(resource));
    types.resourceOrder.push(board.resources.map((r) => r.id));
    for (const object of board.planningObjects) types.planningObjects.set(object.id, planningObjectToYMap(object));
    types.planningObjectOrder.push(board.planningObjects.map((o) => o.id));
    for (const measure of board.measures ?? []) types.measures.set(measure.id, measureToYMap(measure));
    types.measureOrder.push((board.measures ?? []).map((m) => m.id));
    writeOutcomes(types, board.outcomes);
    writeActualCapacity(types, board.actualCapacity);
    board.schedule?.forEach((row, i) => {
      types.schedule.set(newRowId(), scheduleRowToYMap(row, i));
    });
  }, origin);
}

/** True when the document holds a board (a name and a horizon), i.e. has been seeded. */
export function isBoardDocInitialized(doc: Y.Doc): boolean {
  const types = boardTypes(doc);
  return typeof types.meta.get("name") === "string" && typeof types.horizon.get("start") === "string";
}
