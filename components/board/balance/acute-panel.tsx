"use client";

import { useTranslations } from "next-intl";
import { type DataColumn, DataTable } from "@/components/ui/data-table";
import { setAcute } from "@/lib/board/doc-model";
import type { PksBoard, PksResult, PlanningObject } from "@/lib/engine";
import { formatNumber } from "@/lib/format";
import { planningObjectLabel } from "@/lib/import/validate";
import { useBoardRoom } from "../board-room";
import { NumberField } from "./number-field";

/**
 * Acute dimensioning: acute demand cannot be booked, so capacity is dimensioned to cover an
 * agreed share of days (e.g. 85 %); the engine gives the nearest-rank value of daily demand.
 */
export function AcutePanel({ board, result }: { board: PksBoard; result: PksResult }) {
  const t = useTranslations("balance.acute");
  const room = useBoardRoom();
  const objects = board.planningObjects.filter((p) => p.acute);
  if (objects.length === 0) return null;
  const columns: DataColumn<PlanningObject>[] = [
    { key: "object", header: t("object"), isRowHeader: true, cell: (po) => planningObjectLabel(po) },
    { key: "days", header: t("days"), isNumeric: true, cell: (po) => formatNumber(po.acute?.dailyDemand.length) },
    {
      key: "coverage",
      header: t("coverage"),
      isNumeric: true,
      cellClassName: () => "w-40",
      cell: (po) => (
        <NumberField
          label={t("coverageFor", { object: planningObjectLabel(po) })}
          hideLabel
          value={po.acute?.coveragePct}
          min={0.1}
          max={100}
          suffix="%"
          disabled={!room.canEdit}
          testId={`acute-coverage-${po.id}`}
          onCommit={(value) => {
            if (value !== null && po.acute) setAcute(room.doc, po.id, { ...po.acute, coveragePct: value }, room.origin);
          }}
        />
      ),
    },
    {
      key: "dimension",
      header: t("dimension"),
      isNumeric: true,
      cellClassName: () => "text-base font-semibold",
      cellTestId: (po) => `acute-dimension-${po.id}`,
      cell: (po) => `${formatNumber(result.planningObjects[po.id]?.acuteDimension)} ${t("perDay")}`,
    },
  ];
  return (
    <section aria-labelledby="acute-heading" className="space-y-3">
      <div>
        <h3 id="acute-heading" className="text-lg font-semibold text-slate-900">
          {t("title")}
        </h3>
        <p className="text-sm text-slate-600">{t("help")}</p>
      </div>
      <DataTable caption={t("title")} columns={columns} rows={objects} rowKey={(po) => po.id} testId="acute-table" />
    </section>
  );
}
