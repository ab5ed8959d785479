/**
 * Per planning object series that do not depend on capacity: base demand, demand, waiting-list
 * reduction, production need and the time factor of need measures; and, once feasible shares are
 * known, planned production, waiting list, follow-up, acute dimensioning and schedule coverage.
 */
import { activeRange, type HorizonContext } from "./horizon";
import type { NeedEffect } from "./measures";
import type { Acute, FollowUpResult, Outcome, PlanningObject, ScheduleResult } from "./schema";

export interface DemandSeries {
  demand: Float64Array;
  production: Float64Array;
  /** Π (1 + timePct/100) of active counted need measures; null when 1 in every week. */
  timeFactor: Float64Array | null;
}

/** Base demand per horizon week: history mean by ISO week number, week 53 rule, then fallbacks. */
export function computeBaseDemand(object: PlanningObject, ctx: HorizonContext): Float64Array {
  const base = new Float64Array(ctx.size);
  const sums = new Float64Array(54);
  const counts = new Uint32Array(54);
  let total = 0;
  let totalCount = 0;
  // Object.keys and Object.values share one order; reading both avoids a hash lookup per key.
  const history = object.history ?? {};
  const weeks = Object.keys(history);
  const values = Object.values(history);
  for (let i = 0; i < weeks.length; i++) {
    const value = values[i];
    // Key is validated `YYYY-Www`, so the number sits at a fixed offset.
    const number = (weeks[i].charCodeAt(6) - 48) * 10 + (weeks[i].charCodeAt(7) - 48);
    sums[number] += value;
    counts[number]++;
    total += value;
    totalCount++;
  }
  if (totalCount === 0) {
    base.fill(object.annualVolume === undefined ? 0 : object.annualVolume / 52);
    return base;
  }
  const allMean = total / totalCount;
  for (let w = 0; w < ctx.size; w++) {
    const n = ctx.weekNumbers[w];
    if (counts[n] > 0) base[w] = sums[n] / counts[n];
    else if (n === 53 && counts[52] > 0) base[w] = sums[52] / counts[52];
    else base[w] = allMean;
  }
  return base;
}

/** Waiting-list reduction per week: R spread evenly over the eligible weeks up to targetWeek. */
export function computeExtra(object: PlanningObject, ctx: HorizonContext): Float64Array | null {
  const list = object.waitingList;
  if (!list) return null;
  const reduction = Math.max(0, list.current - list.target);
  if (reduction === 0) return null;
  const { hi } = activeRange(ctx, undefined, list.targetWeek);
  if (hi < 0) return null; // target week before the horizon: no weeks to spread over
  let eligible = 0;
  for (let w = 0; w <= hi; w++) if (ctx.lowProduction[w] === 0) eligible++;
  const allWeeks = eligible === 0;
  const perWeek = reduction / (allWeeks ? hi + 1 : eligible);
  const extra = new Float64Array(ctx.size);
  for (let w = 0; w <= hi; w++) if (allWeeks || ctx.lowProduction[w] === 0) extra[w] = perWeek;
  return extra;
}

/** Demand, production need and time factor of one planning object. */
export function computeDemandSeries(
  object: PlanningObject,
  ctx: HorizonContext,
  effects: readonly NeedEffect[] | undefined,
): DemandSeries {
  const size = ctx.size;
  const base = computeBaseDemand(object, ctx);
  const growth = 1 + (object.growthPct ?? 0) / 100;
  const adjust = new Float64Array(size);
  for (const adjustment of object.adjustments ?? []) {
    const { lo, hi } = activeRange(ctx, adjustment.from, adjustment.to);
    for (let w = lo; w <= hi; w++) adjust[w] += adjustment.perWeek;
  }
  let volume: Float64Array | null = null;
  let timeFactor: Float64Array | null = null;
  for (const effect of effects ?? []) {
    const { lo, hi } = effect.range;
    if (effect.volumePct !== 0) {
      volume ??= new Float64Array(size).fill(1);
      for (let w = lo; w <= hi; w++) volume[w] *= 1 + effect.volumePct / 100;
    }
    if (effect.timePct !== 0) {
      timeFactor ??= new Float64Array(size).fill(1);
      for (let w = lo; w <= hi; w++) timeFactor[w] *= 1 + effect.timePct / 100;
    }
  }
  const demand = new Float64Array(size);
  for (let w = 0; w < size; w++) {
    const raw = base[w] * growth + adjust[w];
    demand[w] = Math.max(0, volume ? raw * volume[w] : raw);
  }
  const extra = computeExtra(object, ctx);
  const production = extra ? new Float64Array(size) : demand.slice();
  if (extra) for (let w = 0; w < size; w++) production[w] = demand[w] + extra[w];
  return { demand, production, timeFactor };
}

