"use client";

import { useTranslations } from "next-intl";
import { memo, useId, useMemo, useRef, useState } from "react";
import { WeekLineChart, type WeekSeries } from "@/components/charts/week-line-chart";
import type { PksBoard, PksResult, ResourceResult } from "@/lib/engine";
import { formatNumber, formatPercent } from "@/lib/format";
import { GapValue } from "./gap-value";
import { type Period, periodColumns, rollUp } from "./period";

function sum(values: readonly number[]): number {
  let total = 0;
  for (const v of values) total += v;
  return total;
}

function sameNumbers(a: readonly number[], b: readonly number[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Equal need, available, gap and coverage (a measure change recomputes every resource anew). */
function sameResource(a: ResourceResult | undefined, b: ResourceResult | undefined): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  return (
    a.coverage === b.coverage &&
    sameNumbers(a.need, b.need) &&
    sameNumbers(a.available, b.available) &&
    sameNumbers(a.gap, b.gap)
  );
}

/** The previous weeks while the new ones are the same, so the period columns stay the same object. */
function useStableWeeks(weeks: readonly string[]): readonly string[] {
  const ref = useRef(weeks);
  if (ref.current !== weeks && !(ref.current.length === weeks.length && ref.current.every((w, i) => w === weeks[i])))
    ref.current = weeks;
  return ref.current;
}

/** Need vs available for one resource as a chart (plan, and the scenario dashed). */
export function ResourceBalanceChart(props: {
  board: PksBoard;
  plan: PksResult;
  scenario: PksResult | null;
  period: Period;
}) {
  const t = useTranslations("balance");
  const selectId = useId();
  const initial = props.plan.limitingResource ?? props.board.resources[0]?.id ?? "";
  const [resourceId, setResourceId] = useState(initial);
  const resource = props.board.resources.find((r) => r.id === resourceId) ?? props.board.resources[0];
  const weeks = props.plan.weeks;
  const series = useMemo(() => {
    if (!resource) return { keys: [], labels: [], list: [] as WeekSeries[] };
    const res = props.plan.resources[resource.id];
    const need = rollUp(weeks, res.need, props.period);
    const list: WeekSeries[] = [
      { key: "need", label: t("series.need"), values: need.values, tone: "deficit" },
      {
        key: "available",
        label: t("series.available"),
        values: rollUp(weeks, res.available, props.period).values,
        tone: "plan",
      },
    ];
    const sc = props.scenario?.resources[resource.id];
    if (sc) {
      list.push({
        key: "scenarioAvailable",
        label: t("series.scenarioAvailable"),
        values: rollUp(weeks, sc.available, props.period).values,
        tone: "scenario",
      });
      list.push({
        key: "scenarioNeed",
        label: t("series.scenarioNeed"),
        values: rollUp(weeks, sc.need, props.period).values,
        tone: "scenario",
        color: "#c2410c",
        marker: "triangle-down",
      });
    }
    return { keys: need.keys, labels: need.labels, list };
  }, [resource, props.plan, props.scenario, props.period, weeks, t]);
  if (!resource) return null;
  return (
    <WeekLineChart
      title={t("chartTitle", { resource: resource.name })}
      description={t("chartDescription")}
      weeks={series.keys}
      labels={series.labels}
      series={series.list}
      unit={t("hours")}
      actions={
        <div className="flex items-center gap-2">
          <label htmlFor={selectId} className="text-sm text-slate-700">
            {t("resource")}
          </label>
          <select
            id={selectId}
            value={resource.id}
            onChange={(e) => setResourceId(e.target.value)}
            className="min-h-9 rounded-md border border-slate-300 bg-white px-2 text-sm"
          >
            {props.board.resources.map((r) => (
              <option key={r.id} value={r.id}>
                {r.name}
                {r.id === props.plan.limitingResource ? ` (${t("limitingShort")})` : ""}
              </option>
            ))}
          </select>
        </div>
      }
    />
  );
}

/** Need, available and gap per resource and period, with totals and coverage. */
export function ResourceBalanceTable(props: {
  board: PksBoard;
  plan: PksResult;
  scenario: PksResult | null;
  period: Period;
}) {
  const t = useTranslations("balance");
  const weeks = useStableWeeks(props.plan.weeks);
  const columns = useMemo(() => periodColumns(weeks, props.period), [weeks, props.period]);
  return (
    <section aria-labelledby="balance-table-heading">
      <h3 id="balance-table-heading" className="text-lg font-semibold text-slate-900">
        {t("tableTitle")}
      </h3>
      <p className="mt-1 text-sm text-slate-600">{t("tableHelp")}</p>
      <div className="mt-3 max-h-[32rem] overflow-auto rounded-lg border border-slate-200 bg-white">
        <table className="w-full border-separate border-spacing-0 text-sm" data-testid="balance-table">
          <thead className="sticky top-0 z-10 bg-slate-50 text-slate-700">
            <tr>
              <th scope="col" className="sticky left-0 z-20 bg-slate-50 px-3 py-2 text-left">
                {t("resource")}
              </th>
              <th scope="col" className="bg-slate-50 px-3 py-2 text-left">
                {t("measure")}
              </th>
              <th scope="col" className="bg-slate-50 px-3 py-2 text-right">
                {t("total")}
              </th>
              <th scope="col" className="bg-slate-50 px-3 py-2 text-right">
                {t("coverage")}
              </th>
              {columns.labels.map((label, i) => (
                <th key={columns.keys[i]} scope="col" className="whitespace-nowrap bg-slate-50 px-3 py-2 text-right">
                  {label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {props.board.resources.map((resource) => (
              <ResourceRows
                key={resource.id}
                resourceId={resource.id}
                name={resource.name}
                res={props.plan.resources[resource.id]}
                sc={props.scenario?.resources[resource.id]}
                isLimiting={resource.id === props.plan.limitingResource}
                weeks={weeks}
                columnKeys={columns.keys}
                period={props.period}
              />
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

interface ResourceRowsProps {
  resourceId: string;
  name: string;
  res: ResourceResult | undefined;
  sc: ResourceResult | undefined;
  isLimiting: boolean;
  weeks: readonly string[];
  columnKeys: readonly string[];
  period: Period;
}

/**
 * One resource's rows of the balance table; memoised by value, so a change that leaves this
 * resource's numbers alone (most measure changes touch one resource) does not re-render it.
 */
const ResourceRows = memo(
  function ResourceRows({ resourceId, name, res, sc, isLimiting, weeks, columnKeys, period }: ResourceRowsProps) {
    const t = useTranslations("balance");
    const deficit = t("deficit");
    const surplus = t("surplus");
    if (!res) return null;
    const rows: { key: string; label: string; values: number[]; isGap?: boolean; isScenario?: boolean }[] = [
      { key: "need", label: t("series.need"), values: res.need },
      { key: "available", label: t("series.available"), values: res.available },
      { key: "gap", label: t("series.gap"), values: res.gap, isGap: true },
    ];
    if (sc)
      rows.push({
        key: "scenarioGap",
        label: t("series.scenarioGap"),
        values: sc.gap,
        isGap: true,
        isScenario: true,
      });
    return rows.map((row, k) => {
      const rolled = rollUp(weeks, row.values, period).values;
      const total = sum(row.values);
      return (
        <tr
          key={`${resourceId}-${row.key}`}
          className={`${k === 0 ? "[&>*]:border-t [&>*]:border-slate-200" : ""} ${row.isScenario ? "bg-violet-50/60" : ""}`}
          data-testid={`balance-row-${resourceId}-${row.key}`}
        >
          {k === 0 && (
            <th
              scope="rowgroup"
              rowSpan={rows.length}
              className="sticky left-0 z-[1] bg-white px-3 py-1.5 text-left align-top font-semibold text-slate-900"
            >
              {name}
              {isLimiting && (
                <span className="ml-2 inline-block rounded bg-deficit-soft px-1.5 py-0.5 text-xs font-semibold text-deficit">
                  {t("limitingShort")}
                </span>
              )}
            </th>
          )}
          <td
            className={`whitespace-nowrap px-3 py-1.5 ${row.isScenario ? "italic text-violet-800" : "text-slate-700"}`}
          >
            {row.label}
          </td>
          <td className="whitespace-nowrap px-3 py-1.5 text-right font-semibold">
            {row.isGap ? (
              <GapValue
                value={total}
                deficitLabel={deficit}
                surplusLabel={surplus}
                testId={`total-${row.key}-${resourceId}`}
              />
            ) : (
              <span className="tabular" data-testid={`total-${row.key}-${resourceId}`}>
                {formatNumber(total)}
              </span>
            )}
          </td>
          <td
            className="tabular whitespace-nowrap px-3 py-1.5 text-right"
            data-testid={row.key === "gap" ? `coverage-${resourceId}` : undefined}
          >
            {row.key === "gap"
              ? formatPercent(res.coverage)
              : row.key === "scenarioGap"
                ? formatPercent(sc?.coverage ?? null)
                : ""}
          </td>
          {rolled.map((value, i) => (
            <td
              key={columnKeys[i]}
              className={`whitespace-nowrap px-3 py-1.5 text-right ${row.isGap && value < -1e-9 ? "bg-deficit-soft/60" : ""}`}
            >
              {row.isGap ? (
                <GapValue value={value} deficitLabel={deficit} surplusLabel={surplus} />
              ) : (
                <span className="tabular">{formatNumber(value)}</span>
              )}
            </td>
          ))}
        </tr>
      );
    });
  },
  (a, b) =>
    a.resourceId === b.resourceId &&
    a.name === b.name &&
    a.isLimiting === b.isLimiting &&
    a.weeks === b.weeks &&
    a.columnKeys === b.columnKeys &&
    a.period === b.period &&
    sameResource(a.res, b.res) &&
    sameResource(a.sc, b.sc),
);
