/**
 * Per planning object series that do not depend on capacity: base demand, demand, waiting-list
 * reduction, acute dimensioning, production need and the time factor of need measures; and, once
 * the allocation has reserved capacity, planned production, acute shortfall, waiting list,
 * expected waiting time, follow-up and schedule coverage.
 */
import { activeRange, type HorizonContext } from "./horizon";
import type { NeedEffect } from "./measures";
import type { Acute, FollowUpResult, Outcome, PlanningObject, ScheduleResult } from "./schema";
import { allocateSeries, SCRATCH, scratchSeries } from "./series-arena";

export interface DemandSeries {
  demand: Float64Array;
  production: Float64Array;
  /** Π (1 + timePct/100) of active counted need measures; null when 1 in every week. */
  timeFactor: Float64Array | null;
}

/**
 * Base demand per horizon week (history mean by ISO week number, week 53 rule, then fallbacks),
 * written into `base` (a fresh series when omitted).
 */
export function computeBaseDemand(
  object: PlanningObject,
  ctx: HorizonContext,
  base: Float64Array = allocateSeries(ctx.size),
): Float64Array {
  const sums = scratchSeries(SCRATCH.historySums, 54);
  const counts = scratchSeries(SCRATCH.historyCounts, 54);
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
  if (totalCount === 0) return base.fill(object.annualVolume === undefined ? 0 : object.annualVolume / 52);
  const allMean = total / totalCount;
  for (let w = 0; w < ctx.size; w++) {
    const n = ctx.weekNumbers[w];
    if (counts[n] > 0) base[w] = sums[n] / counts[n];
    else if (n === 53 && counts[52] > 0) base[w] = sums[52] / counts[52];
    else base[w] = allMean;
  }
  return base;
}

/** The waiting list the engine uses: none on an acute object (a version 1 document may hold one). */
export function effectiveWaitingList(object: PlanningObject): PlanningObject["waitingList"] {
  return object.acute ? undefined : object.waitingList;
}

/** The waiting-list reduction R spread evenly: `perWeek` in the eligible weeks 0…hi. */
export interface ExtraProduction {
  perWeek: number;
  hi: number;
  /** Every week up to `hi` is eligible (all of them are low-production weeks). */
  allWeeks: boolean;
}

/** Waiting-list reduction per week: R spread evenly over the eligible weeks up to targetWeek. */
export function computeExtra(object: PlanningObject, ctx: HorizonContext): ExtraProduction | null {
  const list = effectiveWaitingList(object);
  if (!list) return null;
  const reduction = Math.max(0, list.current - list.target);
  if (reduction === 0) return null;
  const { hi } = activeRange(ctx, undefined, list.targetWeek);
  if (hi < 0) return null; // target week before the horizon: no weeks to spread over
  let eligible = 0;
  for (let w = 0; w <= hi; w++) if (ctx.lowProduction[w] === 0) eligible++;
  const allWeeks = eligible === 0;
  return { perWeek: reduction / (allWeeks ? hi + 1 : eligible), hi, allWeeks };
}

/** Π (1 + pct/100) per week of the need effects on volume (scratch) and on time (null: none). */
function applyNeedEffects(
  effects: readonly NeedEffect[] | undefined,
  size: number,
): { volume: Float64Array | null; timeFactor: Float64Array | null } {
  let volume: Float64Array | null = null;
  let timeFactor: Float64Array | null = null;
  for (const effect of effects ?? []) {
    const { lo, hi } = effect.range;
    if (effect.volumePct !== 0) {
      volume ??= scratchSeries(SCRATCH.volume, size, 1);
      for (let w = lo; w <= hi; w++) volume[w] *= 1 + effect.volumePct / 100;
    }
    if (effect.timePct !== 0) {
      timeFactor ??= allocateSeries(size).fill(1);
      for (let w = lo; w <= hi; w++) timeFactor[w] *= 1 + effect.timePct / 100;
    }
  }
  return { volume, timeFactor };
}

/** Demand, production need and time factor of one planning object. */
export function computeDemandSeries(
  object: PlanningObject,
  ctx: HorizonContext,
  effects: readonly NeedEffect[] | undefined,
): DemandSeries {
  const size = ctx.size;
  const demand = computeBaseDemand(object, ctx);
  const growth = 1 + (object.growthPct ?? 0) / 100;
  const adjust = scratchSeries(SCRATCH.adjust, size);
  for (const adjustment of object.adjustments ?? []) {
    const { lo, hi } = activeRange(ctx, adjustment.from, adjustment.to);
    for (let w = lo; w <= hi; w++) adjust[w] += adjustment.perWeek;
  }
  const { volume, timeFactor } = applyNeedEffects(effects, size);
  for (let w = 0; w < size; w++) {
    const raw = demand[w] * growth + adjust[w];
    demand[w] = Math.max(0, volume ? raw * volume[w] : raw);
  }
  const production = allocateSeries(size);
  production.set(demand);
  if (object.acute) {
    // prod = max(d, dim): the weekly acute dimension is reserved whatever the forecast says.
    const dim = (object.acute.daysPerWeek ?? 7) * computeAcuteDimension(object.acute);
    for (let w = 0; w < size; w++) if (dim > production[w]) production[w] = dim;
  } else {
    const extra = computeExtra(object, ctx);
    // Outside the eligible weeks production is demand (+ 0, which leaves a demand ≥ 0 as it is).
    if (extra)
      for (let w = 0; w <= extra.hi; w++)
        if (extra.allWeeks || ctx.lowProduction[w] === 0) production[w] = demand[w] + extra.perWeek;
  }
  return { demand, production, timeFactor };
}

