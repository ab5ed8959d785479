/**
 * Readers of one part of the board from its Y types, used by the cache in doc-read.ts. They
 * tolerate any content a (possibly malicious) peer could have written: wrong types are skipped or
 * defaulted, so reading never throws; parseBoard is the validation.
 *
 * The output is canonical: record keys sorted (weeks chronologically; timePerActivity,
 * outcomes and actualCapacity in resource/object order), empty optional lists and maps omitted,
 * and references to removed resources or objects dropped, so it always resolves.
 */
import * as Y from "yjs";
import {
  type Adjustment,
  CAPACITY_LEVERS,
  type Measure,
  NEED_LEVERS,
  type Outcome,
  type PlanningObject,
  type Resource,
  type ScheduleRow,
} from "@/lib/engine";
import { OUTCOME_FIELDS, parseFlatKey } from "./doc-layout";

export type Rec = Record<string, unknown>;

/** Ids in display order: the order array deduplicated (concurrent moves can duplicate an id), ids
 * without an entity skipped, and entities missing from the order appended sorted by id. */
export function visibleOrder(order: Y.Array<string>, map: Y.Map<unknown>): string[] {
  const seen = new Set<string>();
  const ids: string[] = [];
  for (const id of order.toArray()) {
    if (seen.has(id) || !(map.get(id) instanceof Y.Map)) continue;
    seen.add(id);
    ids.push(id);
  }
  const rest = Array.from(map.keys()).filter((id) => !seen.has(id) && map.get(id) instanceof Y.Map);
  return rest.length === 0 ? ids : ids.concat(rest.sort());
}

