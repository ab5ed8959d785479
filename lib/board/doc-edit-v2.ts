/**
 * Edits of the `pks-board` version 2 fields that the v1 edit functions have no setter for: a
 * planning object's rank (prioritetsordning vid kapacitetsbrist), an acute object's days per
 * week, a waiting list's target waiting time, a measure's basis, the board's follow-up deviation
 * threshold and the balance period. Same rules as doc-edit-entities.ts: one transaction each,
 * the caller's origin, no-op (false) on a vanished entity, null clears the field.
 */
import * as Y from "yjs";
import type { BalancePeriod, MeasureBasis } from "@/lib/engine";
import { nestedMap } from "./doc-edit-entities";
import { boardTypes, setOrDelete } from "./doc-layout";

function objectMap(doc: Y.Doc, id: string): Y.Map<unknown> | null {
  const entity = boardTypes(doc).planningObjects.get(id);
  return entity instanceof Y.Map ? entity : null;
}

/**
 * Sets the ranks of several elective planning objects in one transaction (one undo step), e.g.
 * when a person accepts a proposed prioritetsordning; null clears an object's rank (back to the
 * shared default group). Objects that vanished are skipped. Returns how many were written.
 */
export function setRanks(doc: Y.Doc, ranks: Record<string, number | null>, origin: unknown = null): number {
  let written = 0;
  doc.transact(() => {
    for (const [id, rank] of Object.entries(ranks)) {
      const entity = objectMap(doc, id);
      if (!entity) continue;
      setOrDelete(entity, "rank", rank);
      written++;
    }
  }, origin);
  return written;
}

/** Sets (or clears) an acute object's days per week (1…7, default 7). */
export function setAcuteDaysPerWeek(doc: Y.Doc, id: string, days: number | null, origin: unknown = null): boolean {
  const entity = objectMap(doc, id);
  if (!entity) return false;
  doc.transact(() => setOrDelete(nestedMap(entity, "acute"), "daysPerWeek", days), origin);
  return true;
}

/** Sets (or clears) a waiting list's target waiting time in days. */
export function setTargetWaitDays(doc: Y.Doc, id: string, days: number | null, origin: unknown = null): boolean {
  const entity = objectMap(doc, id);
  if (!entity) return false;
  doc.transact(() => setOrDelete(nestedMap(entity, "waitingList"), "targetWaitDays", days), origin);
  return true;
}

/** Sets (or clears) a measure's basis: a decision, or a changed way of working. */
export function setMeasureBasis(doc: Y.Doc, id: string, basis: MeasureBasis | null, origin: unknown = null): boolean {
  const measure = boardTypes(doc).measures.get(id);
  if (!(measure instanceof Y.Map)) return false;
  doc.transact(() => setOrDelete(measure, "basis", basis), origin);
  return true;
}

/** Sets (or clears, back to 10 %) the board's follow-up deviation threshold in percent (0, 100]. */
export function setDeviationThresholdPct(doc: Y.Doc, pct: number | null, origin: unknown = null): void {
  doc.transact(() => setOrDelete(boardTypes(doc).meta, "deviationThresholdPct", pct), origin);
}

/** Sets (or clears, back to the board level's default) the period balance is judged in. */
export function setBalancePeriod(doc: Y.Doc, period: BalancePeriod | null, origin: unknown = null): void {
  doc.transact(() => setOrDelete(boardTypes(doc).calendar, "balancePeriod", period), origin);
}