/** Planned production and waiting list given the object's feasible share per week. */
export function computePlanAndQueue(
  object: PlanningObject,
  series: DemandSeries,
  feasible: Float64Array | null,
): { planned: Float64Array; waiting: Float64Array } {
  const { demand, production } = series;
  const size = demand.length;
  const planned = feasible ? new Float64Array(size) : production.slice();
  if (feasible) for (let w = 0; w < size; w++) planned[w] = production[w] * feasible[w];
  const waiting = new Float64Array(size);
  let queue = object.waitingList?.current ?? 0;
  for (let w = 0; w < size; w++) {
    queue = Math.max(0, queue + demand[w] - planned[w]);
    waiting[w] = queue;
  }
  return { planned, waiting };
}

/** Nearest-rank percentile of daily acute demand at coveragePct. */
export function computeAcuteDimension(acute: Acute): number {
  const sorted = [...acute.dailyDemand].sort((a, b) => a - b);
  // coveragePct · n / 100 rather than coveragePct/100 · n: 70/100·10 is 7.000000000000001 in
  // floating point, which ceil would turn into 8.
  const k = Math.max(1, Math.ceil((acute.coveragePct * sorted.length) / 100));
  return sorted[Math.min(k, sorted.length) - 1];
}

/** Follow-up of a planning object against its outcomes in horizon weeks. */
export function computeFollowUp(
  outcomes: Record<string, Outcome>,
  ctx: HorizonContext,
  demand: Float64Array,
  planned: Float64Array,
  waiting: Float64Array,
): FollowUpResult {
  const result: FollowUpResult = {
    weeks: [],
    deviation: [],
    cumulativeDeviation: [],
    waitingDeviation: [],
    inflowMape: null,
  };
  let cumulative = 0;
  let apeSum = 0;
  let apeCount = 0;
  // Visit only the weeks that have an outcome (usually few), in horizon order.
  const inHorizon: (Outcome | undefined)[] = new Array(ctx.size);
  for (const week of Object.keys(outcomes)) {
    const w = ctx.position.get(week);
    if (w !== undefined) inHorizon[w] = outcomes[week];
  }
  for (let w = 0; w < ctx.size; w++) {
    const outcome = inHorizon[w];
    if (outcome === undefined) continue;
    result.weeks.push(ctx.weeks[w]);
    const deviation = outcome.produced === undefined ? null : outcome.produced - planned[w];
    cumulative += deviation ?? 0;
    result.deviation.push(deviation);
    result.cumulativeDeviation.push(cumulative);
    result.waitingDeviation.push(outcome.waiting === undefined ? null : outcome.waiting - waiting[w]);
    if (outcome.inflow !== undefined && outcome.inflow > 0) {
      apeSum += Math.abs(outcome.inflow - demand[w]) / outcome.inflow;
      apeCount++;
    }
  }
  result.inflowMape = apeCount === 0 ? null : apeSum / apeCount;
  return result;
}

/** Schedule vs plan for one object with `slotsPerWeek` scheduled slots. */
export function computeScheduleCoverage(
  slotsPerWeek: number,
  ctx: HorizonContext,
  planned: Float64Array,
): ScheduleResult {
  let total = 0;
  let plannedTotal = 0;
  for (let w = 0; w < ctx.size; w++) {
    total += slotsPerWeek * (ctx.lowProduction[w] ? ctx.lowProductionAvailability : 1);
    plannedTotal += planned[w];
  }
  return {
    scheduledPerWeek: slotsPerWeek,
    scheduledTotal: total,
    coverage: plannedTotal === 0 ? null : total / plannedTotal,
  };
}
