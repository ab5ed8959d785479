/** Figures of the acute dimensioning per acute object (Balansering). */
import type { PksBoard, PksResult, PlanningObject } from "@/lib/engine";
import { formatWeekInText } from "@/lib/format";

export interface AcuteFigures {
  perDay: number | undefined;
  perWeek: number | undefined;
  /** Hours reserved for the object / capacity need of the resources it uses, over the horizon. */
  shareOfNeed: number | null;
  shortfallTotal: number;
  shortfallWeeks: number;
  worst: { week: string; value: number } | null;
  daysAbovePct: number | undefined;
}

/** The figures of Balansering's acute table for one acute object. */
export function computeAcuteFigures(board: PksBoard, result: PksResult, object: PlanningObject): AcuteFigures {
  const entry = result.planningObjects[object.id];
  const perDay = entry?.acuteDimension;
  const days = object.acute?.daysPerWeek ?? 7;
  const time = object.timePerActivity ?? {};
  let reservedHours = 0;
  let resourceNeed = 0;
  for (const resource of board.resources) {
    const t = time[resource.id] ?? 0;
    if (t <= 0) continue;
    for (const value of entry?.production ?? []) reservedHours += value * t;
    for (const value of result.resources[resource.id]?.need ?? []) resourceNeed += value;
  }
  let shortfallTotal = 0;
  let shortfallWeeks = 0;
  let worst: AcuteFigures["worst"] = null;
  (entry?.acuteShortfall ?? []).forEach((value, w) => {
    if (value <= 1e-9) return;
    shortfallTotal += value;
    shortfallWeeks++;
    if (!worst || value > worst.value) worst = { week: formatWeekInText(result.weeks[w]), value };
  });
  return {
    perDay,
    perWeek: perDay === undefined ? undefined : perDay * days,
    shareOfNeed: resourceNeed > 0 ? reservedHours / resourceNeed : null,
    shortfallTotal,
    shortfallWeeks,
    worst,
    daysAbovePct: entry?.acuteDaysAbovePct,
  };
}
