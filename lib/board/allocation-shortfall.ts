/** Planning objects planned below their need in a capacity shortage (Behov). */
import type { PksBoard, PksResult } from "@/lib/engine";

export interface ObjectShortfall {
  id: string;
  /** Σ production need and Σ planned production over the horizon (activities). */
  need: number;
  planned: number;
  /** Weeks in which planned production is below the production need. */
  weeksBelow: number;
  rank: number;
  isAcute: boolean;
}

/** Objects planned below their production need (an acute one: what arrives beyond its reservation). */
export function objectsBelowNeed(board: PksBoard, result: PksResult): ObjectShortfall[] {
  const out: ObjectShortfall[] = [];
  for (const object of board.planningObjects) {
    const entry = result.planningObjects[object.id];
    if (!entry) continue;
    const isAcute = !!object.acute;
    // An acute object's need is what arrives (demand); its production need is the reservation.
    const target = isAcute ? entry.demand : entry.production;
    let need = 0;
    let planned = 0;
    let weeksBelow = 0;
    target.forEach((value, w) => {
      need += value;
      planned += entry.planned[w] ?? 0;
      if ((entry.planned[w] ?? 0) < value - 1e-6) weeksBelow++;
    });
    if (weeksBelow > 0 && planned < need - 0.5) {
      out.push({ id: object.id, need, planned, weeksBelow, rank: entry.rank, isAcute });
    }
  }
  return out.sort((a, b) => a.rank - b.rank || a.planned / a.need - b.planned / b.need);
}
