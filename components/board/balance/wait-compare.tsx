"use client";

import { useTranslations } from "next-intl";
import { WaitText, waitTone } from "@/components/board/demand/object-v2-fields";
import { CARE_GUARANTEE_DAYS, expectedWaitAt, waitTargetOf } from "@/lib/board/wait-time";
import type { PksBoard, PksResult } from "@/lib/engine";
import { formatNumber } from "@/lib/format";
import { planningObjectLabel } from "@/lib/import/validate";

/** Expected waiting time for a patient joining now, in the plan and in the scenario, against the target. */
export function WaitCompare(props: { board: PksBoard; plan: PksResult; scenario: PksResult }) {
  const t = useTranslations("balance.waitCompare");
  const objects = props.board.planningObjects.filter((p) => p.waitingList);
  if (objects.length === 0) return null;
  return (
    <div className="mt-3 overflow-x-auto rounded-md border border-slate-200 bg-white">
      <table className="w-full text-sm" data-testid="wait-compare">
        <caption className="px-3 pt-2 text-left text-sm text-slate-700">
          {t("caption", { guarantee: CARE_GUARANTEE_DAYS })}
        </caption>
        <thead className="bg-slate-50 text-slate-700">
          <tr>
            <th scope="col" className="px-3 py-2 text-left">
              {t("object")}
            </th>
            <th scope="col" className="px-3 py-2 text-right">
              {t("waitingPlan")}
            </th>
            <th scope="col" className="px-3 py-2 text-right">
              {t("waitingScenario")}
            </th>
            <th scope="col" className="px-3 py-2 text-right">
              {t("target")}
            </th>
            <th scope="col" className="px-3 py-2 text-right">
              {t("plan")}
            </th>
            <th scope="col" className="px-3 py-2 text-right">
              {t("scenario")}
            </th>
          </tr>
        </thead>
        <tbody>
          {objects.map((p) => {
            const plan = expectedWaitAt(p, props.plan.planningObjects[p.id], 0);
            const scenario = expectedWaitAt(p, props.scenario.planningObjects[p.id], 0);
            const last = props.plan.weeks.length - 1;
            return (
              <tr key={p.id} className="border-t border-slate-100">
                <th scope="row" className="px-3 py-2 text-left font-medium">
                  {planningObjectLabel(p)}
                </th>
                <td className="tabular px-3 py-2 text-right">
                  {formatNumber(props.plan.planningObjects[p.id]?.waiting[last])}
                </td>
                <td className="tabular px-3 py-2 text-right">
                  {formatNumber(props.scenario.planningObjects[p.id]?.waiting[last])}
                </td>
                <td className="tabular px-3 py-2 text-right">{t("days", { days: waitTargetOf(p).days })}</td>
                <td className={`tabular px-3 py-2 text-right ${waitTone(plan?.isWithinTarget ?? null)}`}>
                  {plan ? <WaitText wait={plan} /> : "–"}
                </td>
                <td className={`tabular px-3 py-2 text-right ${waitTone(scenario?.isWithinTarget ?? null)}`}>
                  {scenario ? <WaitText wait={scenario} /> : "–"}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
