"use client";

import { useTranslations } from "next-intl";
import { useCallback, useMemo } from "react";
import type { GridColumn, GridRow } from "@/components/grid/grid-types";
import { WeekGrid } from "@/components/grid/week-grid";
import type { OutcomeField } from "@/lib/board/doc-model";
import type { PksBoard, PksResult } from "@/lib/engine";
import { formatWeekShort, formatWeekWithYear } from "@/lib/format";
import { planningObjectLabel } from "@/lib/import/validate";
import { isBeyondThreshold } from "./use-threshold";

const FIELDS: OutcomeField[] = ["produced", "inflow", "waiting"];

function useWeekColumns(board: PksBoard, weeks: readonly string[], lowLabel: string): GridColumn[] {
  return useMemo(() => {
    const low = new Set(board.calendar?.lowProductionWeeks ?? []);
    return weeks.map((week, i) => {
      const hasYear = i === 0 || week.slice(0, 4) !== weeks[i - 1].slice(0, 4);
      return {
        key: week,
        label: hasYear ? formatWeekWithYear(week) : formatWeekShort(week),
        title: low.has(week) ? `${formatWeekWithYear(week)} — ${lowLabel}` : formatWeekWithYear(week),
        isMuted: low.has(week),
        ...(hasYear ? { width: 104 } : {}),
      };
    });
  }, [board.calendar?.lowProductionWeeks, weeks, lowLabel]);
}

/** Outcomes typed per week: produced, inflow and waiting per planning object (shared week grid). */
export function OutcomeGrid(props: { board: PksBoard; result: PksResult; threshold: number }) {
  const t = useTranslations("followup");
  const { board, result, threshold } = props;
  const columns = useWeekColumns(board, result.weeks, t("lowWeek"));
  const rows: (GridRow & { poId: string; field: OutcomeField })[] = useMemo(
    () =>
      board.planningObjects.flatMap((po) =>
        FIELDS.map((field) => ({
          key: `${po.id}:${field}`,
          label: t(`fields.${field}`),
          detail: planningObjectLabel(po),
          poId: po.id,
          field,
        })),
      ),
    [board.planningObjects, t],
  );
  const outcomes = board.outcomes;
  const getValue = useCallback(
    (row: number, col: number) => {
      const r = rows[row];
      return outcomes?.[r.poId]?.[columns[col].key]?.[r.field] ?? null;
    },
    [rows, columns, outcomes],
  );
  return (
    <WeekGrid
      id="outcomes"
      label={t("outcomeGrid")}
      rowHeader={t("outcomeRowHeader")}
      rows={rows}
      columns={columns}
      getValue={getValue}
      range={{ min: 0 }}
      toEdit={(row, col, value) => ({
        kind: "outcome",
        planningObjectId: rows[row].poId,
        week: columns[col].key,
        field: rows[row].field,
        value,
      })}
      cellTone={(row, col) => {
        const r = rows[row];
        if (r.field !== "produced") return null;
        const produced = outcomes?.[r.poId]?.[columns[col].key]?.produced;
        if (produced === undefined) return null;
        const res = result.planningObjects[r.poId];
        const k = res?.followUp?.weeks.indexOf(columns[col].key) ?? -1;
        const deviation = k >= 0 ? (res.followUp?.deviation[k] ?? null) : null;
        if (!isBeyondThreshold(deviation, res.planned[col], threshold)) return null;
        return (deviation ?? 0) < 0 ? "worse" : "better";
      }}
      maxHeight={360}
    />
  );
}

/** Actual capacity (hours) per resource and week. */
export function CapacityGrid(props: { board: PksBoard; result: PksResult }) {
  const t = useTranslations("followup");
  const { board, result } = props;
  const columns = useWeekColumns(board, result.weeks, t("lowWeek"));
  const rows: GridRow[] = useMemo(() => board.resources.map((r) => ({ key: r.id, label: r.name })), [board.resources]);
  const actual = board.actualCapacity;
  const getValue = useCallback(
    (row: number, col: number) => actual?.[rows[row].key]?.[columns[col].key] ?? null,
    [rows, columns, actual],
  );
  return (
    <WeekGrid
      id="actual-capacity"
      label={t("capacityGrid")}
      rowHeader={t("resource")}
      rows={rows}
      columns={columns}
      getValue={getValue}
      range={{ min: 0 }}
      toEdit={(row, col, value) => ({
        kind: "actualCapacity",
        resourceId: rows[row].key,
        week: columns[col].key,
        value,
      })}
      maxHeight={260}
    />
  );
}
