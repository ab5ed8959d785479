"use client";

import { useTranslations } from "next-intl";
import { useCallback, useMemo } from "react";
import type { GridColumn, GridPeriod, GridRow } from "@/components/grid/grid-types";
import { PeriodSelect } from "@/components/grid/period-select";
import { WeekGrid } from "@/components/grid/week-grid";
import { useViewState } from "@/components/meeting/view-state";
import { ui } from "@/components/ui/styles";
import type { PksBoard, PksResult } from "@/lib/engine";
import { formatPercent } from "@/lib/format";
import { objectDetail, objectLabel } from "../demand/object-label";

function resourceRows(board: PksBoard, kindLabel: (kind: string) => string): GridRow[] {
  return board.resources.map((r) => ({ key: r.id, label: r.name, detail: kindLabel(r.kind) }));
}

/** Share of each resource available per week (blank = the calendar's default), editable in %. */
export function AvailabilityGrid(props: { board: PksBoard; weeks: readonly string[]; columns: readonly GridColumn[] }) {
  const t = useTranslations("capacity");
  const { board, weeks } = props;
  const rows = useMemo(() => resourceRows(board, (k) => t(`kinds.${k}`)), [board, t]);
  const low = useMemo(() => new Set(board.calendar?.lowProductionWeeks ?? []), [board.calendar]);
  const lowShare = board.calendar?.lowProductionAvailability ?? 0.5;
  const getValue = useCallback(
    (row: number, col: number) => board.resources[row]?.availability?.[weeks[col]] ?? null,
    [board.resources, weeks],
  );
  const placeholder = useCallback(
    (_row: number, col: number) => formatPercent(low.has(weeks[col]) ? lowShare : 1),
    [low, lowShare, weeks],
  );
  const toEdit = useCallback(
    (row: number, col: number, value: number | null) => ({
      kind: "availability" as const,
      resourceId: board.resources[row].id,
      week: weeks[col],
      value,
    }),
    [board.resources, weeks],
  );
  return (
    <section aria-labelledby="availability-title" className="space-y-3">
      <h3 id="availability-title" className={ui.h2}>
        {t("availability.title")}
      </h3>
      <p className="text-sm text-slate-600">{t("availability.help")}</p>
      <WeekGrid
        id="availability"
        label={t("availability.gridLabel")}
        rowHeader={t("resourceColumn")}
        rows={rows}
        columns={props.columns}
        getValue={getValue}
        toEdit={toEdit}
        placeholder={placeholder}
        format={{ kind: "percent" }}
        range={{ min: 0, max: 1 }}
        rowHeaderWidth={200}
      />
    </section>
  );
}

/** The engine's available capacity (hours) per resource and week; read-only. */
export function AvailableGrid(props: { board: PksBoard; result: PksResult; columns: readonly GridColumn[] }) {
  const t = useTranslations("capacity");
  const { board, result } = props;
  const [period, setPeriod] = useViewState<GridPeriod>("capacity.available.period", "week");
  const rows = useMemo(() => resourceRows(board, (k) => t(`kinds.${k}`)), [board, t]);
  const getValue = useCallback(
    (row: number, col: number) => result.resources[board.resources[row]?.id]?.available[col] ?? null,
    [result, board.resources],
  );
  return (
    <section aria-labelledby="available-title" className="space-y-3">
      <div className="flex flex-wrap items-end gap-3">
        <div className="min-w-0 flex-1">
          <h3 id="available-title" className={ui.h2}>
            {t("available.title")}
          </h3>
          <p className="text-sm text-slate-600">{t("available.help")}</p>
        </div>
        <PeriodSelect value={period} onChange={setPeriod} />
      </div>
      <WeekGrid
        id="available"
        label={t("available.gridLabel")}
        rowHeader={t("resourceColumn")}
        rows={rows}
        columns={props.columns}
        getValue={getValue}
        format={{ decimals: 0 }}
        period={period}
        rowHeaderWidth={200}
      />
    </section>
  );
}

/** Hours of each resource per activity of each planning object (objects × resources). */
export function TimeMatrix({ board }: { board: PksBoard }) {
  const t = useTranslations("capacity");
  const objects = board.planningObjects;
  const rows = useMemo(
    () => objects.map((o) => ({ key: o.id, label: objectLabel(o), detail: objectDetail(o) })),
    [objects],
  );
  const columns = useMemo(
    () =>
      board.resources.map((r) => ({
        key: r.id,
        label: r.name,
        title: `${r.name} (${t("units.hours")})`,
        width: Math.max(96, Math.min(180, r.name.length * 9 + 32)),
      })),
    [board.resources, t],
  );
  const getValue = useCallback(
    (row: number, col: number) => objects[row]?.timePerActivity?.[board.resources[col]?.id] ?? null,
    [objects, board.resources],
  );
  const toEdit = useCallback(
    (row: number, col: number, value: number | null) => ({
      kind: "timePerActivity" as const,
      planningObjectId: objects[row].id,
      resourceId: board.resources[col].id,
      value,
    }),
    [objects, board.resources],
  );
  return (
    <section aria-labelledby="time-title" className="space-y-3">
      <h3 id="time-title" className={ui.h2}>
        {t("time.title")}
      </h3>
      <p className="text-sm text-slate-600">{t("time.help")}</p>
      {objects.length === 0 || board.resources.length === 0 ? (
        <p className="text-sm text-slate-700">{t("time.empty")}</p>
      ) : (
        <WeekGrid
          id="timePerActivity"
          label={t("time.gridLabel")}
          rowHeader={t("time.corner")}
          rows={rows}
          columns={columns}
          getValue={getValue}
          toEdit={toEdit}
          range={{ min: 0 }}
        />
      )}
    </section>
  );
}
