/**
 * The domain diff between two versions, in words a planner reads: numbers per week (grouped into
 * runs when many), planning objects, resources and measures added, removed, renamed or changed,
 * and changed paragraphs of the rich text. Pure: content in, typed changes out (texts come from
 * messages `versions.diff.*` through `formatChange`).
 */
import { formatWeekLabelWithYear, type Measure, type PksBoard, type PlanningObject, type Resource } from "@/lib/engine";
import { canonicalJson, type VersionContent } from "./content";
import { changedKeys, diffParagraphs, sameValue, shown, type VersionChange, weekChanges } from "./diff-parts";

export { formatWeekRuns, type VersionChange } from "./diff-parts";

const RESOURCE_FIELDS = ["kind", "count", "hoursPerWeek", "utilization"] as const;
const OBJECT_FIELDS = [
  "providerCategory",
  "contactType",
  "priority",
  "annualVolume",
  "growthPct",
  "waitingList",
  "acute",
  "adjustments",
] as const;
const MEASURE_FIELDS = [
  "hoursPerWeek",
  "volumePct",
  "timePct",
  "from",
  "to",
  "resourceId",
  "planningObjectId",
] as const;

function byId<T extends { id: string }>(list: readonly T[] | undefined): Map<string, T> {
  return new Map((list ?? []).map((item) => [item.id, item]));
}

/** Available hours of a resource in a week, before measures (count × hours × utilisation × share). */
function availableHours(board: PksBoard, resource: Resource, week: string): number {
  const low = board.calendar?.lowProductionWeeks?.includes(week);
  const share = resource.availability?.[week] ?? (low ? (board.calendar?.lowProductionAvailability ?? 1) : 1);
  return Math.round(resource.count * resource.hoursPerWeek * (resource.utilization ?? 1) * share * 10) / 10;
}

function diffResource(a: PksBoard, b: PksBoard, before: Resource, after: Resource): VersionChange[] {
  const base = { section: "resources" as const, subject: after.name };
  const out: VersionChange[] = [];
  if (before.name !== after.name)
    out.push({ ...base, key: "resourceRenamed", values: { from: before.name, to: after.name } });
  for (const field of RESOURCE_FIELDS) {
    if (!sameValue(before[field], after[field]))
      out.push({
        ...base,
        key: "resourceField",
        values: { name: after.name, field, from: shown(before[field]), to: shown(after[field]) },
      });
  }
  out.push(
    ...weekChanges(
      base,
      { name: after.name },
      changedKeys(before.availability, after.availability),
      (week) => ({
        from: availableHours(a, before, week),
        to: availableHours(b, after, week),
      }),
      { weekKey: "availableWeek", rangeKey: "availableRange" },
    ),
  );
  const actualBefore = a.actualCapacity?.[before.id];
  const actualAfter = b.actualCapacity?.[after.id];
  out.push(
    ...weekChanges(
      base,
      { name: after.name },
      changedKeys(actualBefore, actualAfter),
      (week) => ({
        from: actualBefore?.[week],
        to: actualAfter?.[week],
      }),
      { weekKey: "actualWeek", rangeKey: "actualRange" },
    ),
  );
  return out;
}

interface EntityDiff<T> {
  section: "resources" | "planningObjects" | "measures";
  kind: "resource" | "planningObject" | "measure";
  added: string;
  removed: string;
  label: (item: T) => string;
  /** The message values of an added item. */
  addedValues: (item: T) => Record<string, string | number>;
  changed: (before: T, after: T) => VersionChange[];
}

/** Items added (in the newer order), changed, and removed (restorable on their own). */
function diffEntities<T extends { id: string }>(
  a: readonly T[] | undefined,
  b: readonly T[] | undefined,
  how: EntityDiff<T>,
): VersionChange[] {
  const before = byId(a);
  const after = byId(b);
  const out: VersionChange[] = [];
  for (const [id, item] of after) {
    const old = before.get(id);
    if (old) out.push(...how.changed(old, item));
    else out.push({ section: how.section, subject: how.label(item), key: how.added, values: how.addedValues(item) });
  }
  for (const [id, item] of before) {
    if (after.has(id)) continue;
    const subject = how.label(item);
    const values: Record<string, string> = how.section === "measures" ? { title: subject } : { name: subject };
    out.push({ section: how.section, subject, key: how.removed, values, restorable: { kind: how.kind, id } });
  }
  return out;
}

const diffResources = (a: PksBoard, b: PksBoard) =>
  diffEntities(a.resources, b.resources, {
    section: "resources",
    kind: "resource",
    added: "resourceAdded",
    removed: "resourceRemoved",
    label: (r) => r.name,
    addedValues: (r) => ({ name: r.name }),
    changed: (old, r) => diffResource(a, b, old, r),
  });

function diffOutcomes(a: PksBoard, b: PksBoard, id: string, name: string): VersionChange[] {
  const before = a.outcomes?.[id] ?? {};
  const after = b.outcomes?.[id] ?? {};
  const base = { section: "planningObjects" as const, subject: name };
  return (["produced", "inflow", "waiting"] as const).flatMap((field) => {
    const pick = (rec: typeof before) =>
      Object.fromEntries(
        Object.entries(rec)
          .map(([week, o]) => [week, o[field]])
          .filter(([, v]) => v !== undefined),
      );
    const [from, to] = [pick(before), pick(after)];
    return weekChanges(base, { name, field }, changedKeys(from, to), (week) => ({ from: from[week], to: to[week] }), {
      weekKey: "outcomeWeek",
      rangeKey: "outcomeRange",
    });
  });
}