export interface PlanSeries {
  planned: Float64Array;
  waiting: Float64Array;
  /** max(0, d − reserved) per week; only for acute objects. */
  acuteShortfall: Float64Array | null;
}

/**
 * Planned production and waiting list from the reserved capacity: an elective object plans what
 * it was given and queues the rest; an acute object plans what arrives, up to its reservation,
 * reports the rest as acute shortfall, and has no waiting list.
 */
export function computePlanAndQueue(object: PlanningObject, series: DemandSeries, reserved: Float64Array): PlanSeries {
  const { demand } = series;
  const size = demand.length;
  const waiting = allocateSeries(size);
  if (object.acute) {
    const planned = allocateSeries(size);
    const acuteShortfall = allocateSeries(size);
    for (let w = 0; w < size; w++) {
      planned[w] = Math.min(demand[w], reserved[w]);
      acuteShortfall[w] = Math.max(0, demand[w] - reserved[w]);
    }
    return { planned, waiting, acuteShortfall };
  }
  let queue = object.waitingList?.current ?? 0;
  for (let w = 0; w < size; w++) {
    queue = Math.max(0, queue + demand[w] - reserved[w]);
    waiting[w] = queue;
  }
  return { planned: reserved, waiting, acuteShortfall: null };
}

const EPSILON = 1e-9;

/** Smallest k ≥ 1 with Σ planned[w+1 … w+k] ≥ target, summed directly; null past the horizon. */
function waitByDirectSum(planned: Float64Array, w: number, target: number): number | null {
  let total = 0;
  for (let j = w + 1; j < planned.length; j++) {
    total += planned[j];
    if (total >= target) return j - w;
  }
  return null;
}

/**
 * Expected waiting time in whole weeks (FIFO) for a patient joining at the end of each week: 0
 * when nobody waits, else the smallest k ≥ 1 whose next k weeks of planned production clear the
 * queue; null when the horizon ends first. Binary search on prefix sums, with the direct sum of
 * the contract wherever rounding could decide.
 */
export function computeExpectedWait(planned: Float64Array, waiting: Float64Array): (number | null)[] {
  const size = planned.length;
  const prefix = scratchSeries(SCRATCH.prefix, size + 1);
  for (let i = 0; i < size; i++) prefix[i + 1] = prefix[i] + planned[i];
  const tolerance = 1e-6 * Math.max(1, prefix[size]);
  const out: (number | null)[] = new Array(size);
  for (let w = 0; w < size; w++) {
    const queue = waiting[w];
    if (queue <= EPSILON) {
      out[w] = 0;
      continue;
    }
    const target = queue - EPSILON;
    const base = prefix[w + 1];
    const all = prefix[size] - base;
    if (Math.abs(all - target) <= tolerance) out[w] = waitByDirectSum(planned, w, target);
    else if (all < target) out[w] = null;
    else {
      // Smallest j in [w+1, size−1] with prefix[j+1] − base ≥ target.
      let lo = w + 1;
      let hi = size - 1;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (prefix[mid + 1] - base >= target) hi = mid;
        else lo = mid + 1;
      }
      const near =
        Math.abs(prefix[lo + 1] - base - target) <= tolerance || Math.abs(prefix[lo] - base - target) <= tolerance;
      out[w] = near ? waitByDirectSum(planned, w, target) : lo - w;
    }
  }
  return out;
}

/** Nearest-rank percentile of daily acute demand at coveragePct. */
export function computeAcuteDimension(acute: Acute): number {
  const sorted = [...acute.dailyDemand].sort((a, b) => a - b);
  // coveragePct · n / 100 rather than coveragePct/100 · n: 70/100·10 is 7.000000000000001 in
  // floating point, which ceil would turn into 8.
  const k = Math.max(1, Math.ceil((acute.coveragePct * sorted.length) / 100));
  return sorted[Math.min(k, sorted.length) - 1];
}

/** Share of days (0–100) whose acute demand is above the dimension. */
export function computeAcuteDaysAbovePct(acute: Acute, dimension: number): number {
  let above = 0;
  for (const value of acute.dailyDemand) if (value > dimension) above++;
  return (100 * above) / acute.dailyDemand.length;
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

/** A schedule row as the engine uses it: slots per week on the availability of its resource. */
export interface ScheduleSlots {
  slots: number;
  /** a_r(w) of the row's resource. */
  share: Float64Array;
}

/** Schedule vs plan for one object: each row's slots scaled by its own resource's availability. */
export function computeScheduleCoverage(rows: readonly ScheduleSlots[], planned: Float64Array): ScheduleResult {
  let perWeek = 0;
  let total = 0;
  for (const row of rows) {
    perWeek += row.slots;
    let rowTotal = 0;
    for (let w = 0; w < row.share.length; w++) rowTotal += row.slots * row.share[w];
    total += rowTotal;
  }
  let plannedTotal = 0;
  for (let w = 0; w < planned.length; w++) plannedTotal += planned[w];
  return {
    scheduledPerWeek: perWeek,
    scheduledTotal: total,
    coverage: plannedTotal === 0 ? null : total / plannedTotal,
  };
}
