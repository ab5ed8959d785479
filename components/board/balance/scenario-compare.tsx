"use client";

import { useTranslations } from "next-intl";
import { isMeasureCounted, type PksBoard, type PksResult } from "@/lib/engine";
import { formatPercent } from "@/lib/format";
import { GapValue } from "./gap-value";
import { WaitCompare } from "./wait-compare";

function sum(values: readonly number[] | undefined): number {
  let total = 0;
  for (const v of values ?? []) total += v;
  return total;
}

/** Plan and scenario side by side per resource: gap over the horizon and coverage. */
export function ScenarioCompare(props: { board: PksBoard; plan: PksResult; scenario: PksResult }) {
  const t = useTranslations("balance");
  const proposed = (props.board.measures ?? []).filter((m) => !isMeasureCounted(m, "plan"));
  return (
    <section
      aria-labelledby="scenario-heading"
      className="rounded-lg border-2 border-dashed border-violet-300 bg-violet-50/40 p-4"
    >
      <h3 id="scenario-heading" className="text-lg font-semibold text-violet-900">
        {t("scenarioCompare.title")}
      </h3>
      <p className="mt-1 text-sm text-slate-700">{t("scenarioCompare.help", { count: proposed.length })}</p>
      <div className="mt-3 overflow-x-auto rounded-md border border-slate-200 bg-white">
        <table className="w-full text-sm" data-testid="scenario-compare">
          <thead className="bg-slate-50 text-slate-700">
            <tr>
              <th scope="col" className="px-3 py-2 text-left">
                {t("resource")}
              </th>
              <th scope="col" className="px-3 py-2 text-right">
                {t("scenarioCompare.planGap")}
              </th>
              <th scope="col" className="px-3 py-2 text-right">
                {t("scenarioCompare.scenarioGap")}
              </th>
              <th scope="col" className="px-3 py-2 text-right">
                {t("scenarioCompare.difference")}
              </th>
              <th scope="col" className="px-3 py-2 text-right">
                {t("scenarioCompare.planCoverage")}
              </th>
              <th scope="col" className="px-3 py-2 text-right">
                {t("scenarioCompare.scenarioCoverage")}
              </th>
            </tr>
          </thead>
          <tbody>
            {props.board.resources.map((r) => {
              const planGap = sum(props.plan.resources[r.id]?.gap);
              const scenarioGap = sum(props.scenario.resources[r.id]?.gap);
              return (
                <tr key={r.id} className="border-t border-slate-100">
                  <th scope="row" className="px-3 py-2 text-left font-medium">
                    {r.name}
                  </th>
                  <td className="px-3 py-2 text-right">
                    <GapValue
                      value={planGap}
                      deficitLabel={t("deficit")}
                      surplusLabel={t("surplus")}
                      testId={`compare-plan-${r.id}`}
                    />
                  </td>
                  <td className="px-3 py-2 text-right">
                    <GapValue
                      value={scenarioGap}
                      deficitLabel={t("deficit")}
                      surplusLabel={t("surplus")}
                      testId={`compare-scenario-${r.id}`}
                    />
                  </td>
                  <td className="px-3 py-2 text-right">
                    <GapValue
                      value={scenarioGap - planGap}
                      kind="change"
                      deficitLabel={t("worse")}
                      surplusLabel={t("better")}
                      zeroLabel={t("same")}
                      testId={`compare-difference-${r.id}`}
                    />
                  </td>
                  <td className="tabular px-3 py-2 text-right">
                    {formatPercent(props.plan.resources[r.id]?.coverage ?? null)}
                  </td>
                  <td className="tabular px-3 py-2 text-right">
                    {formatPercent(props.scenario.resources[r.id]?.coverage ?? null)}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <WaitCompare board={props.board} plan={props.plan} scenario={props.scenario} />
    </section>
  );
}
