/**
 * A unit's plan against the production goals the strategic level set for it: planned activities of
 * a planning object summed over the goal's period (quarter `2027-Q2`, tertial `2027-T1` or year
 * `2027`), the deviation (over > 0, under < 0) and, for a shortfall, the hours it would take on the
 * object's most time-consuming resource. Pure.
 */
import { type PeriodKind, periodKey } from "./periods";
import type { PksBoard, PksResult } from "./schema";

export interface GoalInput {
  id: string;
  planningObjectId: string;
  period: string;
  volume: number;
}

export interface GoalComparison {
  goalId: string;
  planningObjectId: string;
  period: string;
  goal: number;
  /** Planned activities in the period's weeks of the unit's horizon (null: the object is gone). */
  planned: number | null;
  /** planned − goal (null when the object is gone). */
  deviation: number | null;
  /** Weeks of the period inside the unit's horizon (0: the goal lies outside the plan). */
  weeks: number;
  /** Hours a shortfall needs on the object's most time-consuming resource (0 when over or even). */
  gapHours: number;
}

/** The kind of period a goal's key names, or null when the key is none of ours. */
export function periodKindOfKey(key: string): PeriodKind | null {
  if (/^\d{4}$/.test(key)) return "year";
  if (/^\d{4}-Q[1-4]$/.test(key)) return "quarter";
  if (/^\d{4}-T[1-3]$/.test(key)) return "tertial";
  if (/^\d{4}-(0[1-9]|1[0-2])$/.test(key)) return "month";
  return null;
}

/** Prefix of a goal on a group: every planning object of one service (`grupp:Nybesök`). */
export const GROUP_PREFIX = "grupp:";

/** The planning objects a goal counts: the object itself, or every object of the group's service. */
export function goalObjects(board: PksBoard, target: string): PksBoard["planningObjects"] {
  if (!target.startsWith(GROUP_PREFIX)) return board.planningObjects.filter((o) => o.id === target);
  const service = target.slice(GROUP_PREFIX.length);
  return board.planningObjects.filter((o) => o.service === service);
}

/** Compares each goal with the unit's planned activities (of the object or group) in the goal's period. */
export function compareWithGoals(board: PksBoard, result: PksResult, goals: readonly GoalInput[]): GoalComparison[] {
  return goals.map((goal) => {
    const kind = periodKindOfKey(goal.period);
    const objects = goalObjects(board, goal.planningObjectId).filter((o) => result.planningObjects[o.id]);
    const base = { goalId: goal.id, planningObjectId: goal.planningObjectId, period: goal.period, goal: goal.volume };
    if (!kind || objects.length === 0) return { ...base, planned: null, deviation: null, weeks: 0, gapHours: 0 };
    let planned = 0;
    let weeks = 0;
    result.weeks.forEach((week, w) => {
      if (periodKey(week, kind) !== goal.period) return;
      for (const object of objects) planned += result.planningObjects[object.id].planned[w];
      weeks++;
    });
    const deviation = planned - goal.volume;
    const hoursPerActivity = Math.max(0, ...objects.flatMap((o) => Object.values(o.timePerActivity ?? {})));
    return { ...base, planned, deviation, weeks, gapHours: deviation < 0 ? -deviation * hoursPerActivity : 0 };
  });
}
