"use client";

import { useTranslations } from "next-intl";
import { computeAcuteFigures } from "@/lib/board/acute-figures";
import { setAcuteDaysPerWeek } from "@/lib/board/doc-edit-v2";
import { setAcute } from "@/lib/board/doc-model";
import type { PksBoard, PksResult, PlanningObject } from "@/lib/engine";
import { formatNumber, formatPercent } from "@/lib/format";
import { planningObjectLabel } from "@/lib/import/validate";
import { useBoardRoom } from "../board-room";
import { NumberField } from "./number-field";

function AcuteRow({ board, result, po }: { board: PksBoard; result: PksResult; po: PlanningObject }) {
  const t = useTranslations("balance.acute");
  const room = useBoardRoom();
  const acute = po.acute!;
  const label = planningObjectLabel(po);
  const f = computeAcuteFigures(board, result, po);
  const above = f.daysAbovePct ?? 0;
  return (
    <>
      <tr className="border-t border-slate-100 align-top" data-testid={`acute-row-${po.id}`}>
        <th scope="row" className="px-3 py-2 text-left font-medium">
          {label}
          <span className="block text-xs font-normal text-slate-600">
            {t("days")}: {formatNumber(acute.dailyDemand.length)}
          </span>
        </th>
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
        <td className="px-3 py-2">
          <NumberField
            label={t("daysPerWeekFor", { object: label })}
            hideLabel
            value={acute.daysPerWeek ?? 7}
            min={1}
            max={7}
            decimals={0}
            disabled={!room.canEdit}
            testId={`acute-days-${po.id}`}
            onCommit={(value) => {
              if (value !== null) setAcuteDaysPerWeek(room.doc, po.id, Math.round(value), room.origin);
            }}
          />
        </td>
        <td className="tabular px-3 py-2 text-right" data-testid={`acute-dimension-${po.id}`}>
          <span className="text-base font-semibold">
            {formatNumber(f.perDay)} {t("perDay")}
          </span>
          <span className="block text-slate-700">{t("perWeek", { value: formatNumber(f.perWeek) })}</span>
        </td>
        <td className="tabular px-3 py-2 text-right" data-testid={`acute-share-${po.id}`}>
          {formatPercent(f.shareOfNeed)}
        </td>
        <td className="tabular px-3 py-2 text-right" data-testid={`acute-shortfall-${po.id}`}>
          <span className={f.shortfallWeeks > 0 ? "font-medium text-deficit" : ""}>
            {t("shortfallWeeks", { count: f.shortfallWeeks })}
          </span>
          {f.worst && (
            <span className="block text-slate-700">
              {t("shortfallWorst", { week: f.worst.week, value: formatNumber(f.worst.value) })}
            </span>
          )}
        </td>
        <td className="tabular px-3 py-2 text-right font-medium">{formatPercent(above / 100)}</td>
      </tr>
      {above > 0 && (
        <tr data-testid={`acute-above-${po.id}`}>
          <td colSpan={7} className="px-3 pb-3 text-sm text-slate-700">
            ▲ {t("prompt", { pct: formatPercent(above / 100) })}
          </td>
        </tr>
      )}
    </>
  );
}

/**
 * Dimensionerad kapacitet för akuta vårdbehov: the agreed percentile of daily demand
 * (dimensioneringsgrad) per day and week, reserved before the elective objects; its share of the
 * capacity need, the acute shortfall by week, and the share of days above the dimension.
 */
export function AcutePanel({ board, result }: { board: PksBoard; result: PksResult }) {
  const t = useTranslations("balance.acute");
  const objects = board.planningObjects.filter((p) => p.acute);
  if (objects.length === 0) return null;
  const heads = ["object", "coverage", "daysPerWeek", "dimension", "share", "shortfall", "daysAbove"] as const;
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
              {heads.map((head, i) => (
                <th
                  key={head}
                  scope="col"
                  className={`px-3 py-2 ${i === 1 || i === 2 ? "w-28" : ""} ${i >= 3 ? "text-right" : ""}`}
                  title={head === "share" ? t("shareHelp") : undefined}
                >
                  {t(head)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {objects.map((po) => (
              <AcuteRow key={po.id} board={board} result={result} po={po} />
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
