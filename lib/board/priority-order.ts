/**
 * A proposed *prioritetsordning vid kapacitetsbrist* from the medical priority (ENGINE.md v2,
 * "Rank"): P7 before P30 before P90. The proposal is only shown; ranks are set when a person
 * accepts it (and the decision is audited). Acute objects always come first and take no rank.
 */
import type { PlanningObject } from "@/lib/engine";

/** The medical priority in days ("P60" → 60), or null when the label is not of that form. */
export function priorityDays(priority: string | undefined): number | null {
  const match = /^\s*P\s*(\d{1,4})\s*$/i.exec(priority ?? "");
  if (!match) return null;
  const days = Number(match[1]);
  return days >= 1 && days <= 10000 ? days : null;
}

export interface ProposedRank {
  id: string;
  /** The proposed rank: the priority's days (P7 → 7), so the order reads off the label. */
  rank: number;
  /** The object had no medical priority: placed with its group (same service), to be checked. */
  isQueried: boolean;
}

/** The most common rank among `ranks` (ties: the lowest). */
function commonRank(ranks: number[]): number {
  const counts = new Map<number, number>();
  for (const r of ranks) counts.set(r, (counts.get(r) ?? 0) + 1);
  let best = ranks[0];
  for (const [rank, n] of counts) {
    const bestCount = counts.get(best) ?? 0;
    if (n > bestCount || (n === bestCount && rank < best)) best = rank;
  }
  return best;
}

/**
 * Ranks for the elective objects from their medical priority. An object without a priority label
 * is placed with the objects of the same service (their most common rank), else with the last
 * group, and is marked as queried. Empty when no elective object has a priority label.
 */
export function proposePriorityOrder(objects: readonly PlanningObject[]): ProposedRank[] {
  const elective = objects.filter((o) => !o.acute);
  const labelled = new Map<string, number>();
  for (const o of elective) {
    const days = priorityDays(o.priority);
    if (days !== null) labelled.set(o.id, days);
  }
  if (labelled.size === 0) return [];
  const last = Math.max(...labelled.values());
  return elective.map((o) => {
    const days = labelled.get(o.id);
    if (days !== undefined) return { id: o.id, rank: days, isQueried: false };
    const sameService = elective.filter((other) => other.service === o.service && labelled.has(other.id));
    const rank = sameService.length > 0 ? commonRank(sameService.map((other) => labelled.get(other.id)!)) : last;
    return { id: o.id, rank, isQueried: true };
  });
}

/** Whether the board has a decided prioritetsordning (some elective object has a rank). */
export function hasPriorityOrder(objects: readonly PlanningObject[]): boolean {
  return objects.some((o) => !o.acute && o.rank !== undefined);
}
