"use client";

import { useTranslations } from "next-intl";
import { memo, useId, useMemo, useRef } from "react";
import { WeekLineChart, type WeekSeries } from "@/components/charts/week-line-chart";
import { useViewState } from "@/components/meeting/view-state";
import { Legend } from "@/components/ui/legend";
import type { PksBoard, PksResult, ResourceResult } from "@/lib/engine";
import { formatNumber, formatPercent } from "@/lib/format";
import { GapValue } from "./gap-value";
import { type Period, PeriodTableFrame, periodColumns, rollUp } from "./period";

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
  const [resourceId, setResourceId] = useViewState("balance.resource", initial);
  const resource = props.board.resources.find((r) => r.id === resourceId) ?? props.board.resources[0];
  const weeks = props.plan.weeks;
  const series = useMemo(() => {
    if (!resource) return { keys: [], labels: [], list: [] as WeekSeries[], shade: [] as boolean[] };
    const res = props.plan.resources[resource.id];
    const need = rollUp(weeks, res.need, props.period);
    const available = rollUp(weeks, res.available, props.period).values;
    const list: WeekSeries[] = [
      { key: "need", label: t("series.need"), values: need.values, tone: "need" },
      { key: "available", label: t("series.available"), values: available, tone: "plan" },
    ];
    const shade = need.values.map((v, i) => v > available[i] + 1e-9);
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
        color: "#1e3a8a",
        marker: "circle",
      });
    }
    return { keys: need.keys, labels: need.labels, list, shade };
  }, [resource, props.plan, props.scenario, props.period, weeks, t]);
  if (!resource) return null;
  return (
    <WeekLineChart
      title={t("chartTitle", { resource: resource.name })}
      description={t("chartDescription")}
      weeks={series.keys}
      labels={series.labels}
      series={series.list}
      shade={series.shade}
      shadeLabel={t("shadeDeficit")}
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
  const tl = useTranslations("legend");
  const weeks = useStableWeeks(props.plan.weeks);
  const columns = useMemo(() => periodColumns(weeks, props.period), [weeks, props.period]);
  const isWeek = props.period === "week";
  return (
    <section aria-labelledby="balance-table-heading">
      <h3 id="balance-table-heading" className="text-lg font-semibold text-slate-900">
        {t("tableTitle")}
      </h3>
      <p className="mt-1 text-sm text-slate-600">{t("tableHelp")}</p>
      <Legend
        className="mt-2"
        items={[
          { meaning: "shortage", label: tl("shortage") },
          { meaning: "surplus", label: tl("surplus") },
          { pattern: "shade", label: tl("deficitPeriod") },
        ]}
      />
      <PeriodTableFrame period={props.period} count={columns.keys.length}>
        <table
          className={`border-separate border-spacing-0 text-[13px] ${isWeek ? "" : "w-full table-fixed"}`}
          data-testid="balance-table"
        >
          {!isWeek && (
            <colgroup>
              <col className="w-32" />
              <col className="w-[5.5rem]" />
              <col className="w-14" />
              {columns.keys.map((key) => (
                <col key={key} />
              ))}
            </colgroup>
          )}
          <thead className="bg-slate-50 text-slate-700">
            <tr>
              <th scope="col" className="sticky left-0 z-20 bg-slate-50 px-2 py-2 text-left">
                {t("measure")}
                {columns.year && <span className="block text-xs font-normal text-slate-600">{columns.year}</span>}
              </th>
              <th scope="col" className="bg-slate-50 px-1.5 py-2 text-right">
                {t("total")}
              </th>
              <th scope="col" className="bg-slate-50 px-1.5 py-2 text-right">
                {t("coverageShort")}
              </th>
              {columns.labels.map((label, i) => (
                <th key={columns.keys[i]} scope="col" className="whitespace-nowrap bg-slate-50 px-1.5 py-2 text-right">
                  {label}
                </th>
              ))}
            </tr>
          </thead>
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
        </table>
      </PeriodTableFrame>
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
    const balanced = t("inBalance");
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
    const span = 3 + columnKeys.length;
    return (
      <tbody>
        <tr>
          <th
            scope="rowgroup"
            colSpan={span}
            className="border-t border-slate-300 bg-slate-50/60 px-2 pt-2 pb-1 text-left text-sm font-semibold text-slate-900"
          >
            <span className="sticky left-2">
              {name}
              {isLimiting && (
                <span className="ml-2 inline-block rounded bg-deficit-soft px-1.5 py-0.5 text-xs font-semibold text-deficit">
                  {t("limitingShort")}
                </span>
              )}
            </span>
          </th>
        </tr>
        {rows.map((row) => {
          const rolled = rollUp(weeks, row.values, period).values;
          const total = sum(row.values);
          return (
            <tr
              key={`${resourceId}-${row.key}`}
              className={row.isScenario ? "bg-violet-50/60" : ""}
              data-testid={`balance-row-${resourceId}-${row.key}`}
            >
              <th
                scope="row"
                className={`sticky left-0 z-[1] truncate border-t border-slate-100 px-2 py-1.5 text-left font-normal ${row.isScenario ? "bg-violet-50 italic text-violet-800" : "bg-white text-slate-700"}`}
              >
                {row.label}
              </th>
              <td className="whitespace-nowrap border-t border-slate-100 px-1.5 py-1.5 text-right font-semibold">
                {row.isGap ? (
                  <GapValue
                    value={total}
                    deficitLabel={deficit}
                    surplusLabel={surplus}
                    zeroLabel={balanced}
                    testId={`total-${row.key}-${resourceId}`}
                  />
                ) : (
                  <span className="tabular" data-testid={`total-${row.key}-${resourceId}`}>
                    {formatNumber(total)}
                  </span>
                )}
              </td>
              <td
                className="tabular whitespace-nowrap border-t border-slate-100 px-1.5 py-1.5 text-right"
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
                  className={`whitespace-nowrap border-t border-slate-100 px-1.5 py-1.5 text-right ${row.isGap && value < -0.5 ? "bg-deficit-soft" : ""}`}
                >
                  {row.isGap ? (
                    <GapValue
                      value={value}
                      deficitLabel={deficit}
                      surplusLabel={surplus}
                      zeroLabel={balanced}
                      glyph={false}
                    />
                  ) : (
                    <span className="tabular">{formatNumber(value)}</span>
                  )}
                </td>
              ))}
            </tr>
          );
        })}
      </tbody>
    );
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
