/**
 * Beside a reflection's notes: the schedule period's plan against what was scheduled and what came
 * out, per planning object and per resource, from the board's engine result. Pure, browser and server.
 */

import { compareWeeks, type PksBoard, type PksResult } from "@/lib/engine";
import { planningObjectLabel } from "@/lib/import/validate";
import type { ReflectionPeriod } from "./reflection";

export interface ObjectPeriodFigures {
  id: string;
  label: string;
  /** Planned production over the period's weeks (activities). */
  planned: number;
  /** Slots the schedule lays per week × the period's weeks; null without a schedule for it. */
  scheduled: number | null;
  /** Produced as recorded in follow-up; null when nothing is recorded for the period. */
  outcome: number | null;
}

export interface ResourcePeriodFigures {
  id: string;
  name: string;
  /** Capacity need and available capacity over the period (hours). */
  need: number;
  available: number;
  /** Actual capacity as recorded; null when nothing is recorded for the period. */
  actual: number | null;
}

export interface PeriodFigures {
  /** The period's weeks inside the board's horizon. */
  weeks: string[];
  objects: ObjectPeriodFigures[];
  resources: ResourcePeriodFigures[];
}

const inPeriod = (week: string, period: ReflectionPeriod) =>
  compareWeeks(week, period.fromWeek) >= 0 && compareWeeks(week, period.toWeek) <= 0;

function sumRecorded(weeks: string[], value: (week: string) => number | undefined): number | null {
  let total: number | null = null;
  for (const week of weeks) {
    const v = value(week);
    if (v !== undefined) total = (total ?? 0) + v;
  }
  return total;
}

/** Plan vs scheduled vs outcome per planning object, and need vs available vs actual per resource, for the period. */
export function periodFigures(board: PksBoard, result: PksResult, period: ReflectionPeriod): PeriodFigures {
  const indices = result.weeks.flatMap((week, i) => (inPeriod(week, period) ? [i] : []));
  const weeks = indices.map((i) => result.weeks[i]);
  const total = (series: number[]) => indices.reduce((sum, i) => sum + (series[i] ?? 0), 0);
  const objects = board.planningObjects.flatMap((object) => {
    const entry = result.planningObjects[object.id];
    if (!entry) return [];
    const perWeek = entry.schedule?.scheduledPerWeek;
    return [
      {
        id: object.id,
        label: planningObjectLabel(object),
        planned: total(entry.planned),
        scheduled: perWeek === undefined ? null : perWeek * weeks.length,
        outcome: sumRecorded(weeks, (w) => board.outcomes?.[object.id]?.[w]?.produced),
      },
    ];
  });
  const resources = board.resources.flatMap((resource) => {
    const entry = result.resources[resource.id];
    if (!entry) return [];
    return [
      {
        id: resource.id,
        name: resource.name,
        need: total(entry.need),
        available: total(entry.available),
        actual: sumRecorded(weeks, (w) => board.actualCapacity?.[resource.id]?.[w]),
      },
    ];
  });
  return { weeks, objects, resources };
}
