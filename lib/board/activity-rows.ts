/**
 * The activity plan's non-patient rows (möte, administration, utbildning, forskning, jour,
 * frånvaro), kept in the board document beside the schedule but outside the `pks-board` data:
 * they change no number of the engine (schedule vs plan counts patient rows per planning object),
 * and the exchange format's `schedule[].planningObjectId` stays required (docs/rules.md).
 * Top-level map `pks.activities`: row id → Map { pos, resourceId, weekday, session, type, hours,
 * persons, planningObjectId?, slots? }. A row whose resource was removed is skipped on read, so
 * restoring the resource ("Ångra") brings its rows back.
 */
import * as Y from "yjs";
import { z } from "zod";
import type { PksBoard } from "@/lib/engine";

export const ACTIVITIES_MAP = "pks.activities";

/** Row types of the activity plan that are not patient activities. */
export const ACTIVITY_TYPES = ["meeting", "administration", "education", "research", "on-call", "absence"] as const;
export type ActivityType = (typeof ACTIVITY_TYPES)[number];

/** A non-patient row: `hours` per person in that session, `persons` of the resource taking part. */
export const activityRowSchema = z.strictObject({
  resourceId: z.string().min(1),
  weekday: z.number().int().min(1).max(7),
  session: z.enum(["am", "pm"]),
  type: z.enum(ACTIVITY_TYPES),
  hours: z.number().min(0).max(24),
  persons: z.number().min(0).max(10_000),
  /** On-call rows: the acute planning object they take, and how many visits. */
  planningObjectId: z.string().min(1).optional(),
  slots: z.number().min(0).max(10_000).optional(),
});
export type ActivityRow = z.infer<typeof activityRowSchema>;
export type ActivityRowWithId = ActivityRow & { id: string };

const rowsOf = (doc: Y.Doc) => doc.getMap<Y.Map<unknown>>(ACTIVITIES_MAP);

/**
 * The non-patient rows in display order (by `pos`, ties by id). Rows that fail the schema or
 * whose resource is not on the board are skipped; an on-call row's missing object is dropped.
 */
export function readActivityRows(
  doc: Y.Doc,
  board: Pick<PksBoard, "resources" | "planningObjects">,
): ActivityRowWithId[] {
  const resources = new Set(board.resources.map((r) => r.id));
  const objects = new Set(board.planningObjects.map((p) => p.id));
  const entries = [...rowsOf(doc).entries()].map(([id, map]) => ({ id, pos: Number(map.get("pos") ?? 0), map }));
  entries.sort((a, b) => a.pos - b.pos || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const rows: ActivityRowWithId[] = [];
  for (const { id, map } of entries) {
    const { pos: _pos, ...fields } = map.toJSON() as Record<string, unknown>;
    const parsed = activityRowSchema.safeParse(fields);
    if (!parsed.success || !resources.has(parsed.data.resourceId)) continue;
    const row: ActivityRowWithId = { id, ...parsed.data };
    if (row.planningObjectId && !objects.has(row.planningObjectId)) delete row.planningObjectId;
    rows.push(row);
  }
  return rows;
}

/** Adds a non-patient row; returns its id. */
export function addActivityRow(doc: Y.Doc, row: ActivityRow, origin: unknown = null): string {
  const rows = rowsOf(doc);
  const id = crypto.randomUUID();
  let pos = 0;
  for (const map of rows.values()) pos = Math.max(pos, Number(map.get("pos") ?? 0) + 1);
  doc.transact(() => {
    const map = new Y.Map<unknown>();
    map.set("pos", pos);
    for (const [key, value] of Object.entries(activityRowSchema.parse(row))) map.set(key, value);
    rows.set(id, map);
  }, origin);
  return id;
}

/** Changes fields of a non-patient row (undefined clears an optional field); writes only what changes. */
export function updateActivityRow(
  doc: Y.Doc,
  id: string,
  patch: Partial<{ [K in keyof ActivityRow]: ActivityRow[K] | undefined }>,
  origin: unknown = null,
): boolean {
  const map = rowsOf(doc).get(id);
  if (!map) return false;
  doc.transact(() => {
    for (const [key, value] of Object.entries(patch)) {
      if (value === undefined) map.delete(key);
      else if (map.get(key) !== value) map.set(key, value);
    }
  }, origin);
  return true;
}

/** Removes a non-patient row. */
export function removeActivityRow(doc: Y.Doc, id: string, origin: unknown = null): boolean {
  const rows = rowsOf(doc);
  if (!rows.has(id)) return false;
  doc.transact(() => rows.delete(id), origin);
  return true;
}
