"use client";

import { CalendarPlus } from "lucide-react";
import { useTranslations } from "next-intl";
import { useCallback, useMemo, useState } from "react";
import { useBoardRoom } from "@/components/board/board-room";
import type { GridPeriod, GridRow } from "@/components/grid/grid-types";
import { PeriodSelect } from "@/components/grid/period-select";
import { weekColumns } from "@/components/grid/week-columns";
import { WeekGrid } from "@/components/grid/week-grid";
import { useViewState } from "@/components/meeting/view-state";
import { ui } from "@/components/ui/styles";
import { addWeeks, compareWeeks, formatWeek, type PlanningObject, parseWeek, weeksBetween } from "@/lib/engine";

/**
 * The weeks the history grid shows: from the earliest history value (or a year back) to the week
 * before the horizon, optionally starting at week 1 of an earlier year.
 */
export function historyWeeks(
  objects: readonly PlanningObject[],
  horizonStart: string,
  fromYear: number | null,
): string[] {
  const end = addWeeks(horizonStart, -1);
  let start = addWeeks(horizonStart, -52);
  for (const object of objects)
    for (const week of Object.keys(object.history ?? {}))
      if (compareWeeks(week, start) < 0 && compareWeeks(week, end) <= 0 && parseWeek(week)) start = week;
  if (fromYear !== null) {
    const first = formatWeek(fromYear, 1);
    if (compareWeeks(first, start) < 0) start = first;
  }
  const count = weeksBetween(start, end) + 1;
  return Array.from({ length: Math.max(count, 0) }, (_, i) => addWeeks(start, i));
}

/** Demand history per planning object and week (objects × history weeks), editable. */
export function HistoryGrid(props: {
  objects: readonly PlanningObject[];
  rows: readonly GridRow[];
  horizonStart: string;
  onSelect: (id: string) => void;
}) {
  const t = useTranslations("demand");
  const [fromYear, setFromYear] = useState<number | null>(null);
  const [period, setPeriod] = useViewState<GridPeriod>("demand.history.period", "week");
  // Earlier weeks are for entering history; viewers cannot enter any.
  const { canEdit } = useBoardRoom();
  const { objects, onSelect } = props;
  const weeks = useMemo(
    () => historyWeeks(objects, props.horizonStart, fromYear),
    [objects, props.horizonStart, fromYear],
  );
  const columns = useMemo(() => weekColumns(weeks), [weeks]);
  const firstYear = parseWeek(weeks[0] ?? props.horizonStart)?.year ?? 2000;
  const getValue = useCallback(
    (row: number, col: number) => objects[row]?.history?.[weeks[col]] ?? null,
    [objects, weeks],
  );
  const toEdit = useCallback(
    (row: number, col: number, value: number | null) => ({
      kind: "history" as const,
      planningObjectId: objects[row].id,
      week: weeks[col],
      value,
    }),
    [objects, weeks],
  );
  const onActive = useCallback((row: number) => onSelect(objects[row]?.id), [objects, onSelect]);
  return (
    <section aria-labelledby="history-title" className="space-y-3">
      <div className="flex flex-wrap items-end gap-3">
        <div className="min-w-0 flex-1">
          <h3 id="history-title" className={ui.h2}>
            {t("history.title")}
          </h3>
          <p className="text-sm text-slate-600">{t("history.help")}</p>
        </div>
        <PeriodSelect value={period} onChange={setPeriod} />
        <button
          type="button"
          className={`${ui.buttonSecondary} disabled:cursor-not-allowed disabled:opacity-60`}
          disabled={!canEdit}
          title={canEdit ? undefined : t("history.addYearViewer")}
          onClick={() => setFromYear(firstYear - 1)}
          data-testid="add-history-year"
        >
          <CalendarPlus aria-hidden className="size-4" />
          {t("history.addYear", { year: firstYear - 1 })}
        </button>
      </div>
      <WeekGrid
        id="history"
        label={t("history.gridLabel")}
        rowHeader={t("objectColumn")}
        rows={props.rows}
        columns={columns}
        getValue={getValue}
        toEdit={toEdit}
        range={{ min: 0 }}
        period={period}
        onActiveCellChange={onActive}
      />
    </section>
  );
}
