/**
 * The production-goals agreement in words (Swedish, since the words are frozen into the decided
 * document with its figures): a measure's effect and the gap that remains after the measures.
 */
import type { Measure, PksBoard, PksResult } from "@/lib/engine";
import type { ProductionGoalRow } from "./production-goals";

const sv = new Intl.NumberFormat("sv-SE", { maximumFractionDigits: 1 });
const whole = new Intl.NumberFormat("sv-SE", { maximumFractionDigits: 0 });

const signed = (value: number | undefined, unit: string) =>
  `${(value ?? 0) > 0 ? "+" : ""}${sv.format(value ?? 0).replace("-", "−")} ${unit}`;

function span(measure: Measure): string {
  if (measure.from && measure.to) return ` (${measure.from}–${measure.to})`;
  if (measure.from) return ` (från ${measure.from})`;
  if (measure.to) return ` (till ${measure.to})`;
  return "";
}

/** A measure's effect, e.g. "+40 h/vecka för Läkare (från 2027-W05)" or "volym −10 % för Nybesök". */
export function describeMeasureEffect(board: PksBoard, measure: Measure): string {
  if (measure.kind === "capacity") {
    const resource = board.resources.find((r) => r.id === measure.resourceId)?.name ?? measure.resourceId;
    return `${signed(measure.hoursPerWeek, "h/vecka")} för ${resource}${span(measure)}`;
  }
  const object = board.planningObjects.find((p) => p.id === measure.planningObjectId);
  const name = object?.service ?? measure.planningObjectId;
  const parts = [
    measure.volumePct ? `volym ${signed(measure.volumePct, "%")}` : "",
    measure.timePct ? `tid per aktivitet ${signed(measure.timePct, "%")}` : "",
  ].filter(Boolean);
  return `${parts.join(", ") || "ingen ändring"} för ${name}${span(measure)}`;
}

/**
 * The gap left after the decided measures, one sentence per planning object planned below its
 * need and per resource whose capacity does not cover its need; one sentence when none is.
 */
export function describeRemainingGap(board: PksBoard, result: PksResult, rows: ProductionGoalRow[]): string[] {
  const out: string[] = [];
  for (const row of rows) {
    const need = row.need.reduce((a, b) => a + b, 0);
    const planned = row.planned.reduce((a, b) => a + b, 0);
    if (planned >= need - 0.5) continue;
    const share = need > 0 ? Math.round((planned / need) * 100) : 0;
    out.push(
      `${row.label}: planerad produktion ${whole.format(planned)} mot behovet ${whole.format(need)} — ${whole.format(need - planned)} aktiviteter (${100 - share} %) kvar att täcka.`,
    );
  }
  for (const resource of board.resources) {
    const entry = result.resources[resource.id];
    if (!entry) continue;
    const short = entry.gap.reduce((sum, g) => sum + (g < 0 ? -g : 0), 0);
    if (short < 0.5) continue;
    out.push(
      `${resource.name}: ${whole.format(short)} timmar kapacitet saknas under ${entry.shortPeriods} ${entry.shortPeriods === 1 ? "period" : "perioder"}.`,
    );
  }
  if (out.length === 0) out.push("Inget gap kvarstår: den planerade produktionen möter behovet i varje period.");
  return out;
}
