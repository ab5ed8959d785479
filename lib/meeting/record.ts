/** Pure parts of a meeting's record: the measures' statuses and the decisions between two states. */

import type { MeetingRecord } from "@/lib/db/schema";
import type { PksBoard } from "@/lib/engine";

/** Each measure's status by id. */
export function measureStatuses(board: PksBoard | null): Record<string, string> {
  return Object.fromEntries((board?.measures ?? []).map((m) => [m.id, m.status]));
}

/**
 * The decisions of a meeting: every measure whose status at the end differs from its status at
 * the start, in board order. A measure added during the meeting counts when it was added as
 * decided or realized (`from` null); a new proposal is not a decision.
 */
export function diffDecisions(start: Record<string, string>, end: PksBoard | null): MeetingRecord["decisions"] {
  return (end?.measures ?? [])
    .filter((m) => (m.id in start ? start[m.id] !== m.status : m.status !== "proposed"))
    .map((m) => ({ measureId: m.id, title: m.title, from: start[m.id] ?? null, to: m.status }));
}
