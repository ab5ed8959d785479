/**
 * Warning about absurd entries: a value far outside the weeks around it (a typo such as
 * 531 234,5 where the neighbours are about 53). The check only asks; it never blocks a change.
 */

/** How many times larger (or smaller) than its neighbours a value must be to be questioned. */
export const OUTLIER_FACTOR = 10;
/** Neighbours looked at on each side of the cell. */
const NEIGHBOURS = 8;

export interface Outlier {
  direction: "higher" | "lower";
  /** value / typical neighbour (or its inverse for "lower"), rounded to two significant digits. */
  ratio: number;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function roundSignificant(value: number, digits: number): number {
  if (value === 0) return 0;
  const magnitude = 10 ** (Math.floor(Math.log10(Math.abs(value))) - digits + 1);
  return Math.round(value / magnitude) * magnitude;
}

/**
 * The values next to `index` in a row (up to 8 on each side, skipping empty cells and the cell
 * itself), for `findOutlier`.
 */
export function neighbourValues(row: readonly (number | null)[], index: number): number[] {
  const out: number[] = [];
  for (let k = 1; k <= NEIGHBOURS; k++) {
    const before = row[index - k];
    const after = row[index + k];
    if (before !== null && before !== undefined) out.push(before);
    if (after !== null && after !== undefined) out.push(after);
  }
  return out;
}

/**
 * Whether `value` is at least ten times above (or below) the median of its neighbours. Needs three
 * positive neighbours; zero and empty entries are never questioned (a closed week is real).
 */
export function findOutlier(value: number, neighbours: readonly number[]): Outlier | null {
  const positive = neighbours.filter((v) => v > 0);
  if (value <= 0 || positive.length < 3) return null;
  const typical = median(positive);
  if (value >= typical * OUTLIER_FACTOR) return { direction: "higher", ratio: roundSignificant(value / typical, 2) };
  if (value * OUTLIER_FACTOR <= typical) return { direction: "lower", ratio: roundSignificant(typical / value, 2) };
  return null;
}
