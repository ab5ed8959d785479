"use client";

import { useTranslations } from "next-intl";
import { WeekLineChart } from "@/components/charts/week-line-chart";
import type { PksBoard, PksResult } from "@/lib/engine";
import { formatPercent } from "@/lib/format";

/** The horizon up to a few weeks past the last outcome, so the weeks followed up are readable. */
export function followUpWindow(board: PksBoard, result: PksResult): number {
  let last = -1;
  for (const entry of Object.values(board.outcomes ?? {})) {
    for (const week of Object.keys(entry)) {
      const i = result.weeks.indexOf(week);
      if (i > last) last = i;
    }
  }
  for (const entry of Object.values(board.actualCapacity ?? {})) {
    for (const week of Object.keys(entry)) {
      const i = result.weeks.indexOf(week);
      if (i > last) last = i;
    }
  }
  return Math.min(result.weeks.length, Math.max(12, last + 5));
}

function outcomeSeries(
  board: PksBoard,
  poId: string,
  weeks: readonly string[],
  field: "produced" | "inflow" | "waiting",
) {
  const entry = board.outcomes?.[poId] ?? {};
  return weeks.map((w) => entry[w]?.[field] ?? null);
}

/** Plan vs outcome, forecast vs inflow (MAPE), waiting list vs forecast for one planning object. */
export function ObjectCharts(props: { board: PksBoard; result: PksResult; poId: string; count: number }) {
  const t = useTranslations("followup.charts");
  const res = props.result.planningObjects[props.poId];
  if (!res) return null;
  const weeks = props.result.weeks.slice(0, props.count);
  const cut = <T,>(values: readonly T[]) => values.slice(0, props.count);
  const cumulative = weeks.map((w) => {
    const k = res.followUp?.weeks.indexOf(w) ?? -1;
    return k >= 0 ? (res.followUp?.cumulativeDeviation[k] ?? null) : null;
  });
  const mape = res.followUp?.inflowMape ?? null;
  const hasWaiting =
    props.board.planningObjects.find((p) => p.id === props.poId)?.waitingList !== undefined ||
    outcomeSeries(props.board, props.poId, weeks, "waiting").some((v) => v !== null);
  return (
    <div className="grid gap-4 xl:grid-cols-2">
      <WeekLineChart
        title={t("planVsOutcome")}
        description={t("planVsOutcomeHelp")}
        weeks={weeks}
        series={[
          { key: "plan", label: t("plan"), values: cut(res.planned), tone: "plan" },
          {
            key: "produced",
            label: t("produced"),
            values: outcomeSeries(props.board, props.poId, weeks, "produced"),
            tone: "outcome",
          },
          { key: "cumulative", label: t("cumulative"), values: cumulative, tone: "deficit", dash: "4 3" },
        ]}
        unit={t("unit")}
      />
      <WeekLineChart
        title={t("forecastVsInflow", { mape: formatPercent(mape, 1) })}
        description={t("forecastVsInflowHelp")}
        weeks={weeks}
        series={[
          { key: "forecast", label: t("forecast"), values: cut(res.demand), tone: "plan" },
          {
            key: "inflow",
            label: t("inflow"),
            values: outcomeSeries(props.board, props.poId, weeks, "inflow"),
            tone: "outcome",
          },
        ]}
        unit={t("unit")}
        decimals={1}
      />
      {hasWaiting && (
        <WeekLineChart
          title={t("waitingVsForecast")}
          description={t("waitingVsForecastHelp")}
          weeks={weeks}
          series={[
            { key: "forecast", label: t("waitingForecast"), values: cut(res.waiting), tone: "plan" },
            {
              key: "waiting",
              label: t("waiting"),
              values: outcomeSeries(props.board, props.poId, weeks, "waiting"),
              tone: "outcome",
            },
          ]}
          unit={t("waitingUnit")}
        />
      )}
    </div>
  );
}

/** Actual capacity vs the forecast (available) for one resource. */
export function CapacityChart(props: { board: PksBoard; result: PksResult; resourceId: string; count: number }) {
  const t = useTranslations("followup.charts");
  const res = props.result.resources[props.resourceId];
  const resource = props.board.resources.find((r) => r.id === props.resourceId);
  if (!res || !resource) return null;
  const weeks = props.result.weeks.slice(0, props.count);
  const actual = props.board.actualCapacity?.[props.resourceId] ?? {};
  const deviation = weeks.map((w) => {
    const k = res.capacityDeviation?.weeks.indexOf(w) ?? -1;
    return k >= 0 ? (res.capacityDeviation?.values[k] ?? null) : null;
  });
  return (
    <WeekLineChart
      title={t("capacity", { resource: resource.name })}
      description={t("capacityHelp")}
      weeks={weeks}
      series={[
        { key: "available", label: t("available"), values: res.available.slice(0, props.count), tone: "plan" },
        { key: "actual", label: t("actual"), values: weeks.map((w) => actual[w] ?? null), tone: "outcome" },
        { key: "deviation", label: t("capacityDeviation"), values: deviation, tone: "deficit", dash: "4 3" },
      ]}
      unit={t("hours")}
      decimals={1}
    />
  );
}
