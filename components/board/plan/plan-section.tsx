"use client";

import { useTranslations } from "next-intl";
import { useViewState } from "@/components/meeting/view-state";
import { ui } from "@/components/ui/styles";
import { type Period, PeriodSelect } from "../balance/period";
import { useAnnounceSection, useBoardData, useBoardResult } from "../board-room";
import { ActivityPlan } from "./activity-plan";
import { PlannedTable } from "./planned-table";
import { ScheduleCoverage } from "./schedule-coverage";

/** Produktionsplan: planned volumes from the balanced board, the activity plan and its coverage. */
export function PlanSection() {
  const t = useTranslations("plan");
  useAnnounceSection("plan");
  const board = useBoardData();
  const result = useBoardResult(board, "plan");
  const [period, setPeriod] = useViewState<Period>("plan.period", "month");
  if (!board || !result) {
    return (
      <p role="status" className="text-sm text-slate-600">
        {t("loading")}
      </p>
    );
  }
  return (
    <div className="space-y-8">
      <div className="flex flex-wrap items-end gap-4">
        <div className="min-w-0 flex-1">
          <h2 className={ui.h1}>{t("title")}</h2>
          <p className="mt-1 text-sm text-slate-600">{t("subtitle")}</p>
        </div>
        <PeriodSelect value={period} onChange={setPeriod} />
      </div>
      {board.planningObjects.length === 0 ? (
        <div className={ui.card}>
          <p className="text-slate-700">{t("empty")}</p>
        </div>
      ) : (
        <>
          <PlannedTable board={board} result={result} period={period} />
          <ScheduleCoverage board={board} result={result} />
          <ActivityPlan board={board} />
        </>
      )}
    </div>
  );
}
