/**
 * Expected waiting time beside the number waiting (ENGINE.md v2, "Expected waiting time"): the
 * engine gives whole weeks (an upper bound, null when the horizon ends first); the UI shows days
 * as 7k and judges them against the object's target waiting time and the care guarantee.
 */
import type { PlanningObject, PlanningObjectResult } from "@/lib/engine";
import { priorityDays } from "./priority-order";

/** The care guarantee in specialist care (vårdgarantin): treatment within 90 days. */
export const CARE_GUARANTEE_DAYS = 90;

/** The target waiting time in days the UI suggests from the medical priority (P60 → 60). */
export function suggestTargetWaitDays(priority: string | undefined): number | null {
  return priorityDays(priority);
}

export interface WaitTarget {
  days: number;
  /** Set on the board, suggested from the medical priority, or the care guarantee. */
  source: "set" | "priority" | "guarantee";
}

/** The target an object's waiting time is judged against. */
export function waitTargetOf(object: PlanningObject): WaitTarget {
  const set = object.waitingList?.targetWaitDays;
  if (set !== undefined) return { days: set, source: "set" };
  const suggested = suggestTargetWaitDays(object.priority);
  if (suggested !== null) return { days: suggested, source: "priority" };
  return { days: CARE_GUARANTEE_DAYS, source: "guarantee" };
}

export interface ExpectedWait {
  /** Whole weeks (upper bound); null when the horizon ends before the queue is served. */
  weeks: number | null;
  /** 7 · weeks: the upper bound in days. */
  days: number | null;
  /** Whether the upper bound is within the target, within the care guarantee; null when unknown. */
  isWithinTarget: boolean | null;
  isWithinGuarantee: boolean | null;
}

/** The expected waiting time of a patient who joins at the end of week `index`; null without a waiting list. */
export function expectedWaitAt(
  object: PlanningObject,
  entry: PlanningObjectResult | undefined,
  index: number,
): ExpectedWait | null {
  const series = entry?.expectedWaitWeeks;
  if (!object.waitingList || !series || series.length === 0) return null;
  const at = Math.max(0, Math.min(index, series.length - 1));
  const weeks = series[at] ?? null;
  const days = weeks === null ? null : weeks * 7;
  // null: the queue outlasts the rest of the horizon, so the wait exceeds 7 · remaining days.
  const beyond = 7 * (series.length - 1 - at);
  const judge = (limit: number) => (days !== null ? days <= limit : beyond >= limit ? false : null);
  return {
    weeks,
    days,
    isWithinTarget: judge(waitTargetOf(object).days),
    isWithinGuarantee: judge(CARE_GUARANTEE_DAYS),
  };
}
