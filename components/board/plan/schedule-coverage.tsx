"use client";

import { AlertTriangle, CheckCircle2 } from "lucide-react";
import { useTranslations } from "next-intl";
import { type DataColumn, DataTable } from "@/components/ui/data-table";
import type { PksBoard, PksResult, PlanningObject } from "@/lib/engine";
import { formatNumber, formatPercent } from "@/lib/format";
import { planningObjectLabel } from "@/lib/import/validate";

interface CoverageLine {
  object: PlanningObject;
  scheduledPerWeek: number;
  scheduledTotal: number;
  plannedTotal: number;
  coverage: number | null;
  isShort: boolean;
}

function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

/** Can the plan be reached with this activity plan? Engine `schedule.coverage` per planning object. */
export function ScheduleCoverage({ board, result }: { board: PksBoard; result: PksResult }) {
  const t = useTranslations("plan.coverage");
  const tTable = useTranslations("dataTable");
  const lines: CoverageLine[] = board.planningObjects.flatMap((object) => {
    const res = result.planningObjects[object.id];
    const schedule = res?.schedule;
    if (!schedule) return [];
    const isShort = schedule.coverage !== null && schedule.coverage < 1 - 1e-9;
    return [{ object, ...schedule, plannedTotal: sum(res.planned), isShort }];
  });
  const columns: DataColumn<CoverageLine>[] = [
    { key: "object", header: t("object"), isRowHeader: true, cell: (l) => planningObjectLabel(l.object) },
    {
      key: "perWeek",
      header: t("perWeek"),
      isNumeric: true,
      cell: (l) => formatNumber(l.scheduledPerWeek),
      footer: formatNumber(sum(lines.map((l) => l.scheduledPerWeek))),
    },
    {
      key: "scheduled",
      header: t("scheduledTotal"),
      isNumeric: true,
      cell: (l) => formatNumber(l.scheduledTotal),
      footer: formatNumber(sum(lines.map((l) => l.scheduledTotal))),
    },
    {
      key: "planned",
      header: t("plannedTotal"),
      isNumeric: true,
      cell: (l) => formatNumber(l.plannedTotal),
      footer: formatNumber(sum(lines.map((l) => l.plannedTotal))),
    },
    {
      key: "coverage",
      header: t("coverage"),
      isNumeric: true,
      cellClassName: (l) => `font-semibold ${l.isShort ? "text-deficit" : "text-surplus"}`,
      cellTestId: (l) => `schedule-coverage-${l.object.id}`,
      cell: (l) => (
        <span className="inline-flex items-center gap-1">
          {l.isShort ? (
            <AlertTriangle aria-hidden className="size-4" />
          ) : (
            <CheckCircle2 aria-hidden className="size-4" />
          )}
          {formatPercent(l.coverage)}
          <span className="sr-only">{l.isShort ? t("short") : t("enough")}</span>
        </span>
      ),
    },
  ];
  return (
    <section aria-labelledby="coverage-heading">
      <h3 id="coverage-heading" className="text-lg font-semibold text-slate-900">
        {t("title")}
      </h3>
      <p className="mt-1 text-sm text-slate-600">{t("help")}</p>
      {lines.length === 0 ? (
        <p className="mt-3 rounded-md border border-dashed border-slate-300 bg-white p-4 text-sm text-slate-700">
          {t("empty")}
        </p>
      ) : (
        <DataTable
          caption={t("title")}
          columns={columns}
          rows={lines}
          rowKey={(l) => l.object.id}
          rowClassName={(l) => (l.isShort ? "bg-deficit-soft/50" : undefined)}
          footerLabel={tTable("total")}
          maxHeight="24rem"
          testId="schedule-coverage"
          className="mt-3"
        />
      )}
    </section>
  );
}
