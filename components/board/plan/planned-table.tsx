"use client";

import { useTranslations } from "next-intl";
import { useMemo } from "react";
import { Legend, LOW_WEEK_BG } from "@/components/ui/legend";
import type { PksBoard, PksResult } from "@/lib/engine";
import { formatNumber } from "@/lib/format";
import { planningObjectLabel } from "@/lib/import/validate";
import { type Period, PeriodTableFrame, periodColumns, rollUp } from "../balance/period";

/**
 * Planned volumes per planning object and period (engine `planned`), read-only, with a labelled
 * "Summa" row after the last object (never on top of it). Counts of patients: whole numbers.
 */
export function PlannedTable({ board, result, period }: { board: PksBoard; result: PksResult; period: Period }) {
  const t = useTranslations("plan");
  const tl = useTranslations("legend");
  const columns = useMemo(() => periodColumns(result.weeks, period), [result.weeks, period]);
  const isWeek = period === "week";
  const lowWeeks = new Set(board.calendar?.lowProductionWeeks ?? []);
  const totals = new Array(columns.keys.length).fill(0);
  let grandTotal = 0;
  const rows = board.planningObjects.map((po) => {
    const planned = result.planningObjects[po.id]?.planned ?? [];
    const rolled = rollUp(result.weeks, planned, period).values;
    let total = 0;
    rolled.forEach((v, i) => {
      totals[i] += v;
      total += v;
    });
    grandTotal += total;
    return { po, rolled, total };
  });
  const cell = "tabular whitespace-nowrap px-1.5 py-1.5 text-right";
  return (
    <section aria-labelledby="planned-heading">
      <h3 id="planned-heading" className="text-lg font-semibold text-slate-900">
        {t("plannedTitle")}
      </h3>
      <p className="mt-1 text-sm text-slate-600">{t("plannedHelp")}</p>
      {isWeek && lowWeeks.size > 0 && <Legend className="mt-2" items={[{ pattern: "low", label: tl("lowWeek") }]} />}
      <PeriodTableFrame period={period} count={columns.keys.length}>
        <table
          className={`border-separate border-spacing-0 text-[13px] ${isWeek ? "" : "w-full table-fixed"}`}
          data-testid="planned-table"
        >
          {!isWeek && (
            <colgroup>
              <col className="w-48" />
              <col className="w-16" />
              {columns.keys.map((key) => (
                <col key={key} />
              ))}
            </colgroup>
          )}
          <thead className="bg-slate-50 text-slate-700">
            <tr>
              <th scope="col" className="sticky left-0 z-20 min-w-48 bg-slate-50 px-2 py-2 text-left">
                {t("object")}
                {columns.year && <span className="block text-xs font-normal text-slate-600">{columns.year}</span>}
              </th>
              <th scope="col" className="bg-slate-50 px-1.5 py-2 text-right">
                {t("total")}
              </th>
              {columns.labels.map((label, i) => {
                const isLow = isWeek && lowWeeks.has(columns.keys[i]);
                return (
                  <th
                    key={columns.keys[i]}
                    scope="col"
                    className={`whitespace-nowrap px-1.5 py-2 text-right ${isLow ? LOW_WEEK_BG : "bg-slate-50"}`}
                    title={isLow ? t("lowWeek") : undefined}
                  >
                    {label}
                    {isLow && <span className="block text-[10px] font-normal text-slate-700">{t("lowShort")}</span>}
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {rows.map(({ po, rolled, total }) => (
              <tr key={po.id} data-testid={`planned-row-${po.id}`}>
                <th
                  scope="row"
                  className="sticky left-0 z-[1] border-t border-slate-100 bg-white px-2 py-1.5 text-left font-medium"
                >
                  {planningObjectLabel(po)}
                </th>
                <td
                  className={`${cell} border-t border-slate-100 font-semibold`}
                  data-testid={`planned-total-${po.id}`}
                >
                  {formatNumber(total)}
                </td>
                {rolled.map((v, i) => (
                  <td key={columns.keys[i]} className={`${cell} border-t border-slate-100`}>
                    {formatNumber(v)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
          <tfoot className="font-semibold" data-testid="planned-sum">
            <tr>
              <th
                scope="row"
                className="sticky left-0 z-[2] border-t-2 border-slate-400 bg-slate-100 px-2 py-2 text-left"
              >
                {t("sum")}
              </th>
              <td className={`${cell} border-t-2 border-slate-400 bg-slate-100`}>{formatNumber(grandTotal)}</td>
              {totals.map((v, i) => (
                <td key={columns.keys[i]} className={`${cell} border-t-2 border-slate-400 bg-slate-100`}>
                  {formatNumber(v)}
                </td>
              ))}
            </tr>
          </tfoot>
        </table>
      </PeriodTableFrame>
    </section>
  );
}
