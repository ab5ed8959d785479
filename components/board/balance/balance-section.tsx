"use client";

import { useTranslations } from "next-intl";
import { useViewState } from "@/components/meeting/view-state";
import { ui } from "@/components/ui/styles";
import type { PksMode } from "@/lib/engine";
import { useAnnounceSection, useBoardData, useBoardResult } from "../board-room";
import { AcutePanel } from "./acute-panel";
import { BalancePeriodSelect } from "./balance-period-select";
import { MeasuresPanel } from "./measures-panel";
import { ModeToggle } from "./mode-toggle";
import { type Period, PeriodSelect } from "./period";
import { ResourceBalanceChart, ResourceBalanceTable } from "./resource-balance";
import { ScenarioCompare } from "./scenario-compare";
import { BalanceSummary } from "./summary";
import { WaitingChart } from "./waiting-chart";

/** Balansering: need vs available per resource, the limiting capacity, measures, scenario, acute. */
export function BalanceSection() {
  const t = useTranslations("balance");
  useAnnounceSection("balance");
  const board = useBoardData();
  const [mode, setMode] = useViewState<PksMode>("balance.mode", "plan");
  const [period, setPeriod] = useViewState<Period>("balance.period", "month");
  const plan = useBoardResult(board, "plan");
  const scenario = useBoardResult(mode === "scenario" ? board : null, "scenario");
  if (!board || !plan) {
    return (
      <p role="status" className="text-sm text-slate-600">
        {t("loading")}
      </p>
    );
  }
  const shownScenario = mode === "scenario" ? scenario : null;
  return (
    <div className="space-y-8">
      <div className="flex flex-wrap items-end gap-4">
        <div className="min-w-0 flex-1">
          <h2 className={ui.h1}>{t("title")}</h2>
          <p className="mt-1 text-sm text-slate-600">{mode === "scenario" ? t("subtitleScenario") : t("subtitle")}</p>
        </div>
        <BalancePeriodSelect board={board} current={plan.balancePeriod} />
        <ModeToggle mode={mode} onChange={setMode} />
        <PeriodSelect value={period} onChange={setPeriod} />
      </div>
      {board.resources.length === 0 ? (
        <div className={ui.card}>
          <p className="text-slate-700">{t("empty")}</p>
        </div>
      ) : (
        <>
          <BalanceSummary board={board} plan={plan} scenario={shownScenario} />
          {shownScenario && <ScenarioCompare board={board} plan={plan} scenario={shownScenario} />}
          <ResourceBalanceChart board={board} plan={plan} scenario={shownScenario} period={period} />
          <ResourceBalanceTable board={board} plan={plan} scenario={shownScenario} period={period} />
          <MeasuresPanel board={board} weeks={plan.weeks} />
          <WaitingChart board={board} plan={plan} scenario={shownScenario} />
          <AcutePanel board={board} result={plan} />
        </>
      )}
    </div>
  );
}
