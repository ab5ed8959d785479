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

/** Compares each goal with the unit's planned activities in the goal's period. */
export function compareWithGoals(board: PksBoard, result: PksResult, goals: readonly GoalInput[]): GoalComparison[] {
  return goals.map((goal) => {
    const kind = periodKindOfKey(goal.period);
    const object = board.planningObjects.find((o) => o.id === goal.planningObjectId);
    const series = result.planningObjects[goal.planningObjectId];
    const base = { goalId: goal.id, planningObjectId: goal.planningObjectId, period: goal.period, goal: goal.volume };
    if (!kind || !object || !series) return { ...base, planned: null, deviation: null, weeks: 0, gapHours: 0 };
    let planned = 0;
    let weeks = 0;
    result.weeks.forEach((week, w) => {
      if (periodKey(week, kind) !== goal.period) return;
      planned += series.planned[w];
      weeks++;
    });
    const deviation = planned - goal.volume;
    const hoursPerActivity = Math.max(0, ...Object.values(object.timePerActivity ?? {}));
    return { ...base, planned, deviation, weeks, gapHours: deviation < 0 ? -deviation * hoursPerActivity : 0 };
  });
}
