/**
 * Which measures count in a mode, and their effects grouped by what they act on, with their
 * active weeks already converted to horizon index ranges.
 */
import { activeRange, type HorizonContext, type IndexRange } from "./horizon";
import type { Measure, MeasureBasis, PksBoard, PksMode } from "./schema";

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
 * A measure's basis: `basis` if given; else `decision` for a capacity measure whose lever is
 * `resources` or absent; else `change` (available-capacity levers and every need measure).
 */
export function measureBasis(measure: Measure): MeasureBasis {
  if (measure.basis) return measure.basis;
  if (measure.kind === "capacity" && (measure.lever === undefined || measure.lever === "resources")) return "decision";
  return "change";
}

/**
 * Whether a measure counts: in `plan` mode once realized, or once decided when its effect follows
 * from the decision (changed ways of working are not trusted before they are real); in
 * `scenario` mode every measure.
 */
export function isMeasureCounted(measure: Measure, mode: PksMode): boolean {
  if (mode === "scenario" || measure.status === "realized") return true;
  return measure.status === "decided" && measureBasis(measure) === "decision";
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
