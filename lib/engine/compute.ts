/**
 * The planning computation of ENGINE.md. `computeBoard` is the pure entry point; the state it
 * builds (series per planning object and resource, kept as typed arrays) is shared with the
 * incremental engine in engine.ts, which recomputes only what an edit affects.
 */
import {
  type Allocation,
  type AllocationChange,
  type AllocationObject,
  allocateByRank,
  createAllocation,
  groupByRank,
  type ResourceUse,
} from "./allocation";
import { createHorizonContext, type HorizonContext } from "./horizon";
import { type CapacityEffect, groupMeasures, type MeasureEffects } from "./measures";
import {
  computeAcuteDaysAbovePct,
  computeAcuteDimension,
  computeDemandSeries,
  computeExpectedWait,
  computeFollowUp,
  computePlanAndQueue,
  computeScheduleCoverage,
  type DemandSeries,
  effectiveWaitingList,
  type PlanSeries,
} from "./object-series";
import type {
  PksBoard,
  PksMode,
  PksResult,
  PlanningObject,
  PlanningObjectResult,
  Resource,
  ResourceResult,
} from "./schema";
import { allocateSeries, SCRATCH, scratchSeries } from "./series-arena";

export interface ComputeOptions {
  /** `plan` (default) counts realized measures and decided ones whose basis is a decision; `scenario` all. */
  mode?: PksMode;
}

export interface ObjectState extends AllocationObject {
  source: PlanningObject;
  series: DemandSeries;
  /** Capacity reserved by the allocation, in activities per week. */
  reserved: Float64Array;
  plan: PlanSeries;
  entry: PlanningObjectResult;
}

export interface ResourceState {
  source: Resource;
  /** a_r(w). */
  share: Float64Array;
  available: Float64Array;
  need: Float64Array;
  sumAvailable: number;
  sumNeed: number;
  entry: ResourceResult;
}

/** A schedule row as resource index and slots per week. */
export interface ScheduleRowRef {
  r: number;
  slots: number;
}

export interface BoardState {
  board: PksBoard;
  mode: PksMode;
  ctx: HorizonContext;
  effects: MeasureEffects;
  resourceIndex: Map<string, number>;
  objects: ObjectState[];
  resources: ResourceState[];
  /** Object indices by rank group, ascending rank. */
  groups: number[][];
  /** Group index of each object. */
  groupOf: number[];
  allocation: Allocation;
  /** Schedule rows by planning object id (only objects with rows). */
  scheduleRows: Map<string, ScheduleRowRef[]>;
  result: PksResult;
}

/** Copies a typed array into a plain array (the output is plain JSON). */
export function toArray(values: Float64Array): number[] {
  const out: number[] = new Array(values.length);
  for (let i = 0; i < values.length; i++) out[i] = values[i];
  return out;
}

/** Assigns a record entry; `__proto__` as an id must become a key, not a prototype. */
export function setEntry<T>(record: Record<string, T>, key: string, value: T): void {
  if (key === "__proto__")
    Object.defineProperty(record, key, { value, enumerable: true, writable: true, configurable: true });
  else record[key] = value;
}

function hasOwn(record: object | undefined, key: string): boolean {
  return record !== undefined && Object.hasOwn(record, key);
}

/** a_r(w): the per-week override, else the low-production share in low weeks, else 1. */
export function computeShare(resource: Resource, ctx: HorizonContext): Float64Array {
  const share = allocateSeries(ctx.size);
  for (let w = 0; w < ctx.size; w++) {
    const override = resource.availability?.[ctx.weeks[w]];
    share[w] = override ?? (ctx.lowProduction[w] ? ctx.lowProductionAvailability : 1);
  }
  return share;
}

/** Available capacity of a resource per week, with counted capacity measures. */
export function computeAvailable(
  resource: Resource,
  share: Float64Array,
  effects: readonly CapacityEffect[] | undefined,
): Float64Array {
  const nominal = resource.count * resource.hoursPerWeek * (resource.utilization ?? 1);
  const size = share.length;
  const added = scratchSeries(SCRATCH.added, size);
  for (const effect of effects ?? []) {
    for (let w = effect.range.lo; w <= effect.range.hi; w++) added[w] += effect.hoursPerWeek;
  }
  const available = allocateSeries(size);
  for (let w = 0; w < size; w++) available[w] = Math.max(0, nominal * share[w] + added[w]);
  return available;
}

/**
 * Capacity need of resource `r`: Σ_p prod_p · t_pr, summed per rank group by the allocation
 * (members in input order) and then over the groups in rank order.
 */
export function computeNeed(state: BoardState, r: number): Float64Array {
  const rows = state.allocation.need.map((group) => group[r]).filter((row) => row !== null);
  if (rows.length === 1) return rows[0]; // never written after the allocation made it
  const need = allocateSeries(state.ctx.size);
  for (const row of rows) for (let w = 0; w < need.length; w++) need[w] += row[w];
  return need;
}