function diffObject(a: PksBoard, b: PksBoard, before: PlanningObject, after: PlanningObject): VersionChange[] {
  const name = after.service;
  const base = { section: "planningObjects" as const, subject: name };
  const out: VersionChange[] = [];
  if (before.service !== after.service)
    out.push({ ...base, key: "objectRenamed", values: { from: before.service, to: name } });
  for (const field of OBJECT_FIELDS) {
    if (!sameValue(before[field], after[field]))
      out.push({
        ...base,
        key: "objectField",
        values: { name, field, from: shown(before[field]), to: shown(after[field]) },
      });
  }
  out.push(
    ...weekChanges(
      base,
      { name },
      changedKeys(before.history, after.history),
      (week) => ({
        from: before.history?.[week],
        to: after.history?.[week],
      }),
      { weekKey: "historyWeek", rangeKey: "historyRange" },
    ),
  );
  const resources = byId(b.resources);
  for (const rid of changedKeys(before.timePerActivity, after.timePerActivity)) {
    const resource = resources.get(rid)?.name ?? rid;
    out.push({
      ...base,
      key: "timePerActivity",
      values: { name, resource, from: shown(before.timePerActivity?.[rid]), to: shown(after.timePerActivity?.[rid]) },
    });
  }
  return [...out, ...diffOutcomes(a, b, after.id, name)];
}

const diffObjects = (a: PksBoard, b: PksBoard) =>
  diffEntities(a.planningObjects, b.planningObjects, {
    section: "planningObjects",
    kind: "planningObject",
    added: "objectAdded",
    removed: "objectRemoved",
    label: (o) => o.service,
    addedValues: (o) => ({ name: o.service }),
    changed: (old, o) => diffObject(a, b, old, o),
  });

function diffMeasure(before: Measure, after: Measure): VersionChange[] {
  const base = { section: "measures" as const, subject: after.title };
  const out: VersionChange[] = [];
  if (before.title !== after.title)
    out.push({ ...base, key: "measureRenamed", values: { from: before.title, to: after.title } });
  if (before.status !== after.status)
    out.push({ ...base, key: "measureStatus", values: { title: after.title, from: before.status, to: after.status } });
  const fields = MEASURE_FIELDS.filter(
    (f) => !sameValue((before as Record<string, unknown>)[f], (after as Record<string, unknown>)[f]),
  );
  if (fields.length > 0)
    out.push({ ...base, key: "measureChanged", values: { title: after.title, fields: fields.length } });
  return out;
}

const diffMeasures = (a: PksBoard, b: PksBoard) =>
  diffEntities(a.measures, b.measures, {
    section: "measures",
    kind: "measure",
    added: "measureAdded",
    removed: "measureRemoved",
    label: (m) => m.title,
    addedValues: (m) => ({ title: m.title, status: m.status }),
    changed: diffMeasure,
  });

const horizonLabel = (board: PksBoard) => `${formatWeekLabelWithYear(board.horizon.start)}, ${board.horizon.weeks} v.`;

function diffBoardInfo(a: PksBoard, b: PksBoard): VersionChange[] {
  const out: VersionChange[] = [];
  const base = { section: "board" as const, subject: "board" };
  for (const field of ["name", "unit", "level"] as const) {
    if (!sameValue(a.board[field], b.board[field]))
      out.push({
        ...base,
        key: "boardField",
        values: { field, from: shown(a.board[field]), to: shown(b.board[field]) },
      });
  }
  if (!sameValue(a.horizon, b.horizon))
    out.push({
      ...base,
      key: "horizon",
      values: { from: horizonLabel(a), to: horizonLabel(b) },
    });
  if (!sameValue(a.calendar, b.calendar)) out.push({ ...base, key: "calendar", values: {} });
  const rows = (board: PksBoard) => new Set((board.schedule ?? []).map((row) => canonicalJson(row)));
  const [ra, rb] = [rows(a), rows(b)];
  const added = [...rb].filter((r) => !ra.has(r)).length;
  const removed = [...ra].filter((r) => !rb.has(r)).length;
  if (added + removed > 0)
    out.push({ section: "schedule", subject: "schedule", key: "schedule", values: { added, removed } });
  return out;
}

/** Every change from `before` to `after`, in section order: board, resources, objects, measures, texts. */
export function diffVersions(before: VersionContent, after: VersionContent): VersionChange[] {
  const out: VersionChange[] = [];
  if (before.board && after.board) {
    out.push(
      ...diffBoardInfo(before.board, after.board),
      ...diffResources(before.board, after.board),
      ...diffObjects(before.board, after.board),
      ...diffMeasures(before.board, after.board),
    );
  }
  const keys = new Set([...Object.keys(before.texts), ...Object.keys(after.texts)]);
  for (const key of [...keys].sort()) out.push(...diffParagraphs(key, before.texts[key] ?? [], after.texts[key] ?? []));
  return out;
}
