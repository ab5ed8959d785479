/**
 * The planning computation of ENGINE.md. `computeBoard` is the pure entry point; the state it
 * builds (series per planning object and resource, kept as typed arrays) is shared with the
 * incremental engine in engine.ts, which recomputes only what an edit affects.
 */
import { createHorizonContext, type HorizonContext } from "./horizon";
import { type CapacityEffect, groupMeasures, type MeasureEffects } from "./measures";
import {
  computeAcuteDimension,
  computeDemandSeries,
  computeFollowUp,
  computePlanAndQueue,
  computeScheduleCoverage,
  type DemandSeries,
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

export interface ComputeOptions {
  /** `plan` (default) counts decided capacity and realized need measures; `scenario` counts all. */
  mode?: PksMode;
}

export interface ObjectState {
  source: PlanningObject;
  series: DemandSeries;
  /** Resources this object uses (timePerActivity > 0), as resource indices. */
  uses: number[];
  planned: Float64Array;
  waiting: Float64Array;
  entry: PlanningObjectResult;
}

export interface ResourceState {
  source: Resource;
  available: Float64Array;
  need: Float64Array;
  feasible: Float64Array;
  sumAvailable: number;
  sumNeed: number;
  entry: ResourceResult;
}

export interface BoardState {
  board: PksBoard;
  mode: PksMode;
  ctx: HorizonContext;
  effects: MeasureEffects;
  resourceIndex: Map<string, number>;
  objects: ObjectState[];
  resources: ResourceState[];
  /** Scheduled slots per week by planning object id (only objects with schedule rows). */
  slots: Map<string, number>;
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

/** Available capacity of a resource per week, with counted capacity measures. */
export function computeAvailable(
  resource: Resource,
  ctx: HorizonContext,
  effects: readonly CapacityEffect[] | undefined,
): Float64Array {
  const nominal = resource.count * resource.hoursPerWeek * (resource.utilization ?? 1);
  const added = new Float64Array(ctx.size);
  for (const effect of effects ?? []) {
    for (let w = effect.range.lo; w <= effect.range.hi; w++) added[w] += effect.hoursPerWeek;
  }
  const available = new Float64Array(ctx.size);
  for (let w = 0; w < ctx.size; w++) {
    const override = resource.availability?.[ctx.weeks[w]];
    const share = override ?? (ctx.lowProduction[w] ? ctx.lowProductionAvailability : 1);
    available[w] = Math.max(0, nominal * share + added[w]);
  }
  return available;
}

/** Capacity need of resource `r`: Σ over planning objects, in input order, of production × time. */
export function computeNeed(state: BoardState, r: number): Float64Array {
  const id = state.resources[r].source.id;
  const size = state.ctx.size;
  const need = new Float64Array(size);
  for (const object of state.objects) {
    const time = object.source.timePerActivity?.[id];
    if (time === undefined || time === 0) continue;
    const { production, timeFactor } = object.series;
    if (timeFactor) for (let w = 0; w < size; w++) need[w] += production[w] * (time * timeFactor[w]);
    else for (let w = 0; w < size; w++) need[w] += production[w] * time;
  }
  return need;
}

/** f_r(w) = 1 where there is no need, else min(1, available / need). */
export function computeFeasible(need: Float64Array, available: Float64Array): Float64Array {
  const feasible = new Float64Array(need.length);
  for (let w = 0; w < need.length; w++) feasible[w] = need[w] === 0 ? 1 : Math.min(1, available[w] / need[w]);
  return feasible;
}

/** f_p(w): the lowest feasible share over the resources the object uses; null means 1 throughout. */
export function objectFeasible(state: BoardState, uses: readonly number[]): Float64Array | null {
  if (uses.length === 0) return null;
  const feasible = state.resources[uses[0]].feasible.slice();
  for (let i = 1; i < uses.length; i++) {
    const other = state.resources[uses[i]].feasible;
    for (let w = 0; w < feasible.length; w++) if (other[w] < feasible[w]) feasible[w] = other[w];
  }
  return feasible;
}

/** Resource indices with timePerActivity > 0 for an object. */
export function usedResources(object: PlanningObject, resourceIndex: Map<string, number>): number[] {
  const uses: number[] = [];
  for (const id in object.timePerActivity) {
    const r = resourceIndex.get(id);
    if (r !== undefined && object.timePerActivity[id] > 0) uses.push(r);
  }
  return uses;
}

/** Builds the output entry of a planning object from its state. */
export function buildObjectEntry(state: BoardState, object: ObjectState): PlanningObjectResult {
  const { source, series, planned, waiting } = object;
  const entry: PlanningObjectResult = {
    demand: toArray(series.demand),
    production: toArray(series.production),
    planned: toArray(planned),
    waiting: toArray(waiting),
  };
  if (source.acute) entry.acuteDimension = computeAcuteDimension(source.acute);
  const outcomes = state.board.outcomes;
  if (outcomes && hasOwn(outcomes, source.id)) {
    entry.followUp = computeFollowUp(outcomes[source.id], state.ctx, series.demand, planned, waiting);
  }
  const slots = state.slots.get(source.id);
  if (slots !== undefined) entry.schedule = computeScheduleCoverage(slots, state.ctx, planned);
  return entry;
}

/** Builds the output entry of a resource from its state. */
export function buildResourceEntry(state: BoardState, resource: ResourceState): ResourceResult {
  const { available, need } = resource;
  const gap = new Float64Array(available.length);
  for (let w = 0; w < gap.length; w++) gap[w] = available[w] - need[w];
  const entry: ResourceResult = {
    need: toArray(need),
    available: toArray(available),
    gap: toArray(gap),
    coverage: resource.sumNeed === 0 ? null : resource.sumAvailable / resource.sumNeed,
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

/** Fills need, feasible share and sums of resource `r` from the current object states. */
export function refreshResourceNeed(state: BoardState, r: number): void {
  const resource = state.resources[r];
  resource.need = computeNeed(state, r);
  resource.sumNeed = sum(resource.need);
  resource.feasible = computeFeasible(resource.need, resource.available);
}

/** Scheduled slots per week per planning object (Σ slots of its rows). */
export function sumScheduleSlots(board: PksBoard): Map<string, number> {
  const slots = new Map<string, number>();
  for (const row of board.schedule ?? [])
    slots.set(row.planningObjectId, (slots.get(row.planningObjectId) ?? 0) + row.slots);
  return slots;
}

/** The top-level result from the current entries: limiting resource and balance from the sums. */
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
    if (resource.sumAvailable < resource.sumNeed) isBalanced = false;
  }
  return {
    format: "pks-result",
    version: 1,
    mode: state.mode,
    weeks: state.ctx.weeks.slice(),
    planningObjects,
    resources,
    limitingResource,
    balanced: isBalanced,
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
    slots: sumScheduleSlots(board),
    result: null as unknown as PksResult,
  };
  const empty = new Float64Array(0);
  for (const resource of board.resources) {
    const available = computeAvailable(resource, ctx, effects.capacity.get(resource.id));
    state.resources.push({
      source: resource,
      available,
      need: empty,
      feasible: empty,
      sumAvailable: sum(available),
      sumNeed: 0,
      entry: null as unknown as ResourceResult,
    });
  }
  for (const object of board.planningObjects) {
    const series = computeDemandSeries(object, ctx, effects.need.get(object.id));
    state.objects.push({
      source: object,
      series,
      uses: usedResources(object, resourceIndex),
      planned: empty,
      waiting: empty,
      entry: null as unknown as PlanningObjectResult,
    });
  }
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
  const { planned, waiting } = computePlanAndQueue(object.source, object.series, objectFeasible(state, object.uses));
  object.planned = planned;
  object.waiting = waiting;
  object.entry = buildObjectEntry(state, object);
}

/**
 * Computes the `pks-result` of a validated board. Pure: the board is not modified, and numbers
 * are unrounded.
 */
export function computeBoard(board: PksBoard, options: ComputeOptions = {}): PksResult {
  return buildState(board, options.mode ?? "plan").result;
}
