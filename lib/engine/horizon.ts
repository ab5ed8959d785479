/**
 * The planning horizon as the engine sees it: week strings, their ISO week numbers, which are
 * low-production weeks, and conversion of `from`/`to` ranges to horizon index ranges. Built once
 * per computation so that inner loops work on integer indices and typed arrays only.
 */
import { parseWeek, weekRange, weekToIndex } from "./iso-week";
import type { PksBoard } from "./schema";

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
  return {
    size,
    weeks,
    position: new Map(weeks.map((week, w) => [week, w])),
    startIndex,
    weekNumbers,
    lowProduction,
    lowProductionAvailability: board.calendar?.lowProductionAvailability ?? 0.5,
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
