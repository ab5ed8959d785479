"use client";

import { useTranslations } from "next-intl";
import { setAcute } from "@/lib/board/doc-model";
import type { PksBoard, PksResult } from "@/lib/engine";
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
  return (
    <section aria-labelledby="acute-heading" className="space-y-3">
      <div>
        <h3 id="acute-heading" className="text-lg font-semibold text-slate-900">
          {t("title")}
        </h3>
        <p className="text-sm text-slate-600">{t("help")}</p>
      </div>
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="w-full text-sm" data-testid="acute-table">
          <thead className="bg-slate-50 text-left text-slate-700">
            <tr>
              <th scope="col" className="px-3 py-2">
                {t("object")}
              </th>
              <th scope="col" className="px-3 py-2 text-right">
                {t("days")}
              </th>
              <th scope="col" className="w-40 px-3 py-2 text-right">
                {t("coverage")}
              </th>
              <th scope="col" className="px-3 py-2 text-right">
                {t("dimension")}
              </th>
            </tr>
          </thead>
          <tbody>
            {objects.map((po) => {
              const acute = po.acute!;
              const label = planningObjectLabel(po);
              return (
                <tr key={po.id} className="border-t border-slate-100">
                  <th scope="row" className="px-3 py-2 text-left font-medium">
                    {label}
                  </th>
                  <td className="tabular px-3 py-2 text-right">{formatNumber(acute.dailyDemand.length)}</td>
                  <td className="px-3 py-2">
                    <NumberField
                      label={t("coverageFor", { object: label })}
                      hideLabel
                      value={acute.coveragePct}
                      min={0.1}
                      max={100}
                      suffix="%"
                      disabled={!room.canEdit}
                      testId={`acute-coverage-${po.id}`}
                      onCommit={(value) => {
                        if (value !== null) setAcute(room.doc, po.id, { ...acute, coveragePct: value }, room.origin);
                      }}
                    />
                  </td>
                  <td
                    className="tabular px-3 py-2 text-right text-base font-semibold"
                    data-testid={`acute-dimension-${po.id}`}
                  >
                    {formatNumber(result.planningObjects[po.id]?.acuteDimension)} {t("perDay")}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
