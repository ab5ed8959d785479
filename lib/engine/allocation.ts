/**
 * Allocation by rank (ENGINE.md): in each week, rank groups in ascending order take what they
 * need of the capacity the groups before them left; within a group a short resource is shared
 * evenly, and an object gets the lowest share over the resources it uses. Acute objects are rank
 * 0, so they always come first. Computed group by group over all weeks at once, on typed arrays.
 */
import { allocateSeries, SCRATCH, scratchSeries } from "./series-arena";

/** One resource an object uses: its index and timePerActivity (> 0). */
export interface ResourceUse {
  r: number;
  time: number;
}

/** What the allocation needs of a planning object. */
export interface AllocationObject {
  rank: number;
  uses: readonly ResourceUse[];
  production: Float64Array;
  /** Π (1 + timePct/100) per week; null when 1 throughout. */
  timeFactor: Float64Array | null;
}

/** Object indices grouped by rank, ascending; members keep input order. */
export function groupByRank(objects: readonly AllocationObject[]): number[][] {
  const byRank = new Map<number, number[]>();
  objects.forEach((object, o) => {
    const members = byRank.get(object.rank);
    if (members) members.push(o);
    else byRank.set(object.rank, [o]);
  });
  return [...byRank.keys()].sort((a, b) => a - b).map((rank) => byRank.get(rank) as number[]);
}

/**
 * Σ over a group's members, in order, of amount_p(w) · t_pr(w) into `rows[r]` for each resource
 * in `only` (every resource when null); a resource no member uses gets null. With production
 * this is need_rg, with reserved capacity what the group used.
 */
function sumTimes(
  objects: readonly AllocationObject[],
  members: readonly number[],
  amounts: (o: number) => Float64Array,
  rows: (Float64Array | null)[],
  only: ReadonlySet<number> | null,
  size: number,
): void {
  if (only === null) rows.fill(null);
  else for (const r of only) rows[r] = null;
  for (const o of members) {
    const { uses, timeFactor } = objects[o];
    let amount: Float64Array | null = null;
    for (const { r, time } of uses) {
      if (only !== null && !only.has(r)) continue;
      amount ??= amounts(o);
      let row = rows[r];
      if (row === null) {
        row = allocateSeries(size);
        rows[r] = row;
      }
      if (timeFactor) for (let w = 0; w < size; w++) row[w] += amount[w] * (time * timeFactor[w]);
      else for (let w = 0; w < size; w++) row[w] += amount[w] * time;
    }
  }
}

/** f_rg(w) = 1 where need_rg = 0, else min(1, rem / need_rg); null when 1 in every week. */
function groupShare(need: Float64Array, rem: Float64Array): Float64Array | null {
  let short: Float64Array | null = null;
  for (let w = 0; w < need.length; w++) {
    if (need[w] === 0 || rem[w] >= need[w]) continue;
    short ??= allocateSeries(need.length).fill(1);
    short[w] = rem[w] / need[w];
  }
  return short;
}

/** reserved_p(w) = prod_p(w) · min of f_rg(w) over resources with t_pr(w) > 0. */
function reserveFor(object: AllocationObject, shares: readonly (Float64Array | null)[], size: number): Float64Array {
  const { uses, production, timeFactor } = object;
  let factor: Float64Array | null = null;
  for (const { r } of uses) {
    const share = shares[r];
    if (share === null) continue;
    factor ??= scratchSeries(SCRATCH.factor, size, 1);
    // A resource whose time a measure has cut to 0 does not limit the object.
    if (timeFactor === null) for (let w = 0; w < size; w++) factor[w] = Math.min(factor[w], share[w]);
    else for (let w = 0; w < size; w++) if (timeFactor[w] > 0 && share[w] < factor[w]) factor[w] = share[w];
  }
  if (factor === null) return production;
  const reserved = allocateSeries(size);
  for (let w = 0; w < size; w++) reserved[w] = production[w] * factor[w];
  return reserved;
}

/** Allocation state kept between runs so that an edit recomputes only what it can change. */
export interface Allocation {
  /** rem_r(w) before each group (index g), per resource; entry 0 is avail_r(w). */
  remBefore: Float64Array[][];
  /** Per group and resource: need_rg, f_rg (null: 1 throughout) and the capacity the group used. */
  need: (Float64Array | null)[][];
  shares: (Float64Array | null)[][];
  used: (Float64Array | null)[][];
  /** reserved_p(w) per object (the production array itself where nothing is short). */
  reserved: Float64Array[];
}