/** Entries of a Y.Map of child maps sorted by their `pos`, ties by key. */
export function sortedByPos(map: Y.Map<unknown>): [string, Y.Map<unknown>][] {
  const entries = Array.from(map.entries()).filter((e): e is [string, Y.Map<unknown>] => e[1] instanceof Y.Map);
  const pos = (m: Y.Map<unknown>) => (typeof m.get("pos") === "number" ? (m.get("pos") as number) : 0);
  return entries.sort((a, b) => pos(a[1]) - pos(b[1]) || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}

export function numberRecord(
  value: unknown,
  keyOrder?: (keys: string[]) => string[],
): Record<string, number> | undefined {
  if (!(value instanceof Y.Map)) return undefined;
  const keys = Array.from((value as Y.Map<unknown>).keys()).filter((k) => typeof value.get(k) === "number");
  if (keys.length === 0) return undefined;
  const record: Record<string, number> = {};
  for (const key of keyOrder ? keyOrder(keys) : keys.sort()) record[key] = value.get(key) as number;
  return record;
}

export function put(target: Rec, key: string, value: unknown): void {
  if (value !== undefined) target[key] = value;
}

export function num(value: unknown): number | undefined {
  return typeof value === "number" ? value : undefined;
}

export function str(value: unknown): string | undefined {
  return typeof value === "string" ? value : undefined;
}

export function readResource(id: string, map: Y.Map<unknown>): Resource {
  const resource: Rec = { id, name: str(map.get("name")) ?? "", kind: map.get("kind") ?? "staff" };
  resource.count = num(map.get("count")) ?? 0;
  resource.hoursPerWeek = num(map.get("hoursPerWeek")) ?? 0;
  put(resource, "utilization", num(map.get("utilization")));
  put(resource, "availability", numberRecord(map.get("availability")));
  return resource as unknown as Resource;
}

export function readAdjustments(value: unknown): { list?: Adjustment[]; ids: string[] } {
  if (!(value instanceof Y.Map) || value.size === 0) return { ids: [] };
  const entries = sortedByPos(value);
  const list = entries.map(([, m]) => {
    const adjustment: Rec = {};
    put(adjustment, "from", str(m.get("from")));
    put(adjustment, "to", str(m.get("to")));
    adjustment.perWeek = num(m.get("perWeek")) ?? 0;
    return adjustment as unknown as Adjustment;
  });
  return { list, ids: entries.map(([id]) => id) };
}

export function readWaitingList(value: unknown): PlanningObject["waitingList"] {
  if (!(value instanceof Y.Map)) return undefined;
  const current = num(value.get("current"));
  const target = num(value.get("target"));
  if (current === undefined || target === undefined) return undefined;
  const list: Rec = { current, target };
  put(list, "targetWeek", str(value.get("targetWeek")));
  put(list, "targetWaitDays", num(value.get("targetWaitDays")));
  return list as PlanningObject["waitingList"];
}

export function readAcute(value: unknown): PlanningObject["acute"] {
  if (!(value instanceof Y.Map)) return undefined;
  const dailyDemand = value.get("dailyDemand");
  const coveragePct = num(value.get("coveragePct"));
  if (!Array.isArray(dailyDemand) || dailyDemand.length === 0 || coveragePct === undefined) return undefined;
  const acute: Rec = { dailyDemand: [...dailyDemand], coveragePct };
  put(acute, "daysPerWeek", num(value.get("daysPerWeek")));
  return acute as PlanningObject["acute"];
}

export function readObject(
  id: string,
  map: Y.Map<unknown>,
  resourceIndex: Map<string, number>,
): { value: PlanningObject; adjustmentIds: string[] } {
  const object: Rec = { id, service: str(map.get("service")) ?? "" };
  for (const field of ["providerCategory", "contactType", "priority"]) put(object, field, str(map.get(field)));
  put(object, "history", numberRecord(map.get("history")));
  put(object, "annualVolume", num(map.get("annualVolume")));
  put(object, "growthPct", num(map.get("growthPct")));
  const adjustments = readAdjustments(map.get("adjustments"));
  put(object, "adjustments", adjustments.list);
  const acute = readAcute(map.get("acute"));
  // An acute object has no waiting list and no rank (ENGINE.md v2): both are dropped, as a
  // version 1 document's waiting list is, should a peer have left one on an acute object.
  if (!acute) put(object, "waitingList", readWaitingList(map.get("waitingList")));
  const byResource = (keys: string[]) =>
    keys.filter((k) => resourceIndex.has(k)).sort((a, b) => (resourceIndex.get(a) ?? 0) - (resourceIndex.get(b) ?? 0));
  const time = numberRecord(map.get("timePerActivity"), byResource);
  put(object, "timePerActivity", time && Object.keys(time).length > 0 ? time : undefined);
  put(object, "acute", acute);
  if (!acute) put(object, "rank", num(map.get("rank")));
  return { value: object as unknown as PlanningObject, adjustmentIds: adjustments.ids };
}

export function readMeasure(id: string, map: Y.Map<unknown>): Measure {
  const measure: Rec = { id, title: str(map.get("title")) ?? "", status: map.get("status") ?? "proposed" };
  const kind = map.get("kind") === "need" ? "need" : "capacity";
  measure.kind = kind;
  if (kind === "capacity") {
    measure.resourceId = str(map.get("resourceId")) ?? "";
    measure.hoursPerWeek = num(map.get("hoursPerWeek")) ?? 0;
  } else {
    measure.planningObjectId = str(map.get("planningObjectId")) ?? "";
    put(measure, "volumePct", num(map.get("volumePct")));
    put(measure, "timePct", num(map.get("timePct")));
  }
  put(measure, "from", str(map.get("from")));
  put(measure, "to", str(map.get("to")));
  const levers: readonly unknown[] = kind === "capacity" ? CAPACITY_LEVERS : NEED_LEVERS;
  // A lever of the other kind (the kind was changed after it was set) does not apply.
  const lever = map.get("lever");
  if (levers.includes(lever)) measure.lever = lever;
  const basis = map.get("basis");
  if (basis === "decision" || basis === "change") measure.basis = basis;
  put(measure, "owner", str(map.get("owner")));
  put(measure, "note", str(map.get("note")));
  return measure as unknown as Measure;
}

export function readScheduleRow(map: Y.Map<unknown>): ScheduleRow {
  return {
    resourceId: str(map.get("resourceId")) ?? "",
    weekday: num(map.get("weekday")) ?? 1,
    session: map.get("session") === "pm" ? "pm" : "am",
    planningObjectId: str(map.get("planningObjectId")) ?? "",
    slots: num(map.get("slots")) ?? 0,
  };
}

export function sameList<T>(a: readonly T[] | undefined, b: readonly T[]): boolean {
  return a !== undefined && a.length === b.length && a.every((v, i) => v === b[i]);
}

/** Marks entity ids changed by deep events below an `id → Y.Map` container. */
export function collectEntityIds(events: Y.YEvent<Y.AbstractType<unknown>>[], root: unknown, into: Set<string>) {
  for (const event of events) {
    if (event.target === root) for (const key of event.keys.keys()) into.add(key);
    else into.add(String(event.path[0]));
  }
}

/** Indexes flat keys per entity id, from keys reported as changed. */
export function indexFlatKeys(
  map: Y.Map<unknown>,
  keys: Iterable<string>,
  index: Map<string, Set<string>>,
  dirty: Set<string>,
) {
  for (const key of keys) {
    const parsed = parseFlatKey(key);
    if (!parsed) continue;
    let set = index.get(parsed.id);
    if (!set) {
      set = new Set();
      index.set(parsed.id, set);
    }
    if (map.has(key)) set.add(key);
    else set.delete(key);
    if (set.size === 0) index.delete(parsed.id);
    dirty.add(parsed.id);
  }
}

export function readOutcomeEntry(map: Y.Map<unknown>, keys: Set<string>): Record<string, Outcome> {
  const weeks = new Map<string, Rec>();
  for (const key of keys) {
    const parsed = parseFlatKey(key);
    if (!parsed?.week || (parsed.type !== "v" && parsed.type !== "w")) continue;
    let outcome = weeks.get(parsed.week);
    if (!outcome) {
      outcome = {};
      weeks.set(parsed.week, outcome);
    }
    const value = map.get(key);
    if (parsed.type === "v" && parsed.field && typeof value === "number") outcome[parsed.field] = value;
  }
  const entry: Record<string, Outcome> = {};
  for (const week of Array.from(weeks.keys()).sort()) {
    const fields = weeks.get(week) as Rec;
    const outcome: Rec = {};
    for (const field of OUTCOME_FIELDS) put(outcome, field, fields[field]);
    entry[week] = outcome as Outcome;
  }
  return entry;
}

export function readCapacityEntry(map: Y.Map<unknown>, keys: Set<string>): Record<string, number> {
  const values: [string, number][] = [];
  for (const key of keys) {
    const parsed = parseFlatKey(key);
    const value = map.get(key);
    if (parsed?.type === "v" && parsed.week && typeof value === "number") values.push([parsed.week, value]);
  }
  values.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return Object.fromEntries(values);
}
