"use client";

import { useTranslations } from "next-intl";
import { useMemo } from "react";
import type { PksBoard, PksResult } from "@/lib/engine";
import { formatNumber } from "@/lib/format";
import { planningObjectLabel } from "@/lib/import/validate";
import { type Period, periodColumns, rollUp } from "../balance/period";

/** Planned volumes per planning object and period (engine `planned`), read-only, with totals. */
export function PlannedTable({ board, result, period }: { board: PksBoard; result: PksResult; period: Period }) {
  const t = useTranslations("plan");
  const columns = useMemo(() => periodColumns(result.weeks, period), [result.weeks, period]);
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
  return (
    <section aria-labelledby="planned-heading">
      <h3 id="planned-heading" className="text-lg font-semibold text-slate-900">
        {t("plannedTitle")}
      </h3>
      <p className="mt-1 text-sm text-slate-600">{t("plannedHelp")}</p>
      <div className="mt-3 max-h-[28rem] overflow-auto rounded-lg border border-slate-200 bg-white">
        <table className="w-full border-separate border-spacing-0 text-sm" data-testid="planned-table">
          <thead className="sticky top-0 z-10 bg-slate-50 text-slate-700">
            <tr>
              <th scope="col" className="sticky left-0 z-20 min-w-56 bg-slate-50 px-3 py-2 text-left">
                {t("object")}
              </th>
              <th scope="col" className="bg-slate-50 px-3 py-2 text-right">
                {t("total")}
              </th>
              {columns.labels.map((label, i) => {
                const isLow = period === "week" && lowWeeks.has(columns.keys[i]);
                return (
                  <th
                    key={columns.keys[i]}
                    scope="col"
                    className={`whitespace-nowrap px-3 py-2 text-right ${isLow ? "bg-[repeating-linear-gradient(135deg,#f1f5f9_0_6px,#e2e8f0_6px_8px)]" : "bg-slate-50"}`}
                    title={isLow ? t("lowWeek") : undefined}
                  >
                    {label}
                    {isLow && <span className="block text-[10px] font-normal text-slate-600">{t("lowShort")}</span>}
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
                  className="sticky left-0 z-[1] border-t border-slate-100 bg-white px-3 py-1.5 text-left font-medium"
                >
                  {planningObjectLabel(po)}
                </th>
                <td
                  className="tabular border-t border-slate-100 px-3 py-1.5 text-right font-semibold"
                  data-testid={`planned-total-${po.id}`}
                >
                  {formatNumber(total)}
                </td>
                {rolled.map((v, i) => (
                  <td key={columns.keys[i]} className="tabular border-t border-slate-100 px-3 py-1.5 text-right">
                    {formatNumber(v)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
          <tfoot className="sticky bottom-0 bg-slate-50 font-semibold">
            <tr>
              <th scope="row" className="sticky left-0 border-t border-slate-300 bg-slate-50 px-3 py-1.5 text-left">
                {t("sum")}
              </th>
              <td className="tabular border-t border-slate-300 px-3 py-1.5 text-right">{formatNumber(grandTotal)}</td>
              {totals.map((v, i) => (
                <td key={columns.keys[i]} className="tabular border-t border-slate-300 px-3 py-1.5 text-right">
                  {formatNumber(v)}
                </td>
              ))}
            </tr>
          </tfoot>
        </table>
      </div>
    </section>
  );
}