/** Resources with timePerActivity > 0 for an object, in its key order. */
export function usedResources(object: PlanningObject, resourceIndex: Map<string, number>): ResourceUse[] {
  const uses: ResourceUse[] = [];
  for (const id in object.timePerActivity) {
    const r = resourceIndex.get(id);
    const time = object.timePerActivity[id];
    if (r !== undefined && time > 0) uses.push({ r, time });
  }
  return uses;
}

/** rank_p: 0 for an acute object, else `rank`, else 100. */
export function objectRank(object: PlanningObject): number {
  if (object.acute) return 0;
  return object.rank ?? 100;
}

/** Builds the output entry of a planning object from its state. */
export function buildObjectEntry(state: BoardState, object: ObjectState): PlanningObjectResult {
  const { source, series, plan } = object;
  const entry: PlanningObjectResult = {
    rank: object.rank,
    demand: toArray(series.demand),
    production: toArray(series.production),
    planned: toArray(plan.planned),
    waiting: toArray(plan.waiting),
  };
  if (effectiveWaitingList(source)) entry.expectedWaitWeeks = computeExpectedWait(plan.planned, plan.waiting);
  const outcomes = state.board.outcomes;
  if (outcomes && hasOwn(outcomes, source.id)) {
    entry.followUp = computeFollowUp(outcomes[source.id], state.ctx, series.demand, plan.planned, plan.waiting);
  }
  const rows = state.scheduleRows.get(source.id);
  if (rows !== undefined) {
    const slots = rows.map((row) => ({ slots: row.slots, share: state.resources[row.r].share }));
    entry.schedule = computeScheduleCoverage(slots, plan.planned);
  }
  if (source.acute) {
    const dimension = computeAcuteDimension(source.acute);
    entry.acuteDimension = dimension;
    entry.acuteDaysAbovePct = computeAcuteDaysAbovePct(source.acute, dimension);
    entry.reserved = toArray(object.reserved);
    entry.acuteShortfall = toArray(plan.acuteShortfall as Float64Array);
  }
  return entry;
}

/** Number of balance periods in which Σ available < Σ need − 1e-9. */
export function countShortPeriods(ctx: HorizonContext, available: Float64Array, need: Float64Array): number {
  let short = 0;
  let sumAvailable = 0;
  let sumNeed = 0;
  for (let w = 0; w < ctx.size; w++) {
    sumAvailable += available[w];
    sumNeed += need[w];
    if (w === ctx.size - 1 || ctx.periodOf[w + 1] !== ctx.periodOf[w]) {
      if (sumAvailable < sumNeed - 1e-9) short++;
      sumAvailable = 0;
      sumNeed = 0;
    }
  }
  return short;
}

/** Builds the output entry of a resource from its state. */
export function buildResourceEntry(state: BoardState, resource: ResourceState): ResourceResult {
  const { available, need } = resource;
  const gap: number[] = new Array(available.length);
  for (let w = 0; w < gap.length; w++) gap[w] = available[w] - need[w];
  const entry: ResourceResult = {
    need: toArray(need),
    available: toArray(available),
    gap,
    coverage: resource.sumNeed === 0 ? null : resource.sumAvailable / resource.sumNeed,
    shortPeriods: countShortPeriods(state.ctx, available, need),
  };
  const actual = state.board.actualCapacity;
  const id = resource.source.id;
  if (actual && hasOwn(actual, id)) {
    const deviation = { weeks: [] as string[], values: [] as number[] };
    const byWeek = actual[id];
    for (let w = 0; w < state.ctx.size; w++) {
      const value = byWeek[state.ctx.weeks[w]];
      if (value === undefined) continue;
      deviation.weeks.push(state.ctx.weeks[w]);
      deviation.values.push(value - available[w]);
    }
    entry.capacityDeviation = deviation;
  }
  return entry;
}

/** Σ of a series. */
export function sum(values: Float64Array): number {
  let total = 0;
  for (let i = 0; i < values.length; i++) total += values[i];
  return total;
}

/** Fills need and its sum of resource `r` from the current object states. */
export function refreshResourceNeed(state: BoardState, r: number): void {
  const resource = state.resources[r];
  resource.need = computeNeed(state, r);
  resource.sumNeed = sum(resource.need);
}

/** Schedule rows per planning object id, as resource indices. */
export function collectScheduleRows(
  board: PksBoard,
  resourceIndex: Map<string, number>,
): Map<string, ScheduleRowRef[]> {
  const rows = new Map<string, ScheduleRowRef[]>();
  for (const row of board.schedule ?? []) {
    const ref = { r: resourceIndex.get(row.resourceId) as number, slots: row.slots };
    const list = rows.get(row.planningObjectId);
    if (list) list.push(ref);
    else rows.set(row.planningObjectId, [ref]);
  }
  return rows;
}

