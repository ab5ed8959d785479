"use client";

import { useTranslations } from "next-intl";
import { ui } from "@/components/ui/styles";
import type { PksBoard, PksResult } from "@/lib/engine";
import { formatPercent } from "@/lib/format";
import { BalanceVerdictText } from "./balance-verdict";
import { GapValue } from "./gap-value";

function totalGap(result: PksResult, resourceId: string): number {
  let sum = 0;
  for (const g of result.resources[resourceId]?.gap ?? []) sum += g;
  return sum;
}

function Headline({ board, result, testPrefix }: { board: PksBoard; result: PksResult; testPrefix: string }) {
  const t = useTranslations("balance");
  const limiting = board.resources.find((r) => r.id === result.limitingResource);
  return (
    <div className="space-y-1">
      <div data-testid={`${testPrefix}-balanced`}>
        <BalanceVerdictText board={board} result={result} testId={`${testPrefix}-verdict`} showCoverage={false} />
      </div>
      <p className="text-sm text-slate-700">
        {t("limiting")}:{" "}
        <strong className="text-slate-900" data-testid={`${testPrefix}-limiting`}>
          {limiting?.name ?? t("noLimiting")}
        </strong>
      </p>
      {limiting && (
        <p className="text-sm text-slate-700">
          {t("coverage")}:{" "}
          <strong className="tabular text-slate-900" data-testid={`${testPrefix}-limiting-coverage`}>
            {formatPercent(result.resources[limiting.id]?.coverage ?? null)}
          </strong>
          {" · "}
          {t("gapTotal")}:{" "}
          <GapValue
            value={totalGap(result, limiting.id)}
            deficitLabel={t("deficit")}
            surplusLabel={t("surplus")}
            zeroLabel={t("inBalance")}
            testId={`${testPrefix}-limiting-gap`}
          />
        </p>
      )}
    </div>
  );
}

/** Headline numbers: balanced or not and the limiting capacity, for the plan and (side by side) the scenario. */
export function BalanceSummary(props: { board: PksBoard; plan: PksResult; scenario: PksResult | null }) {
  const t = useTranslations("balance");
  const measures = props.board.measures ?? [];
  const count = (status: string) => measures.filter((m) => m.status === status).length;
  return (
    <div className={`grid gap-4 ${props.scenario ? "md:grid-cols-3" : "md:grid-cols-2"}`}>
      <section className={ui.card} aria-labelledby="summary-plan" data-testid="summary-plan">
        <h3 id="summary-plan" className="text-sm font-semibold uppercase tracking-wide text-slate-600">
          {t("mode.plan")}
        </h3>
        <div className="mt-2">
          <Headline board={props.board} result={props.plan} testPrefix="plan" />
        </div>
      </section>
      {props.scenario && (
        <section
          className={`${ui.card} border-dashed border-violet-400`}
          aria-labelledby="summary-scenario"
          data-testid="summary-scenario"
        >
          <h3 id="summary-scenario" className="text-sm font-semibold uppercase tracking-wide text-violet-800">
            {t("mode.scenario")}
          </h3>
          <div className="mt-2">
            <Headline board={props.board} result={props.scenario} testPrefix="scenario" />
          </div>
        </section>
      )}
      <section className={ui.card} aria-labelledby="summary-measures">
        <h3 id="summary-measures" className="text-sm font-semibold uppercase tracking-wide text-slate-600">
          {t("measures.title")}
        </h3>
        <ul className="mt-2 space-y-1 text-sm text-slate-700">
          {(["proposed", "decided", "realized"] as const).map((status) => (
            <li key={status}>
              <strong className="tabular text-slate-900">{count(status)}</strong> {t(`measures.statusPlural.${status}`)}
            </li>
          ))}
        </ul>
        <p className={ui.help}>{t("measures.countRule")}</p>
      </section>
    </div>
  );
}
