/**
 * What a decided strategic measure does on the unit boards: capacity measures (lever "resources",
 * basis "decision", linked back to the strategic board) that take hours from the giving unit or
 * period and add them to the receiving one, spread evenly over the period's weeks in each unit's
 * horizon. Pure: the caller writes them with withRoom.
 */
import {
  type CapacityMeasure,
  type PeriodKind,
  type PksBoard,
  periodKey,
  resourceKeyOf,
  weekRange,
} from "@/lib/engine";
import { hasCapacityEffect, isMove, type StrategicMeasureKind, type StrategicMeasureStatus } from "./measure-kinds";

export interface StrategicMeasureInput {
  id: string;
  kind: StrategicMeasureKind;
  title: string;
  resourceName: string | null;
  hours: number | null;
  fromBoardId: string | null;
  toBoardId: string | null;
  fromPeriod: string | null;
  toPeriod: string | null;
}

export interface UnitBoardInput {
  id: string;
  name: string;
  board: PksBoard;
}

export interface UnitMeasure {
  unitBoardId: string;
  measure: CapacityMeasure;
}

export type UnitMeasuresResult =
  | { ok: true; measures: UnitMeasure[] }
  | { ok: false; key: "measureNoResource" | "measureNoWeeks"; values: Record<string, string> };

/** The period kind of a period key (`2027`, `2027-Q2`, `2027-T1`). */
function kindOf(period: string): PeriodKind {
  if (period.length === 4) return "year";
  return period[5] === "Q" ? "quarter" : period[5] === "T" ? "tertial" : "month";
}

/** The id of the unit measure of one side (`from`/`to`) of a strategic measure. */
export function unitMeasureId(measureId: string, side: "from" | "to"): string {
  return `strategisk-${measureId}-${side}`;
}

type Side = { side: "from" | "to"; boardId: string; period: string; sign: 1 | -1 };

function sidesOf(input: StrategicMeasureInput): Side[] {
  const sides: Side[] = [];
  const toPeriod = input.toPeriod ?? input.fromPeriod;
  if (isMove(input.kind) && input.fromBoardId && input.fromPeriod)
    sides.push({ side: "from", boardId: input.fromBoardId, period: input.fromPeriod, sign: -1 });
  if (input.toBoardId && toPeriod) sides.push({ side: "to", boardId: input.toBoardId, period: toPeriod, sign: 1 });
  return sides;
}

/** The unit measures of a strategic measure in `status`, or why a unit cannot take it. */
export function unitMeasuresOf(
  input: StrategicMeasureInput,
  units: readonly UnitBoardInput[],
  status: StrategicMeasureStatus,
  link: { strategicBoardId: string; strategicName: string },
): UnitMeasuresResult {
  if (!hasCapacityEffect(input.kind) || !input.resourceName || !input.hours) return { ok: true, measures: [] };
  const measures: UnitMeasure[] = [];
  for (const side of sidesOf(input)) {
    const unit = units.find((u) => u.id === side.boardId);
    if (!unit) continue;
    const resource = unit.board.resources.find((r) => resourceKeyOf(r.name) === resourceKeyOf(input.resourceName!));
    if (!resource)
      return { ok: false, key: "measureNoResource", values: { unit: unit.name, resource: input.resourceName } };
    const kind = kindOf(side.period);
    const weeks = weekRange(unit.board.horizon.start, unit.board.horizon.weeks).filter(
      (week) => periodKey(week, kind) === side.period,
    );
    if (weeks.length === 0)
      return { ok: false, key: "measureNoWeeks", values: { unit: unit.name, period: side.period } };
    measures.push({
      unitBoardId: unit.id,
      measure: {
        id: unitMeasureId(input.id, side.side),
        title: `${input.title} (strategisk nivå)`,
        status,
        kind: "capacity",
        resourceId: resource.id,
        hoursPerWeek: (side.sign * input.hours) / weeks.length,
        from: weeks[0],
        to: weeks[weeks.length - 1],
        lever: "resources",
        basis: "decision",
        owner: link.strategicName.slice(0, 200),
        note: `Beslutad på den strategiska tavlan ${link.strategicName}: /boards/${link.strategicBoardId}/strategi`,
      },
    });
  }
  return { ok: true, measures };
}
