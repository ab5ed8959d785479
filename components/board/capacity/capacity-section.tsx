"use client";

import { useTranslations } from "next-intl";
import { useMemo } from "react";
import { useAnnounceSection, useBoardData, useBoardResult } from "@/components/board/board-room";
import { weekColumns } from "@/components/grid/week-columns";
import { ui } from "@/components/ui/styles";
import { weekRange } from "@/lib/engine";
import { CapacityFormula } from "./capacity-formula";
import { AvailabilityGrid, AvailableGrid, TimeMatrix } from "./capacity-grids";
import { LowProductionCalendar } from "./low-production";
import { ResourceList } from "./resource-list";

/** Kapacitet: resources, availability and low-production weeks, time per activity, available capacity. */
export function CapacitySection() {
  const t = useTranslations("capacity");
  useAnnounceSection("capacity");
  const board = useBoardData();
  const result = useBoardResult(board);
  const weeks = useMemo(() => (board ? weekRange(board.horizon.start, board.horizon.weeks) : []), [board]);
  const low = useMemo(() => new Set(board?.calendar?.lowProductionWeeks ?? []), [board?.calendar]);
  const columns = useMemo(() => weekColumns(weeks, low, t("low.isLow")), [weeks, low, t]);
  if (!board || !result) {
    return (
      <p role="status" className="text-sm text-slate-600">
        {t("loading")}
      </p>
    );
  }
  const hasResources = board.resources.length > 0;
  return (
    <div className="space-y-8">
      <div>
        <h2 className={ui.h1}>{t("title")}</h2>
        <p className="mt-1 text-sm text-slate-600">{t("subtitle")}</p>
      </div>
      <ResourceList resources={board.resources} />
      {!hasResources && (
        <p className={`${ui.card} text-slate-800`} data-testid="capacity-empty">
          {t("empty")}
        </p>
      )}
      {hasResources && <AvailableGrid board={board} result={result} columns={columns} />}
      {hasResources && <AvailabilityGrid board={board} weeks={weeks} columns={columns} />}
      <LowProductionCalendar board={board} weeks={weeks} />
      <TimeMatrix board={board} />
      <CapacityFormula />
    </div>
  );
}
