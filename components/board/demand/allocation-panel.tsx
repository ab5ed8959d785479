"use client";

import { useTranslations } from "next-intl";
import { useMemo } from "react";
import { ui } from "@/components/ui/styles";
import { objectsBelowNeed } from "@/lib/board/allocation-shortfall";
import { hasPriorityOrder } from "@/lib/board/priority-order";
import type { PksBoard, PksResult } from "@/lib/engine";
import { formatNumber, formatPercent } from "@/lib/format";
import { objectLabel } from "./object-label";
import { PriorityOrderControl } from "./priority-order";

/**
 * Fördelning vid kapacitetsbrist: acute care is planned first; elective objects share a shortage
 * evenly unless the board decided a prioritetsordning. Lists the objects planned below their
 * need and by how much (planned production vs production need).
 */
export function AllocationPanel({ board, result }: { board: PksBoard; result: PksResult }) {
  const t = useTranslations("demand.allocation");
  const below = useMemo(() => objectsBelowNeed(board, result), [board, result]);
  const byId = useMemo(() => new Map(board.planningObjects.map((o) => [o.id, o])), [board.planningObjects]);
  const isDecided = hasPriorityOrder(board.planningObjects);
  return (
    <section aria-labelledby="allocation-title" className={`${ui.card} space-y-3`} data-testid="allocation-panel">
      <div>
        <h3 id="allocation-title" className={ui.h2}>
          {t("title")}
        </h3>
        <p className={ui.help}>{t("help")}</p>
        <p className="mt-1 text-sm font-medium text-slate-800" data-testid="allocation-order">
          {isDecided ? t("orderDecided") : t("orderEven")}
        </p>
      </div>
      <PriorityOrderControl board={board} />
      {below.length === 0 ? (
        <p className="text-sm text-slate-700" data-testid="allocation-none">
          {t("none")}
        </p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full text-sm" data-testid="allocation-table">
            <caption className="mb-1 text-left text-sm text-slate-700">{t("caption")}</caption>
            <thead className="bg-slate-50 text-left text-slate-700">
              <tr>
                <th scope="col" className="px-2 py-1.5">
                  {t("object")}
                </th>
                <th scope="col" className="px-2 py-1.5">
                  {t("priority")}
                </th>
                <th scope="col" className="px-2 py-1.5">
                  {t("order")}
                </th>
                <th scope="col" className="px-2 py-1.5 text-right">
                  {t("need")}
                </th>
                <th scope="col" className="px-2 py-1.5 text-right">
                  {t("planned")}
                </th>
                <th scope="col" className="px-2 py-1.5 text-right">
                  {t("shortfall")}
                </th>
                <th scope="col" className="px-2 py-1.5 text-right">
                  {t("share")}
                </th>
                <th scope="col" className="px-2 py-1.5 text-right">
                  {t("weeksBelow")}
                </th>
              </tr>
            </thead>
            <tbody>
              {below.map((row) => {
                const object = byId.get(row.id);
                return (
                  <tr key={row.id} className="border-t border-slate-100" data-testid={`allocation-row-${row.id}`}>
                    <th scope="row" className="px-2 py-1.5 text-left font-medium">
                      {object ? [objectLabel(object), object.contactType].filter(Boolean).join(", ") : row.id}
                    </th>
                    <td className="px-2 py-1.5">{object?.priority ?? "–"}</td>
                    <td className="px-2 py-1.5">
                      {row.isAcute ? t("acuteFirst") : object?.rank !== undefined ? row.rank : t("evenShare")}
                    </td>
                    <td className="tabular px-2 py-1.5 text-right">{formatNumber(row.need)}</td>
                    <td className="tabular px-2 py-1.5 text-right">{formatNumber(row.planned)}</td>
                    <td className="tabular px-2 py-1.5 text-right font-medium text-deficit">
                      ▼ {formatNumber(row.planned - row.need)}
                      <span className="sr-only"> {t("shortfall")}</span>
                    </td>
                    <td className="tabular px-2 py-1.5 text-right">{formatPercent(row.planned / row.need)}</td>
                    <td className="tabular px-2 py-1.5 text-right">
                      {row.weeksBelow} / {result.weeks.length}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
