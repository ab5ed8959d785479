/**
 * The canonical form of a board, always `pks-board` version 2: exactly what `readBoardFromDoc`
 * returns after `writeBoardToDoc(board)`. Empty optional lists and maps are omitted; record keys are sorted
 * (weeks chronologically) except timePerActivity, outcomes and actualCapacity, which follow the
 * resource and planning object order; low-production weeks are sorted and deduplicated;
 * references to missing resources or planning objects are dropped. Computing the canonical form
 * never changes the engine's result for a valid board.
 */
import type { PksBoard, PlanningObject, Resource } from "@/lib/engine";

type Rec = Record<string, unknown>;

function sortedRecord<T>(record: Record<string, T> | undefined, order?: readonly string[]) {
  if (!record) return undefined;
  const keys = order ? order.filter((k) => Object.hasOwn(record, k)) : Object.keys(record).sort();
  if (keys.length === 0) return undefined;
  return Object.fromEntries(keys.map((k) => [k, record[k]])) as Record<string, T>;
}

function put(target: Rec, key: string, value: unknown): void {
  if (value !== undefined) target[key] = value;
}

function normalizeResource(resource: Resource): Resource {
  const out: Rec = { id: resource.id, name: resource.name, kind: resource.kind };
  out.count = resource.count;
  out.hoursPerWeek = resource.hoursPerWeek;
  put(out, "utilization", resource.utilization);
  put(out, "availability", sortedRecord(resource.availability));
  return out as unknown as Resource;
}

function normalizeObject(object: PlanningObject, resourceIds: readonly string[]): PlanningObject {
  const out: Rec = { id: object.id, service: object.service };
  for (const key of ["providerCategory", "contactType", "priority"] as const) put(out, key, object[key]);
  put(out, "history", sortedRecord(object.history));
  put(out, "annualVolume", object.annualVolume);
  put(out, "growthPct", object.growthPct);
  if (object.adjustments?.length) {
    out.adjustments = object.adjustments.map((a) => {
      const adjustment: Rec = {};
      put(adjustment, "from", a.from);
      put(adjustment, "to", a.to);
      adjustment.perWeek = a.perWeek;
      return adjustment;
    });
  }
  // An acute object has no waiting list and no rank (a version 1 document's list is dropped).
  if (object.waitingList && !object.acute) {
    const list: Rec = { current: object.waitingList.current, target: object.waitingList.target };
    put(list, "targetWeek", object.waitingList.targetWeek);
    put(list, "targetWaitDays", object.waitingList.targetWaitDays);
    out.waitingList = list;
  }
  put(out, "timePerActivity", sortedRecord(object.timePerActivity, resourceIds));
  if (object.acute) {
    const acute: Rec = { dailyDemand: [...object.acute.dailyDemand], coveragePct: object.acute.coveragePct };
    put(acute, "daysPerWeek", object.acute.daysPerWeek);
    out.acute = acute;
  } else put(out, "rank", object.rank);
  return out as unknown as PlanningObject;
}

function normalizeEntries<T>(record: Record<string, Record<string, T>> | undefined, order: readonly string[]) {
  const picked = sortedRecord(record, order);
  if (!picked) return undefined;
  return Object.fromEntries(Object.entries(picked).map(([id, weeks]) => [id, sortedRecord(weeks) ?? {}]));
}

/** The canonical form of `board` (see the file comment); the input is not modified. */
export function normalizeBoard(board: PksBoard): PksBoard {
  const resourceIds = board.resources.map((r) => r.id);
  const objectIds = board.planningObjects.map((o) => o.id);
  const hasResource = new Set(resourceIds);
  const hasObject = new Set(objectIds);
  const out: Rec = { format: "pks-board", version: 2 };
  const info: Rec = { name: board.board.name };
  put(info, "unit", board.board.unit);
  put(info, "level", board.board.level);
  put(info, "deviationThresholdPct", board.board.deviationThresholdPct);
  out.board = info;
  out.horizon = { start: board.horizon.start, weeks: board.horizon.weeks };
  const calendar: Rec = {};
  const weeks = Array.from(new Set(board.calendar?.lowProductionWeeks ?? [])).sort();
  if (weeks.length > 0) calendar.lowProductionWeeks = weeks;
  put(calendar, "lowProductionAvailability", board.calendar?.lowProductionAvailability);
  put(calendar, "balancePeriod", board.calendar?.balancePeriod);
  if (Object.keys(calendar).length > 0) out.calendar = calendar;
  out.resources = board.resources.map(normalizeResource);
  out.planningObjects = board.planningObjects.map((o) => normalizeObject(o, resourceIds));
  const measures = (board.measures ?? [])
    .filter((m) => (m.kind === "capacity" ? hasResource.has(m.resourceId) : hasObject.has(m.planningObjectId)))
    .map((m) => {
      const measure: Rec = { id: m.id, title: m.title, status: m.status, kind: m.kind };
      if (m.kind === "capacity") Object.assign(measure, { resourceId: m.resourceId, hoursPerWeek: m.hoursPerWeek });
      else {
        measure.planningObjectId = m.planningObjectId;
        put(measure, "volumePct", m.volumePct);
        put(measure, "timePct", m.timePct);
      }
      put(measure, "from", m.from);
      put(measure, "to", m.to);
      for (const key of ["lever", "basis", "owner", "note"] as const) put(measure, key, m[key]);
      return measure;
    });
  if (measures.length > 0) out.measures = measures;
  put(out, "outcomes", normalizeEntries(board.outcomes, objectIds));
  put(out, "actualCapacity", normalizeEntries(board.actualCapacity, resourceIds));
  const schedule = (board.schedule ?? [])
    .filter((row) => hasResource.has(row.resourceId) && hasObject.has(row.planningObjectId))
    .map((row) => ({ ...row }));
  if (schedule.length > 0) out.schedule = schedule;
  return out as unknown as PksBoard;
}
