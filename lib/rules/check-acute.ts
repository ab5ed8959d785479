/**
 * Do the acute and on-call rows cover the dimensioned acute need? Engine v2 reserves, every
 * week, the agreed percentile of daily acute demand (`acuteDimension`, ENGINE.md "Acute
 * dimensioning") on each of the object's `daysPerWeek` days. The activity plan covers it when, on
 * each of those days, the object's patient rows plus the on-call rows that take it give at least
 * that many slots.
 */
import type { ActivityRowWithId } from "@/lib/board/activity-rows";
import type { PksBoard, PksResult } from "@/lib/engine";
import type { Finding } from "./check-rules";

/** Acute slots per weekday (index 1–7) for object `id`: schedule rows plus on-call rows. */
export function acuteSlotsByDay(board: PksBoard, activities: ActivityRowWithId[], id: string): number[] {
  const days = [0, 0, 0, 0, 0, 0, 0, 0];
  for (const row of board.schedule ?? []) if (row.planningObjectId === id) days[row.weekday] += row.slots;
  for (const row of activities)
    if (row.type === "on-call" && row.planningObjectId === id) days[row.weekday] += row.slots ?? 0;
  return days;
}

/** One finding per short day and one summary per acute object (covered or not). */
export function checkAcuteCoverage(board: PksBoard, result: PksResult, activities: ActivityRowWithId[]): Finding[] {
  const out: Finding[] = [];
  for (const object of board.planningObjects) {
    const dimension = result.planningObjects[object.id]?.acuteDimension;
    if (!object.acute || dimension === undefined) continue;
    const days = object.acute.daysPerWeek ?? 7;
    const slots = acuteSlotsByDay(board, activities, object.id);
    const base = { object: object.service, dimension, percentile: object.acute.coveragePct, days };
    let total = 0;
    let shortDays = 0;
    for (let weekday = 1; weekday <= days; weekday++) {
      total += slots[weekday];
      if (slots[weekday] + 1e-9 >= dimension) continue;
      shortDays++;
      out.push({ severity: "violation", code: "acuteShortDay", values: { ...base, weekday, slots: slots[weekday] } });
    }
    const need = dimension * days;
    out.push(
      shortDays === 0
        ? { severity: "ok", code: "acuteCovered", values: { ...base, total, need } }
        : { severity: "violation", code: "acuteNotCovered", values: { ...base, total, need, shortDays } },
    );
  }
  return out;
}