/** What changed since the last run: objects with new data, and resources whose need (old and
 * new uses of those objects) or capacity changed; the run starts at group `from`. */
export interface AllocationChange {
  from: number;
  objects: ReadonlySet<number>;
  resources: ReadonlySet<number>;
}

/** Starts an allocation for the given available capacity (nothing reserved yet). */
export function createAllocation(
  groups: readonly (readonly number[])[],
  available: readonly Float64Array[],
): Allocation {
  const rows = () => groups.map(() => new Array<Float64Array | null>(available.length).fill(null));
  const remBefore: Float64Array[][] = new Array(groups.length);
  remBefore[0] = available.slice();
  return { remBefore, need: rows(), shares: rows(), used: rows(), reserved: [] };
}

function sameValues(a: Float64Array | undefined, b: Float64Array): boolean {
  if (a === b) return true;
  if (a === undefined || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

const union = (a: ReadonlySet<number> | null, b: ReadonlySet<number>) => (a === null ? null : new Set([...a, ...b]));

/**
 * Runs the allocation (ENGINE.md "Allocation by rank"): each group, in ascending rank, takes
 * what it needs of what the groups before it left and hands on the rest. Without `change` every
 * group is computed; with it, only from group `change.from` on and, in each group, only the
 * resources whose need or remaining capacity can differ and the members using them. Each
 * resource's sums run over all members in order either way, so both give identical numbers.
 * Returns the objects whose reserved capacity changed.
 */
export function allocateByRank(
  objects: readonly AllocationObject[],
  groups: readonly (readonly number[])[],
  allocation: Allocation,
  size: number,
  change: AllocationChange | null = null,
): number[] {
  const changed: number[] = [];
  // Resources whose remaining capacity before the group may differ (null: all of them).
  let dirtyIn: ReadonlySet<number> | null = change === null ? null : change.resources;
  for (let g = change?.from ?? 0; g < groups.length; g++) {
    const members = groups[g];
    const rem = allocation.remBefore[g];
    const hasEdit = change === null || members.some((o) => change.objects.has(o));
    const needDirty = change === null ? null : hasEdit ? change.resources : new Set<number>();
    sumTimes(objects, members, (o) => objects[o].production, allocation.need[g], needDirty, size);
    const shareDirty = needDirty === null ? null : union(dirtyIn, needDirty);
    const shares = allocation.shares[g];
    rem.forEach((left, r) => {
      if (shareDirty !== null && !shareDirty.has(r)) return;
      const need = allocation.need[g][r];
      shares[r] = need === null ? null : groupShare(need, left);
    });
    const changedHere: number[] = [];
    for (const o of members) {
      const object = objects[o];
      const affected =
        shareDirty === null || change?.objects.has(o) || object.uses.some((use) => shareDirty.has(use.r));
      if (!affected) continue;
      const next = reserveFor(object, shares, size);
      if (sameValues(allocation.reserved[o], next)) continue;
      allocation.reserved[o] = next;
      changedHere.push(o);
    }
    changed.push(...changedHere);
    if (g === groups.length - 1) break; // nothing left to hand on
    let usedDirty: Set<number> | null = null;
    if (needDirty !== null) {
      usedDirty = new Set(needDirty);
      for (const o of changedHere) for (const use of objects[o].uses) usedDirty.add(use.r);
    }
    sumTimes(objects, members, (o) => allocation.reserved[o], allocation.used[g], usedDirty, size);
    const remDirty = usedDirty === null ? null : union(dirtyIn, usedDirty);
    allocation.remBefore[g + 1] = remainingAfter(allocation, g, remDirty, size);
    dirtyIn = remDirty;
  }
  return changed;
}

/** rem_r after group g: max(0, rem_r − used_rg), recomputed for the resources in `dirty`. */
function remainingAfter(allocation: Allocation, g: number, dirty: ReadonlySet<number> | null, size: number) {
  const rem = allocation.remBefore[g];
  const previous = allocation.remBefore[g + 1];
  return rem.map((left, r) => {
    if (dirty !== null && previous !== undefined && !dirty.has(r)) return previous[r];
    const used = allocation.used[g][r];
    if (used === null) return left; // untouched: share the array, it is never written
    const next = allocateSeries(size);
    for (let w = 0; w < size; w++) next[w] = Math.max(0, left[w] - used[w]);
    return next;
  });
}
