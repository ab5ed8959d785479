"use client";

import { useTranslations } from "next-intl";
import { LOW_WEEK_BG, SignedValue } from "@/components/ui/legend";
import type { PksBoard, PksResult } from "@/lib/engine";
import { formatNumber, formatWeekWithYear } from "@/lib/format";
import { isBeyondThreshold } from "./use-threshold";

/** Plan vs outcome for one planning object, week by week, with deviations beyond the threshold flagged. */
export function DeviationTable(props: { board: PksBoard; result: PksResult; poId: string; threshold: number }) {
  const t = useTranslations("followup");
  const res = props.result.planningObjects[props.poId];
  const follow = res?.followUp;
  const low = new Set(props.board.calendar?.lowProductionWeeks ?? []);
  if (!res || !follow || follow.weeks.length === 0) {
    return (
      <p className="rounded-md border border-dashed border-slate-300 bg-white p-4 text-sm text-slate-700">
        {t("noOutcomes")}
      </p>
    );
  }
  const outcomes = props.board.outcomes?.[props.poId] ?? {};
  const index = new Map(props.result.weeks.map((w, i) => [w, i]));
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full text-sm" data-testid="deviation-table">
        <thead className="bg-slate-50 text-slate-700">
          <tr>
            <th scope="col" className="px-3 py-2 text-left">
              {t("week")}
            </th>
            <th scope="col" className="px-3 py-2 text-right">
              {t("cols.plan")}
            </th>
            <th scope="col" className="px-3 py-2 text-right">
              {t("cols.produced")}
            </th>
            <th scope="col" className="px-3 py-2 text-right">
              {t("cols.deviation")}
            </th>
            <th scope="col" className="px-3 py-2 text-right">
              {t("cols.cumulative")}
            </th>
            <th scope="col" className="px-3 py-2 text-right">
              {t("cols.forecast")}
            </th>
            <th scope="col" className="px-3 py-2 text-right">
              {t("cols.inflow")}
            </th>
            <th scope="col" className="px-3 py-2 text-right">
              {t("cols.waitingForecast")}
            </th>
            <th scope="col" className="px-3 py-2 text-right">
              {t("cols.waiting")}
            </th>
          </tr>
        </thead>
        <tbody>
          {follow.weeks.map((week, k) => {
            const i = index.get(week) as number;
            const deviation = follow.deviation[k];
            const beyond = isBeyondThreshold(deviation, res.planned[i], props.threshold);
            const isLow = low.has(week);
            const outcome = outcomes[week] ?? {};
            return (
              <tr
                key={week}
                className={`border-t border-slate-100 ${isLow ? LOW_WEEK_BG : ""}`}
                data-testid={`deviation-${week}`}
              >
                <th scope="row" className="whitespace-nowrap px-3 py-1.5 text-left font-medium">
                  {formatWeekWithYear(week)}
                  {isLow && (
                    <span className="ml-2 rounded border border-slate-400 px-1 text-xs font-normal text-slate-700">
                      {t("lowShort")}
                    </span>
                  )}
                </th>
                <td className="tabular px-3 py-1.5 text-right">{formatNumber(res.planned[i])}</td>
                <td className="tabular px-3 py-1.5 text-right">{formatNumber(outcome.produced)}</td>
                <td
                  className={`tabular px-3 py-1.5 text-right ${beyond ? (deviation! < 0 ? "bg-deficit-soft" : "bg-surplus-soft") : ""}`}
                  data-beyond={beyond || undefined}
                >
                  {deviation === null ? (
                    "–"
                  ) : beyond ? (
                    <SignedValue
                      value={deviation}
                      kind="change"
                      words={{ worse: t("beyondWorse"), better: t("beyondBetter") }}
                    />
                  ) : (
                    `${Math.round(deviation) > 0 ? "+" : ""}${formatNumber(deviation)}`
                  )}
                </td>
                <td className="tabular px-3 py-1.5 text-right">{formatNumber(follow.cumulativeDeviation[k])}</td>
                <td className="tabular px-3 py-1.5 text-right">{formatNumber(res.demand[i])}</td>
                <td className="tabular px-3 py-1.5 text-right">{formatNumber(outcome.inflow)}</td>
                <td className="tabular px-3 py-1.5 text-right">{formatNumber(res.waiting[i])}</td>
                <td className="tabular px-3 py-1.5 text-right">{formatNumber(outcome.waiting)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
