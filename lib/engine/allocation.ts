/**
 * Allocation by rank (ENGINE.md): in each week, rank groups in ascending order take what they
 * need of the capacity the groups before them left; within a group a short resource is shared
 * evenly, and an object gets the lowest share over the resources it uses. Acute objects are rank
 * 0, so they always come first. Computed group by group over all weeks at once, on typed arrays.
 */

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
 * Σ over a group's members of amount_p(w) · t_pr(w), per resource the group uses (others null):
 * with production this is need_rg, with reserved capacity what the group used.
 */
function sumTimes(
  objects: readonly AllocationObject[],
  members: readonly number[],
  amounts: readonly Float64Array[],
  resourceCount: number,
  size: number,
): (Float64Array | null)[] {
  const rows: (Float64Array | null)[] = new Array(resourceCount).fill(null);
  members.forEach((o, m) => {
    const { uses, timeFactor } = objects[o];
    const amount = amounts[m];
    for (const { r, time } of uses) {
      let row = rows[r];
      if (row === null) {
        row = new Float64Array(size);
        rows[r] = row;
      }
      if (timeFactor) for (let w = 0; w < size; w++) row[w] += amount[w] * (time * timeFactor[w]);
      else for (let w = 0; w < size; w++) row[w] += amount[w] * time;
    }
  });
  return rows;
}

/** f_rg(w) = 1 where need_rg = 0, else min(1, rem / need_rg); null when 1 in every week. */
function groupShare(need: Float64Array, rem: Float64Array): Float64Array | null {
  let short: Float64Array | null = null;
  for (let w = 0; w < need.length; w++) {
    if (need[w] === 0 || rem[w] >= need[w]) continue;
    short ??= new Float64Array(need.length).fill(1);
    short[w] = rem[w] / need[w];
  }
  return short;
}

let scratch = new Float64Array(0);

/** reserved_p(w) = prod_p(w) · min of f_rg(w) over resources with t_pr(w) > 0. */
function reserveFor(object: AllocationObject, shares: readonly (Float64Array | null)[], size: number): Float64Array {
  const { uses, production, timeFactor } = object;
  let factor: Float64Array | null = null;
  for (const { r } of uses) {
    const share = shares[r];
    if (share === null) continue;
    if (factor === null) {
      if (scratch.length < size) scratch = new Float64Array(size);
      factor = scratch;
      factor.fill(1, 0, size);
    }
    // A resource whose time a measure has cut to 0 does not limit the object.
    if (timeFactor === null) for (let w = 0; w < size; w++) factor[w] = Math.min(factor[w], share[w]);
    else for (let w = 0; w < size; w++) if (timeFactor[w] > 0 && share[w] < factor[w]) factor[w] = share[w];
  }
  if (factor === null) return production;
  const reserved = new Float64Array(size);
  for (let w = 0; w < size; w++) reserved[w] = production[w] * factor[w];
  return reserved;
}

/** Allocation state kept between runs so that an edit recomputes only from its rank group on. */
export interface Allocation {
  /** rem_r(w) before each group (index g), per resource; entry 0 is avail_r(w). */
  remBefore: Float64Array[][];
  /** reserved_p(w) per object (the production array itself where nothing is short). */
  reserved: Float64Array[];
}

/** Starts an allocation for the given available capacity (nothing reserved yet). */
export function createAllocation(
  groups: readonly (readonly number[])[],
  available: readonly Float64Array[],
): Allocation {
  const remBefore: Float64Array[][] = new Array(groups.length);
  remBefore[0] = available.slice();
  return { remBefore, reserved: [] };
}

/**
 * Runs the allocation from group `from` on (earlier groups and their reservations are kept).
 * Each group takes what it needs of what the groups before it left; what it used is handed on.
 */
export function allocateByRank(
  objects: readonly AllocationObject[],
  groups: readonly (readonly number[])[],
  allocation: Allocation,
  size: number,
  from = 0,
): void {
  const { remBefore, reserved } = allocation;
  for (let g = from; g < groups.length; g++) {
    const members = groups[g];
    const rem = remBefore[g];
    const production = members.map((o) => objects[o].production);
    const need = sumTimes(objects, members, production, rem.length, size);
    const shares = need.map((row, r) => (row === null ? null : groupShare(row, rem[r])));
    for (const o of members) reserved[o] = reserveFor(objects[o], shares, size);
    if (g === groups.length - 1) return; // nothing left to hand on
    remBefore[g + 1] = remainingAfter(objects, members, reserved, rem, size);
  }
}

/** rem_r after a group: max(0, rem_r − Σ_{p∈g} reserved_p · t_pr), per resource. */
function remainingAfter(
  objects: readonly AllocationObject[],
  members: readonly number[],
  reserved: readonly Float64Array[],
  rem: readonly Float64Array[],
  size: number,
): Float64Array[] {
  const given = members.map((o) => reserved[o]);
  const used = sumTimes(objects, members, given, rem.length, size);
  return rem.map((left, r) => {
    const row = used[r];
    if (row === null) return left; // untouched: share the array, it is never written
    const next = new Float64Array(size);
    for (let w = 0; w < size; w++) next[w] = Math.max(0, left[w] - row[w]);
    return next;
  });
}
