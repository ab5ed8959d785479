/**
 * The planning horizon as the engine sees it: week strings, their ISO week numbers, which are
 * low-production weeks, and conversion of `from`/`to` ranges to horizon index ranges. Built once
 * per computation so that inner loops work on integer indices and typed arrays only.
 */
import { parseWeek, weekRange, weekToIndex } from "./iso-week";
import { periodKey } from "./periods";
import type { BalancePeriod, PksBoard } from "./schema";

export interface HorizonContext {
  /** Number of horizon weeks. */
  size: number;
  weeks: string[];
  /** Horizon index by week string. */
  position: Map<string, number>;
  /** Dense ISO index of the first horizon week (see iso-week.ts). */
  startIndex: number;
  /** ISO week number (1–53) of each horizon week. */
  weekNumbers: Uint8Array;
  /** 1 where the horizon week is a low-production week. */
  lowProduction: Uint8Array;
  /** calendar.lowProductionAvailability, default 0.5. */
  lowProductionAvailability: number;
  /** The balance period after defaults. */
  balancePeriod: BalancePeriod;
  /** Index of the balance period each horizon week belongs to (0, 1, … in horizon order). */
  periodOf: Uint32Array;
  /** Number of balance periods in the horizon. */
  periodCount: number;
}

/**
 * The balance period of a board: `calendar.balancePeriod` if given; else `year` on a political
 * board, `quarter` on a strategic one, else `week`.
 */
export function resolveBalancePeriod(board: PksBoard): BalancePeriod {
  const given = board.calendar?.balancePeriod;
  if (given) return given;
  if (board.board.level === "political") return "year";
  if (board.board.level === "strategic") return "quarter";
  return "week";
}

/** Period index per horizon week; a week belongs to the period of its Thursday. */
function assignPeriods(weeks: readonly string[], period: BalancePeriod): { periodOf: Uint32Array; count: number } {
  const periodOf = new Uint32Array(weeks.length);
  if (period === "week") {
    for (let w = 0; w < weeks.length; w++) periodOf[w] = w;
    return { periodOf, count: weeks.length };
  }
  let count = 0;
  let previous = "";
  for (let w = 0; w < weeks.length; w++) {
    const key = periodKey(weeks[w], period);
    // Consecutive weeks: a period's weeks are contiguous, so a new key starts a new period.
    if (w === 0 || key !== previous) count++;
    previous = key;
    periodOf[w] = count - 1;
  }
  return { periodOf, count };
}

/** An inclusive range of horizon indices; empty when `lo > hi`. */
export interface IndexRange {
  lo: number;
  hi: number;
}

/** Precomputes the horizon of a (validated) board. */
export function createHorizonContext(board: PksBoard): HorizonContext {
  const size = board.horizon.weeks;
  const weeks = weekRange(board.horizon.start, size);
  const startIndex = weekToIndex(board.horizon.start);
  const weekNumbers = new Uint8Array(size);
  for (let w = 0; w < size; w++) weekNumbers[w] = (parseWeek(weeks[w]) as { week: number }).week;
  const lowProduction = new Uint8Array(size);
  for (const week of board.calendar?.lowProductionWeeks ?? []) {
    const w = weekToIndex(week) - startIndex;
    if (w >= 0 && w < size) lowProduction[w] = 1;
  }
  const balancePeriod = resolveBalancePeriod(board);
  const periods = assignPeriods(weeks, balancePeriod);
  return {
    size,
    weeks,
    position: new Map(weeks.map((week, w) => [week, w])),
    startIndex,
    weekNumbers,
    lowProduction,
    lowProductionAvailability: board.calendar?.lowProductionAvailability ?? 0.5,
    balancePeriod,
    periodOf: periods.periodOf,
    periodCount: periods.count,
  };
}

/** Horizon indices where an item with optional open-ended `from`/`to` is active (both inclusive). */
export function activeRange(ctx: HorizonContext, from?: string, to?: string): IndexRange {
  const lo = from === undefined ? 0 : Math.max(0, weekToIndex(from) - ctx.startIndex);
  const hi = to === undefined ? ctx.size - 1 : Math.min(ctx.size - 1, weekToIndex(to) - ctx.startIndex);
  return { lo, hi };
}

/** Horizon index of a week string, or -1 when it lies outside the horizon. */
export function horizonIndexOf(ctx: HorizonContext, week: string): number {
  const parsed = parseWeek(week);
  if (!parsed) return -1;
  const w = weekToIndex(week) - ctx.startIndex;
  return w >= 0 && w < ctx.size ? w : -1;
}
