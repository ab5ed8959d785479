/**
 * The strategic level's sums (seed 001 1771–1800, 2143–2177): from each unit board's engine
 * result, per resource (matched across units by name) and per unit the need — acute and elective
 * apart (2150–2151) — and the available capacity summed per period of the strategic board's
 * horizon, each unit's balance, the organisation's total, where units are short, and a comparison
 * of the units on need, capacity, coverage and hours per activity (2165–2177). Pure.
 */
import { type PeriodKind, periodKey } from "./periods";
import type { PksBoard, PksResult } from "./schema";

/** One linked unit board: its planning data and the engine's result for it. */
export interface UnitInput {
  id: string;
  name: string;
  board: PksBoard;
  result: PksResult;
}

/** Sums per period (aligned with `StrategicSummary.periods`). */
export interface PeriodSums {
  need: number[];
  acuteNeed: number[];
  electiveNeed: number[];
  available: number[];
  /** available − need; negative = short. */
  balance: number[];
  /** available / need, null where there is no need. */
  coverage: (number | null)[];
}

export interface UnitResourceSums extends PeriodSums {
  unitId: string;
  unitName: string;
  /** Whether the resource is this unit's limiting one (the engine's `limitingResource`). */
  isLimiting: boolean;
}

/** One unit on one resource over the whole strategic horizon (the comparison, 2165–2177). */
export interface UnitComparison {
  unitId: string;
  unitName: string;
  need: number;
  available: number;
  coverage: number | null;
  /** Planned production activities of the objects that use the resource. */
  activities: number;
  /** need / activities: how many hours the unit counts per activity (null without activities). */
  hoursPerActivity: number | null;
}

export interface Shortage {
  unitId: string;
  unitName: string;
  period: string;
  /** The shortfall in hours (> 0). */
  hours: number;
}

export interface ResourceSummary {
  /** Name in lower case, trimmed: the key units share. */
  key: string;
  name: string;
  /** Limiting in at least one unit. */
  isLimiting: boolean;
  units: UnitResourceSums[];
  total: PeriodSums;
  shortages: Shortage[];
  comparison: UnitComparison[];
}

export interface StrategicSummary {
  kind: PeriodKind;
  /** Period keys in order (`2027-Q1`, …). */
  periods: string[];
  /** Weeks of the strategic horizon in each period. */
  weekCounts: number[];
  /** Limiting resources first, then by the organisation's total shortfall. */
  resources: ResourceSummary[];
}

const EPSILON = 1e-9;

/** The key units' resources are matched by: the name, trimmed and in lower case. */
export function resourceKeyOf(name: string): string {
  return name.trim().toLocaleLowerCase("sv-SE");
}

function periodsOf(weeks: readonly string[], kind: PeriodKind) {
  const keys: string[] = [];
  const weekCounts: number[] = [];
  const index = new Map<string, number>();
  const weekPeriod = new Map<string, number>();
  for (const week of weeks) {
    const key = periodKey(week, kind);
    let p = index.get(key);
    if (p === undefined) {
      p = keys.length;
      index.set(key, p);
      keys.push(key);
      weekCounts.push(0);
    }
    weekCounts[p]++;
    weekPeriod.set(week, p);
  }
  return { keys, weekCounts, weekPeriod };
}

function emptySums(length: number): PeriodSums {
  const zeros = () => new Array<number>(length).fill(0);
  return {
    need: zeros(),
    acuteNeed: zeros(),
    electiveNeed: zeros(),
    available: zeros(),
    balance: zeros(),
    coverage: [],
  };
}

function finish(sums: PeriodSums): void {
  sums.balance = sums.available.map((a, i) => a - sums.need[i]);
  sums.electiveNeed = sums.need.map((n, i) => Math.max(0, n - sums.acuteNeed[i]));
  sums.coverage = sums.need.map((n, i) => (n > EPSILON ? sums.available[i] / n : null));
}

/** One unit's sums for one of its resources, over the strategic periods. */
function sumUnitResource(
  unit: UnitInput,
  resourceId: string,
  weekPeriod: Map<string, number>,
  length: number,
): { sums: PeriodSums; activities: number } {
  const sums = emptySums(length);
  const result = unit.result.resources[resourceId];
  const objects = unit.board.planningObjects.filter((o) => (o.timePerActivity?.[resourceId] ?? 0) > 0);
  let activities = 0;
  unit.result.weeks.forEach((week, w) => {
    const p = weekPeriod.get(week);
    if (p === undefined || !result) return;
    sums.need[p] += result.need[w];
    sums.available[p] += result.available[w];
    for (const object of objects) {
      const series = unit.result.planningObjects[object.id];
      if (!series) continue;
      activities += series.planned[w];
      if (object.acute) sums.acuteNeed[p] += series.production[w] * (object.timePerActivity?.[resourceId] ?? 0);
    }
  });
  finish(sums);
  return { sums, activities };
}

function addInto(total: PeriodSums, part: PeriodSums): void {
  for (let i = 0; i < total.need.length; i++) {
    total.need[i] += part.need[i];
    total.acuteNeed[i] += part.acuteNeed[i];
    total.available[i] += part.available[i];
  }
}

function compareUnit(unit: UnitInput, sums: PeriodSums, activities: number): UnitComparison {
  const need = sums.need.reduce((a, b) => a + b, 0);
  const available = sums.available.reduce((a, b) => a + b, 0);
  return {
    unitId: unit.id,
    unitName: unit.name,
    need,
    available,
    coverage: need > EPSILON ? available / need : null,
    activities,
    hoursPerActivity: activities > EPSILON ? need / activities : null,
  };
}

function shortfallOf(summary: ResourceSummary): number {
  return summary.total.balance.reduce((sum, b) => sum + Math.max(0, -b), 0);
}

/**
 * Sums the linked units' results per resource and period of the strategic horizon (`weeks`,
 * grouped by `kind`); weeks of a unit outside those weeks are left out. A unit's resource counts
 * where its name matches (case and surrounding space ignored).
 */
export function aggregateUnits(
  units: readonly UnitInput[],
  weeks: readonly string[],
  kind: PeriodKind,
): StrategicSummary {
  const { keys, weekCounts, weekPeriod } = periodsOf(weeks, kind);
  const byKey = new Map<string, ResourceSummary>();
  for (const unit of units) {
    for (const resource of unit.board.resources) {
      const key = resourceKeyOf(resource.name);
      let summary = byKey.get(key);
      if (!summary) {
        summary = {
          key,
          name: resource.name.trim(),
          isLimiting: false,
          units: [],
          total: emptySums(keys.length),
          shortages: [],
          comparison: [],
        };
        byKey.set(key, summary);
      }
      const { sums, activities } = sumUnitResource(unit, resource.id, weekPeriod, keys.length);
      const isLimiting = unit.result.limitingResource === resource.id;
      summary.isLimiting ||= isLimiting;
      summary.units.push({ unitId: unit.id, unitName: unit.name, isLimiting, ...sums });
      addInto(summary.total, sums);
      summary.comparison.push(compareUnit(unit, sums, activities));
      sums.balance.forEach((balance, p) => {
        if (balance < -EPSILON)
          summary.shortages.push({ unitId: unit.id, unitName: unit.name, period: keys[p], hours: -balance });
      });
    }
  }
  const resources = [...byKey.values()];
  for (const summary of resources) finish(summary.total);
  resources.sort((a, b) => Number(b.isLimiting) - Number(a.isLimiting) || shortfallOf(b) - shortfallOf(a));
  return { kind, periods: keys, weekCounts, resources };
}
