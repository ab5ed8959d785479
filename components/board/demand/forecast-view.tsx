"use client";

import { useTranslations } from "next-intl";
import { useCallback, useMemo, useState } from "react";
import { WeekLineChart } from "@/components/charts/week-line-chart";
import type { GridPeriod, GridRow } from "@/components/grid/grid-types";
import { PeriodSelect } from "@/components/grid/period-select";
import { weekColumns } from "@/components/grid/week-columns";
import { WeekGrid } from "@/components/grid/week-grid";
import { useViewState } from "@/components/meeting/view-state";
import { ui } from "@/components/ui/styles";
import { formatWeek, type PksResult, type PlanningObject, parseWeek } from "@/lib/engine";
import { ForecastOverride } from "./forecast-override";

type Metric = "demand" | "production";

/** The same ISO week one year earlier ("2027-W05" → "2026-W05"), or null if it doesn't exist. */
export function sameWeekLastYear(week: string): string | null {
  const parsed = parseWeek(week);
  if (!parsed) return null;
  const candidate = formatWeek(parsed.year - 1, parsed.week);
  return parseWeek(candidate) ? candidate : null;
}

/** The engine's forecast: demand and production need per object and horizon week (read-only). */
export function ForecastGrid(props: {
  objects: readonly PlanningObject[];
  rows: readonly GridRow[];
  result: PksResult;
  lowProduction: ReadonlySet<string>;
  onSelect: (id: string) => void;
}) {
  const t = useTranslations("demand");
  const [metric, setMetric] = useState<Metric>("demand");
  const [period, setPeriod] = useViewState<GridPeriod>("demand.forecast.period", "week");
  const { objects, result, onSelect } = props;
  const columns = useMemo(
    () => weekColumns(result.weeks, props.lowProduction, t("lowProductionWeek")),
    [result.weeks, props.lowProduction, t],
  );
  const getValue = useCallback(
    (row: number, col: number) => result.planningObjects[objects[row]?.id]?.[metric][col] ?? null,
    [result, objects, metric],
  );
  const [cell, setCell] = useState<{ row: number; col: number } | null>(null);
  const onActive = useCallback(
    (row: number, col: number) => {
      onSelect(objects[row]?.id);
      setCell({ row, col });
    },
    [objects, onSelect],
  );
  const canOverride = metric === "demand" && period === "week" && cell !== null;
  return (
    <section aria-labelledby="forecast-title" className="space-y-3">
      <div className="flex flex-wrap items-end gap-3">
        <div className="min-w-0 flex-1">
          <h3 id="forecast-title" className={ui.h2}>
            {t("forecast.title")}
          </h3>
          <p className="text-sm text-slate-600">{t(`forecast.help.${metric}`)}</p>
        </div>
        <fieldset className="inline-flex rounded-md border border-slate-300 bg-white p-0.5">
          <legend className="sr-only">{t("forecast.metric")}</legend>
          {(["demand", "production"] as const).map((m) => (
            <label
              key={m}
              className={`cursor-pointer rounded px-3 py-1.5 text-sm has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-accent ${metric === m ? "bg-accent text-white" : "text-slate-700 hover:bg-slate-100"}`}
            >
              <input
                type="radio"
                name="forecast-metric"
                className="sr-only"
                checked={metric === m}
                onChange={() => setMetric(m)}
              />
              {t(`forecast.metrics.${m}`)}
            </label>
          ))}
        </fieldset>
        <PeriodSelect value={period} onChange={setPeriod} />
      </div>
      <WeekGrid
        id="forecast"
        label={t("forecast.gridLabel", { metric: t(`forecast.metrics.${metric}`) })}
        rowHeader={t("objectColumn")}
        rows={props.rows}
        columns={columns}
        getValue={getValue}
        format={{ decimals: 1 }}
        period={period}
        onActiveCellChange={onActive}
        readOnlyHint={t("forecast.overrideHint")}
      />
      {canOverride && (
        <ForecastOverride
          key={`${objects[cell.row]?.id}|${result.weeks[cell.col]}`}
          object={objects[cell.row]}
          label={props.rows[cell.row]?.label ?? ""}
          week={result.weeks[cell.col]}
          result={result}
        />
      )}
    </section>
  );
}

/** History of the same weeks last year vs the engine's demand and production need, for one object. */
export function ForecastChart(props: { object: PlanningObject; label: string; result: PksResult }) {
  const t = useTranslations("demand");
  const { object, result } = props;
  const series = useMemo(() => {
    const computed = result.planningObjects[object.id];
    const history = result.weeks.map((week) => {
      const last = sameWeekLastYear(week);
      return last ? (object.history?.[last] ?? null) : null;
    });
    return [
      { key: "history", label: t("chart.history"), values: history, tone: "history" as const },
      { key: "demand", label: t("chart.demand"), values: computed?.demand ?? [], tone: "accent" as const },
      {
        key: "production",
        label: t("chart.production"),
        values: computed?.production ?? [],
        tone: "secondary" as const,
      },
    ];
  }, [object, result, t]);
  return (
    <WeekLineChart
      title={t("chart.title", { name: props.label })}
      description={t("chart.description")}
      weeks={result.weeks}
      series={series}
      decimals={1}
      unit={t("units.perWeek")}
    />
  );
}
