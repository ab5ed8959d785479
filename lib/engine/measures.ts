/**
 * Which measures count in a mode, and their effects grouped by what they act on, with their
 * active weeks already converted to horizon index ranges.
 */
import { activeRange, type HorizonContext, type IndexRange } from "./horizon";
import type { Measure, PksBoard, PksMode } from "./schema";

export interface NeedEffect {
  range: IndexRange;
  volumePct: number;
  timePct: number;
}

export interface CapacityEffect {
  range: IndexRange;
  hoursPerWeek: number;
}

export interface MeasureEffects {
  /** Counted need measures by planning object id, in input order. */
  need: Map<string, NeedEffect[]>;
  /** Counted capacity measures by resource id, in input order. */
  capacity: Map<string, CapacityEffect[]>;
}

/**
 * Whether a measure counts: in `plan` mode capacity measures once decided, need measures only
 * once realized (changed ways of working are not trusted before they are real); in `scenario`
 * mode every measure.
 */
export function isMeasureCounted(measure: Measure, mode: PksMode): boolean {
  if (mode === "scenario") return true;
  if (measure.kind === "capacity") return measure.status === "decided" || measure.status === "realized";
  return measure.status === "realized";
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Groups the counted measures of a board by planning object and resource. */
export function groupMeasures(board: PksBoard, ctx: HorizonContext, mode: PksMode): MeasureEffects {
  const effects: MeasureEffects = { need: new Map(), capacity: new Map() };
  for (const measure of board.measures ?? []) {
    if (!isMeasureCounted(measure, mode)) continue;
    const range = activeRange(ctx, measure.from, measure.to);
    if (range.lo > range.hi) continue;
    if (measure.kind === "capacity") {
      push(effects.capacity, measure.resourceId, { range, hoursPerWeek: measure.hoursPerWeek });
    } else {
      push(effects.need, measure.planningObjectId, {
        range,
        volumePct: measure.volumePct ?? 0,
        timePct: measure.timePct ?? 0,
      });
    }
  }
  return effects;
}
