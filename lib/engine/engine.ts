/**
 * Incremental recomputation. Boards are treated as immutable values with structural sharing:
 * a planning object, resource or outcome map that is the same object (===) as in the previous
 * board is assumed unchanged. After a cell edit the edited object and the resources it uses are
 * recomputed, the allocation by rank is run again (cheap: typed arrays, no strings), and only
 * the objects whose reserved capacity actually changed get new series and entries; the result
 * equals `computeBoard` on the new board. Changes to the board info, horizon, calendar,
 * measures, the id lists or an object's rank group fall back to a full computation, which is
 * cheap enough for such rarer edits.
 */
import {
  assembleResult,
  type BoardState,
  buildObjectEntry,
  buildResourceEntry,
  buildState,
  type ComputeOptions,
  collectScheduleRows,
  computeAvailable,
  computeShare,
  createObjectState,
  objectRank,
  refreshAllocation,
  refreshObjectPlan,
  refreshResourceNeed,
  sum,
} from "./compute";
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

function rankChanged(prev: PksBoard, next: PksBoard): boolean {
  for (let o = 0; o < next.planningObjects.length; o++) {
    const a = prev.planningObjects[o];
    const b = next.planningObjects[o];
    if (a !== b && objectRank(a) !== objectRank(b)) return true;
  }
  return false;
}

function needsFullRecompute(prev: PksBoard, next: PksBoard): boolean {
  return (
    !sameJson(prev.board, next.board) ||
    prev.horizon.start !== next.horizon.start ||
    prev.horizon.weeks !== next.horizon.weeks ||
    !sameJson(prev.calendar, next.calendar) ||
    !sameJson(prev.measures, next.measures) ||
    !sameIds(prev.resources, next.resources) ||
    !sameIds(prev.planningObjects, next.planningObjects) ||
    rankChanged(prev, next)
  );
}

function ownEntry<T>(record: Record<string, T> | undefined, key: string): T | undefined {
  return record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;
}

/** Resources whose own data changed: new availability and capacity; returns their indices. */
function updateResources(state: BoardState, prev: PksBoard, next: PksBoard): number[] {
  const changed: number[] = [];
  for (let r = 0; r < state.resources.length; r++) {
    if (next.resources[r] === prev.resources[r]) continue;
    const resource = state.resources[r];
    resource.source = next.resources[r];
    resource.share = computeShare(resource.source, state.ctx);
    resource.available = computeAvailable(
      resource.source,
      resource.share,
      state.effects.capacity.get(resource.source.id),
    );
    resource.sumAvailable = sum(resource.available);
    changed.push(r);
  }
  return changed;
}

/** Objects whose own data changed get new series; returns their indices and marks their resources. */
function updateObjects(state: BoardState, prev: PksBoard, next: PksBoard, needDirty: Set<number>): number[] {
  const changed: number[] = [];
  for (let o = 0; o < state.objects.length; o++) {
    const source = next.planningObjects[o];
    if (source === prev.planningObjects[o]) continue;
    const before = state.objects[o];
    const after = createObjectState(state, source);
    after.reserved = before.reserved;
    for (const use of before.uses) needDirty.add(use.r);
    for (const use of after.uses) needDirty.add(use.r);
    state.objects[o] = after;
    changed.push(o);
  }
  return changed;
}

/** Objects whose entry depends on outcomes, schedule rows or resource availability that changed. */
function entriesToRefresh(state: BoardState, prev: PksBoard, next: PksBoard, resourcesChanged: number[]): Set<number> {
  const dirty = new Set<number>();
  if (next.schedule !== prev.schedule) state.scheduleRows = collectScheduleRows(next, state.resourceIndex);
  const changedSet = new Set(resourcesChanged);
  state.objects.forEach((object, o) => {
    const id = object.source.id;
    if (next.outcomes !== prev.outcomes && ownEntry(prev.outcomes, id) !== ownEntry(next.outcomes, id)) dirty.add(o);
    if (next.schedule !== prev.schedule && !sameJson(prevRows(prev, id), prevRows(next, id))) dirty.add(o);
    if (changedSet.size > 0 && state.scheduleRows.get(id)?.some((row) => changedSet.has(row.r))) dirty.add(o);
  });
  return dirty;
}

function prevRows(board: PksBoard, id: string) {
  return (board.schedule ?? []).filter((row) => row.planningObjectId === id);
}

/** Moves `state` from its board to `next`, recomputing only what differs by identity. */
function applyUpdate(state: BoardState, next: PksBoard): void {
  const prev = state.board;
  state.board = next;
  const resourcesChanged = updateResources(state, prev, next);
  const needDirty = new Set<number>(resourcesChanged);
  const objectsChanged = updateObjects(state, prev, next, needDirty);
  const planDirty = new Set<number>(objectsChanged);
  if (resourcesChanged.length > 0 || objectsChanged.length > 0) {
    // Groups before the first edited one keep their reservations unless capacity changed.
    const from = resourcesChanged.length > 0 ? 0 : Math.min(...objectsChanged.map((o) => state.groupOf[o]));
    const change = { from, objects: new Set(objectsChanged), resources: needDirty };
    for (const o of refreshAllocation(state, change)) planDirty.add(o);
  }
  // The allocation summed the need per rank group; the resource's need adds those up.
  for (const r of needDirty) refreshResourceNeed(state, r);
  const resourceDirty = new Set(needDirty);
  if (next.actualCapacity !== prev.actualCapacity) {
    state.resources.forEach((resource, r) => {
      const id = resource.source.id;
      if (ownEntry(prev.actualCapacity, id) !== ownEntry(next.actualCapacity, id)) resourceDirty.add(r);
    });
  }
  for (const r of resourceDirty) state.resources[r].entry = buildResourceEntry(state, state.resources[r]);

  const entryDirty = entriesToRefresh(state, prev, next, resourcesChanged);
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