/**
 * Runs the allocation by rank (all of it, or from what `change` says on); returns the indices of
 * objects whose reserved capacity changed.
 */
export function refreshAllocation(state: BoardState, change: AllocationChange | null = null): number[] {
  const { allocation } = state;
  if (change === null || change.from === 0) {
    allocation.remBefore[0] = state.resources.map((resource) => resource.available);
  }
  const changed = allocateByRank(state.objects, state.groups, allocation, state.ctx.size, change);
  for (const o of changed) state.objects[o].reserved = allocation.reserved[o];
  return changed;
}

/** The top-level result from the current entries: limiting resource and balance per period. */
export function assembleResult(state: BoardState): PksResult {
  const planningObjects: Record<string, PlanningObjectResult> = {};
  for (const object of state.objects) setEntry(planningObjects, object.source.id, object.entry);
  const resources: Record<string, ResourceResult> = {};
  let limitingResource: string | null = null;
  let lowest = Number.POSITIVE_INFINITY;
  let isBalanced = true;
  for (const resource of state.resources) {
    setEntry(resources, resource.source.id, resource.entry);
    const coverage = resource.entry.coverage;
    // Strict < keeps the first resource in input order on ties.
    if (coverage !== null && coverage < lowest) {
      lowest = coverage;
      limitingResource = resource.source.id;
    }
    if (resource.entry.shortPeriods > 0) isBalanced = false;
  }
  return {
    format: "pks-result",
    version: 2,
    mode: state.mode,
    weeks: state.ctx.weeks.slice(),
    balancePeriod: state.ctx.balancePeriod,
    planningObjects,
    resources,
    limitingResource,
    balanced: isBalanced,
  };
}

const EMPTY_SERIES = new Float64Array(0);

/** The state of one planning object before allocation. */
export function createObjectState(state: BoardState, source: PlanningObject): ObjectState {
  const series = computeDemandSeries(source, state.ctx, state.effects.need.get(source.id));
  return {
    source,
    series,
    rank: objectRank(source),
    uses: usedResources(source, state.resourceIndex),
    production: series.production,
    timeFactor: series.timeFactor,
    reserved: EMPTY_SERIES,
    plan: { planned: EMPTY_SERIES, waiting: EMPTY_SERIES, acuteShortfall: null },
    entry: null as unknown as PlanningObjectResult,
  };
}

/** Builds the full computation state of a validated board. */
export function buildState(board: PksBoard, mode: PksMode): BoardState {
  const ctx = createHorizonContext(board);
  const effects = groupMeasures(board, ctx, mode);
  const resourceIndex = new Map(board.resources.map((resource, r) => [resource.id, r]));
  const state: BoardState = {
    board,
    mode,
    ctx,
    effects,
    resourceIndex,
    objects: [],
    resources: [],
    groups: [],
    groupOf: [],
    allocation: createAllocation([], []),
    scheduleRows: collectScheduleRows(board, resourceIndex),
    result: null as unknown as PksResult,
  };
  for (const resource of board.resources) {
    const share = computeShare(resource, ctx);
    const available = computeAvailable(resource, share, effects.capacity.get(resource.id));
    state.resources.push({
      source: resource,
      share,
      available,
      need: new Float64Array(0),
      sumAvailable: sum(available),
      sumNeed: 0,
      entry: null as unknown as ResourceResult,
    });
  }
  for (const object of board.planningObjects) state.objects.push(createObjectState(state, object));
  state.groups = groupByRank(state.objects);
  state.groups.forEach((members, g) => {
    for (const o of members) state.groupOf[o] = g;
  });
  state.allocation = createAllocation(
    state.groups,
    state.resources.map((resource) => resource.available),
  );
  refreshAllocation(state);
  for (let r = 0; r < state.resources.length; r++) {
    refreshResourceNeed(state, r);
    state.resources[r].entry = buildResourceEntry(state, state.resources[r]);
  }
  for (const object of state.objects) refreshObjectPlan(state, object);
  state.result = assembleResult(state);
  return state;
}

/** Recomputes planned production, waiting list and the output entry of one object. */
export function refreshObjectPlan(state: BoardState, object: ObjectState): void {
  object.plan = computePlanAndQueue(object.source, object.series, object.reserved);
  object.entry = buildObjectEntry(state, object);
}

/**
 * Computes the `pks-result` of a validated board. Pure: the board is not modified, and numbers
 * are unrounded.
 */
export function computeBoard(board: PksBoard, options: ComputeOptions = {}): PksResult {
  return buildState(board, options.mode ?? "plan").result;
}
