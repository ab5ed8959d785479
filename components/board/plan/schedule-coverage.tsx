"use client";

import { AlertTriangle, CheckCircle2 } from "lucide-react";
import { useTranslations } from "next-intl";
import type { PksBoard, PksResult } from "@/lib/engine";
import { formatNumber, formatPercent } from "@/lib/format";
import { planningObjectLabel } from "@/lib/import/validate";

/** Can the plan be reached with this activity plan? Engine `schedule.coverage` per planning object. */
export function ScheduleCoverage({ board, result }: { board: PksBoard; result: PksResult }) {
  const t = useTranslations("plan.coverage");
  const objects = board.planningObjects.filter((po) => result.planningObjects[po.id]?.schedule);
  return (
    <section aria-labelledby="coverage-heading">
      <h3 id="coverage-heading" className="text-lg font-semibold text-slate-900">
        {t("title")}
      </h3>
      <p className="mt-1 text-sm text-slate-600">{t("help")}</p>
      {objects.length === 0 ? (
        <p className="mt-3 rounded-md border border-dashed border-slate-300 bg-white p-4 text-sm text-slate-700">
          {t("empty")}
        </p>
      ) : (
        <div className="mt-3 overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="w-full text-sm" data-testid="schedule-coverage">
            <thead className="bg-slate-50 text-slate-700">
              <tr>
                <th scope="col" className="px-3 py-2 text-left">
                  {t("object")}
                </th>
                <th scope="col" className="px-3 py-2 text-right">
                  {t("perWeek")}
                </th>
                <th scope="col" className="px-3 py-2 text-right">
                  {t("scheduledTotal")}
                </th>
                <th scope="col" className="px-3 py-2 text-right">
                  {t("plannedTotal")}
                </th>
                <th scope="col" className="px-3 py-2 text-right">
                  {t("coverage")}
                </th>
              </tr>
            </thead>
            <tbody>
              {objects.map((po) => {
                const res = result.planningObjects[po.id];
                const schedule = res.schedule!;
                const plannedTotal = res.planned.reduce((a, b) => a + b, 0);
                const isShort = schedule.coverage !== null && schedule.coverage < 1 - 1e-9;
                return (
                  <tr key={po.id} className={`border-t border-slate-100 ${isShort ? "bg-deficit-soft/50" : ""}`}>
                    <th scope="row" className="px-3 py-2 text-left font-medium">
                      {planningObjectLabel(po)}
                    </th>
                    <td className="tabular px-3 py-2 text-right">{formatNumber(schedule.scheduledPerWeek)}</td>
                    <td className="tabular px-3 py-2 text-right">{formatNumber(schedule.scheduledTotal)}</td>
                    <td className="tabular px-3 py-2 text-right">{formatNumber(plannedTotal)}</td>
                    <td
                      className={`tabular px-3 py-2 text-right font-semibold ${isShort ? "text-deficit" : "text-surplus"}`}
                      data-testid={`schedule-coverage-${po.id}`}
                    >
                      <span className="inline-flex items-center gap-1">
                        {isShort ? (
                          <AlertTriangle aria-hidden className="size-4" />
                        ) : (
                          <CheckCircle2 aria-hidden className="size-4" />
                        )}
                        {formatPercent(schedule.coverage)}
                        <span className="sr-only">{isShort ? t("short") : t("enough")}</span>
                      </span>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
