/**
 * Incremental recomputation. Boards are treated as immutable values with structural sharing:
 * a planning object, resource or outcome map that is the same object (===) as in the previous
 * board is assumed unchanged. After a cell edit only the edited object, the resources it uses,
 * and the objects whose feasible share actually changed are recomputed; the result equals
 * `computeBoard` on the new board. Changes to the horizon, calendar, measures or the id lists
 * fall back to a full computation, which is cheap enough for such rarer edits.
 */
import {
  assembleResult,
  type BoardState,
  buildObjectEntry,
  buildResourceEntry,
  buildState,
  type ComputeOptions,
  computeAvailable,
  refreshObjectPlan,
  refreshResourceNeed,
  sum,
  sumScheduleSlots,
  usedResources,
} from "./compute";
import { computeDemandSeries } from "./object-series";
import type { PksBoard, PksMode, PksResult } from "./schema";

export interface PlanningEngine {
  readonly mode: PksMode;
  /** The board the current result belongs to. */
  readonly board: PksBoard;
  /** The result of the current board. */
  readonly result: PksResult;
  /** Recomputes for a new version of the board, reusing everything an edit did not touch. */
  update(next: PksBoard): PksResult;
}

function sameJson(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

function sameIds(a: readonly { id: string }[], b: readonly { id: string }[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i].id !== b[i].id) return false;
  return true;
}

function needsFullRecompute(prev: PksBoard, next: PksBoard): boolean {
  return (
    prev.horizon.start !== next.horizon.start ||
    prev.horizon.weeks !== next.horizon.weeks ||
    !sameJson(prev.calendar, next.calendar) ||
    !sameJson(prev.measures, next.measures) ||
    !sameIds(prev.resources, next.resources) ||
    !sameIds(prev.planningObjects, next.planningObjects)
  );
}

function sameValues(a: Float64Array, b: Float64Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function ownEntry<T>(record: Record<string, T> | undefined, key: string): T | undefined {
  return record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;
}

/** Moves `state` from its board to `next`, recomputing only what differs by identity. */
function applyUpdate(state: BoardState, next: PksBoard): void {
  const prev = state.board;
  state.board = next;
  const needDirty = new Set<number>();
  for (let r = 0; r < state.resources.length; r++) {
    const resource = state.resources[r];
    if (next.resources[r] === prev.resources[r]) continue;
    resource.source = next.resources[r];
    resource.available = computeAvailable(resource.source, state.ctx, state.effects.capacity.get(resource.source.id));
    resource.sumAvailable = sum(resource.available);
    needDirty.add(r);
  }
  const planDirty = new Set<number>();
  for (let o = 0; o < state.objects.length; o++) {
    const object = state.objects[o];
    const source = next.planningObjects[o];
    if (source === prev.planningObjects[o]) continue;
    for (const id of [
      ...Object.keys(object.source.timePerActivity ?? {}),
      ...Object.keys(source.timePerActivity ?? {}),
    ]) {
      needDirty.add(state.resourceIndex.get(id) as number);
    }
    object.source = source;
    object.series = computeDemandSeries(source, state.ctx, state.effects.need.get(source.id));
    object.uses = usedResources(source, state.resourceIndex);
    planDirty.add(o);
  }
  const feasibleChanged = new Set<number>();
  const resourceDirty = new Set(needDirty);
  for (const r of needDirty) {
    const before = state.resources[r].feasible;
    refreshResourceNeed(state, r);
    if (!sameValues(before, state.resources[r].feasible)) feasibleChanged.add(r);
  }
  if (next.actualCapacity !== prev.actualCapacity) {
    state.resources.forEach((resource, r) => {
      const id = resource.source.id;
      if (ownEntry(prev.actualCapacity, id) !== ownEntry(next.actualCapacity, id)) resourceDirty.add(r);
    });
  }
  for (const r of resourceDirty) state.resources[r].entry = buildResourceEntry(state, state.resources[r]);

  if (feasibleChanged.size > 0) {
    state.objects.forEach((object, o) => {
      if (object.uses.some((r) => feasibleChanged.has(r))) planDirty.add(o);
    });
  }
  const entryDirty = new Set<number>();
  if (next.schedule !== prev.schedule) {
    const slots = sumScheduleSlots(next);
    state.objects.forEach((object, o) => {
      if (slots.get(object.source.id) !== state.slots.get(object.source.id)) entryDirty.add(o);
    });
    state.slots = slots;
  }
  if (next.outcomes !== prev.outcomes) {
    state.objects.forEach((object, o) => {
      const id = object.source.id;
      if (ownEntry(prev.outcomes, id) !== ownEntry(next.outcomes, id)) entryDirty.add(o);
    });
  }
  for (const o of planDirty) refreshObjectPlan(state, state.objects[o]);
  for (const o of entryDirty) if (!planDirty.has(o)) state.objects[o].entry = buildObjectEntry(state, state.objects[o]);
  state.result = assembleResult(state);
}

/**
 * Creates an incremental engine for a validated board. Pass each new version of the board to
 * `update`; keep unchanged parts identical (structural sharing) to benefit, and never mutate a
 * board after handing it to the engine.
 */
export function createEngine(board: PksBoard, options: ComputeOptions = {}): PlanningEngine {
  const mode = options.mode ?? "plan";
  let state = buildState(board, mode);
  return {
    mode,
    get board() {
      return state.board;
    },
    get result() {
      return state.result;
    },
    update(next: PksBoard): PksResult {
      if (next === state.board) return state.result;
      if (needsFullRecompute(state.board, next)) state = buildState(next, mode);
      else applyUpdate(state, next);
      return state.result;
    },
  };
}
