"use client";

import { useTranslations } from "next-intl";
import { useMemo } from "react";
import { CollaborativeEditor } from "@/components/editor/collaborative-editor";
import { ui } from "@/components/ui/styles";
import { computeBalanceVerdict } from "@/lib/board/verdict";
import { formatWeekLabelWithYear, type PksBoard, type PksResult, weekRange } from "@/lib/engine";
import { measureBasis } from "@/lib/engine/measures";
import { formatNumber, formatPercent } from "@/lib/format";
import { BalanceVerdictText } from "./balance/balance-verdict";
import { useAnnounceSection, useBoardData, useBoardResult } from "./board-room";
import { ExpectedWaitCells } from "./overview-wait";
import { PresenceList } from "./presence";

function sum(values: number[]): number {
  let total = 0;
  for (const v of values) total += v;
  return total;
}

/** The headline of a board: balance per resource, the limiting capacity, waiting lists, measures. */
export function Overview({ board, result }: { board: PksBoard; result: PksResult }) {
  const t = useTranslations("overview");
  const weeks = weekRange(board.horizon.start, board.horizon.weeks);
  const limiting = board.resources.find((r) => r.id === result.limitingResource);
  const isEmpty = board.resources.length === 0 && board.planningObjects.length === 0;
  const waitingObjects = board.planningObjects.filter((p) => p.waitingList);
  const verdictPeriods = useMemo(() => computeBalanceVerdict(board, result).totalPeriods, [board, result]);
  return (
    <div className="space-y-8">
      <div>
        <h2 className={ui.h1}>{t("title")}</h2>
        <p className="mt-1 text-sm text-slate-600">
          {t("subtitle", { weeks: board.horizon.weeks, start: formatWeekLabelWithYear(board.horizon.start) })}
        </p>
      </div>
      {isEmpty ? (
        <div className={ui.card}>
          <h3 className={ui.h2}>{t("emptyTitle")}</h3>
          <p className="mt-2 text-slate-700">{t("empty")}</p>
        </div>
      ) : (
        <>
          <div className="grid gap-4 sm:grid-cols-4">
            <div className={`${ui.card} sm:col-span-2`} data-testid="balance-status">
              <p className="text-sm text-slate-600">{t("balanceLabel")}</p>
              <div className="mt-1">
                <BalanceVerdictText board={board} result={result} testId="balance-verdict" size="large" showHelp />
              </div>
            </div>
            <div className={ui.card} data-testid="limiting-resource">
              <p className="text-sm text-slate-600">{t("limiting")}</p>
              <p className="mt-1 text-2xl font-semibold text-slate-900">{limiting ? limiting.name : t("noLimiting")}</p>
              {limiting && (
                <p className="mt-1 text-sm text-slate-600">
                  {t("coverage", { value: formatPercent(result.resources[limiting.id]?.coverage ?? null) })}
                </p>
              )}
            </div>
            <div className={ui.card}>
              <p className="text-sm text-slate-600">{t("objects", { count: board.planningObjects.length })}</p>
              <p className="mt-1 text-2xl font-semibold text-slate-900">
                {t("resourceCount", { count: board.resources.length })}
              </p>
            </div>
          </div>

          <section aria-labelledby="resources-heading">
            <h3 id="resources-heading" className={ui.h2}>
              {t("resources")}
            </h3>
            <div className="mt-3 overflow-x-auto rounded-lg border border-slate-200 bg-white">
              <table className="w-full text-sm">
                <thead className="bg-slate-50 text-left text-slate-700">
                  <tr>
                    <th scope="col" className="px-3 py-2">
                      {t("resource")}
                    </th>
                    <th scope="col" className="px-3 py-2">
                      {t("kind")}
                    </th>
                    <th scope="col" className="px-3 py-2 text-right">
                      {t("need")}
                    </th>
                    <th scope="col" className="px-3 py-2 text-right">
                      {t("available")}
                    </th>
                    <th scope="col" className="px-3 py-2 text-right">
                      {t("gap")}
                    </th>
                    <th scope="col" className="px-3 py-2 text-right">
                      {t("coverageCol")}
                    </th>
                    <th scope="col" className="px-3 py-2 text-right">
                      {t("deficitPeriods", { period: result.balancePeriod })}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {board.resources.map((r) => {
                    const res = result.resources[r.id]!;
                    const need = sum(res.need);
                    const available = sum(res.available);
                    const gap = available - need;
                    return (
                      <tr key={r.id} className="border-t border-slate-100" data-testid={`resource-row-${r.id}`}>
                        <th scope="row" className="px-3 py-2 text-left font-medium">
                          {r.name}
                        </th>
                        <td className="px-3 py-2">{t(`kinds.${r.kind}`)}</td>
                        <td className="tabular px-3 py-2 text-right">{formatNumber(need)}</td>
                        <td className="tabular px-3 py-2 text-right">{formatNumber(available)}</td>
                        <td
                          className={`tabular px-3 py-2 text-right font-medium ${gap < 0 ? "text-deficit" : "text-surplus"}`}
                        >
                          {gap < 0 ? "▼ " : "▲ "}
                          {formatNumber(gap)}
                          <span className="sr-only"> {gap < 0 ? t("deficit") : t("surplus")}</span>
                        </td>
                        <td className="tabular px-3 py-2 text-right">{formatPercent(res.coverage)}</td>
                        <td className="tabular px-3 py-2 text-right">
                          {res.shortPeriods} / {verdictPeriods}
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          </section>

          <section aria-labelledby="waiting-heading">
            <h3 id="waiting-heading" className={ui.h2}>
              {t("waiting")}
            </h3>
            {waitingObjects.length === 0 ? (
              <p className="mt-2 text-sm text-slate-600">{t("noWaiting")}</p>
            ) : (
              <div className="mt-3 overflow-x-auto rounded-lg border border-slate-200 bg-white">
                <table className="w-full text-sm">
                  <thead className="bg-slate-50 text-left text-slate-700">
                    <tr>
                      <th scope="col" className="px-3 py-2">
                        {t("waitingObject")}
                      </th>
                      <th scope="col" className="px-3 py-2 text-right">
                        {t("waitingStart")}
                      </th>
                      <th scope="col" className="px-3 py-2 text-right">
                        {t("waitingTarget")}
                      </th>
                      <th scope="col" className="px-3 py-2 text-right">
                        {t("waitingAtTarget")}
                      </th>
                      <th scope="col" className="px-3 py-2 text-right">
                        {t("waitingEnd")}
                      </th>
                      <th scope="col" className="px-3 py-2 text-right">
                        {t("expectedWait")}
                      </th>
                      <th scope="col" className="px-3 py-2 text-right">
                        {t("waitTarget")}
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {waitingObjects.map((p) => {
                      const path = result.planningObjects[p.id]?.waiting ?? [];
                      const targetWeek = p.waitingList?.targetWeek;
                      const targetIndex = targetWeek ? weeks.indexOf(targetWeek) : -1;
                      const atTarget = targetIndex >= 0 ? path[targetIndex] : undefined;
                      const reached = atTarget !== undefined && atTarget <= (p.waitingList?.target ?? 0) + 0.5;
                      return (
                        <tr key={p.id} className="border-t border-slate-100">
                          <th scope="row" className="px-3 py-2 text-left font-medium">
                            {[p.service, p.providerCategory?.toLowerCase(), p.contactType, p.priority]
                              .filter(Boolean)
                              .join(" · ")}
                          </th>
                          <td className="tabular px-3 py-2 text-right">{formatNumber(p.waitingList?.current)}</td>
                          <td className="tabular px-3 py-2 text-right">
                            {formatNumber(p.waitingList?.target)}
                            {targetWeek ? ` (${formatWeekLabelWithYear(targetWeek)})` : ""}
                          </td>
                          <td
                            className={`tabular px-3 py-2 text-right ${atTarget === undefined ? "" : reached ? "text-surplus" : "text-deficit"}`}
                          >
                            {atTarget === undefined ? "–" : `${reached ? "✓" : "▲"} ${formatNumber(atTarget)}`}
                          </td>
                          <td className="tabular px-3 py-2 text-right">{formatNumber(path[path.length - 1])}</td>
                          <ExpectedWaitCells object={p} result={result} />
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
              </div>
            )}
          </section>

          <section aria-labelledby="measures-heading">
            <h3 id="measures-heading" className={ui.h2}>
              {t("measures")}
            </h3>
            {(board.measures ?? []).length === 0 ? (
              <p className="mt-2 text-sm text-slate-600">{t("noMeasures")}</p>
            ) : (
              <ul className="mt-3 space-y-2">
                {(board.measures ?? []).map((m) => (
                  <li
                    key={m.id}
                    className="flex flex-wrap items-center gap-2 rounded-md border border-slate-200 bg-white px-3 py-2 text-sm"
                  >
                    <span className="font-medium">{m.title}</span>
                    <span className="rounded bg-slate-100 px-2 py-0.5 text-xs">{t(`measureKind.${m.kind}`)}</span>
                    <span
                      className={`rounded px-2 py-0.5 text-xs font-semibold ${m.status === "proposed" ? "bg-amber-100 text-amber-900" : m.status === "decided" ? "bg-accent-soft text-accent-strong" : "bg-surplus-soft text-surplus"}`}
                    >
                      {t(
                        m.status === "realized" && measureBasis(m) === "change"
                          ? "measureStatus.realizedChange"
                          : `measureStatus.${m.status}`,
                      )}
                    </span>
                    <span className="text-xs text-slate-600">
                      {m.from ? formatWeekLabelWithYear(m.from) : "…"} – {m.to ? formatWeekLabelWithYear(m.to) : "…"}
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </section>
        </>
      )}
    </div>
  );
}

/** The overview of the live board: recomputed by the engine on every change anyone makes. */
export function LiveOverview() {
  useAnnounceSection("overview");
  const t = useTranslations("overview");
  const board = useBoardData();
  const result = useBoardResult(board, "plan");
  if (!board || !result) return null;
  return (
    <>
      <Overview board={board} result={result} />
      <section className="mt-8 max-w-3xl" aria-labelledby="notes-heading">
        <h3 id="notes-heading" className="text-lg font-semibold text-slate-900">
          {t("notes")}
        </h3>
        <p className="mt-1 text-sm text-slate-600">{t("notesHelp")}</p>
        <div className="mt-2">
          <CollaborativeEditor fragmentKey="overview-notes" label={t("notes")} />
        </div>
      </section>
      <PresenceList />
    </>
  );
}
