"use client";

import { useTranslations } from "next-intl";
import { CollaborativeEditor } from "@/components/editor/collaborative-editor";
import { ui } from "@/components/ui/styles";
import { type PksBoard, type PksResult, weekRange } from "@/lib/engine";
import { formatPercent, formatWeekWithYear } from "@/lib/format";
import { useAnnounceSection, useBoardData, useBoardResult } from "./board-room";
import { ResourceBalanceTable, WaitingTable } from "./overview-tables";
import { PresenceList } from "./presence";

/** The headline of a board: balance per resource, the limiting capacity, waiting lists, measures. */
export function Overview({ board, result }: { board: PksBoard; result: PksResult }) {
  const t = useTranslations("overview");
  const weeks = weekRange(board.horizon.start, board.horizon.weeks);
  const limiting = board.resources.find((r) => r.id === result.limitingResource);
  const isEmpty = board.resources.length === 0 && board.planningObjects.length === 0;
  const waitingObjects = board.planningObjects.filter((p) => p.waitingList);
  return (
    <div className="space-y-8">
      <div>
        <h2 className={ui.h1}>{t("title")}</h2>
        <p className="mt-1 text-sm text-slate-600">
          {t("subtitle", { weeks: board.horizon.weeks, start: formatWeekWithYear(board.horizon.start) })}
        </p>
      </div>
      {isEmpty ? (
        <div className={ui.card}>
          <h3 className={ui.h2}>{t("emptyTitle")}</h3>
          <p className="mt-2 text-slate-700">{t("empty")}</p>
        </div>
      ) : (
        <>
          <div className="grid gap-4 sm:grid-cols-3">
            <div className={ui.card} data-testid="balance-status">
              <p className="text-sm text-slate-600">{t("balanceLabel")}</p>
              <p className={`mt-1 text-2xl font-semibold ${result.balanced ? "text-surplus" : "text-deficit"}`}>
                <span aria-hidden>{result.balanced ? "✓ " : "⚠ "}</span>
                {result.balanced ? t("balanced") : t("notBalanced")}
              </p>
              <p className="mt-1 text-sm text-slate-600">
                {result.balanced ? t("balancedHelp") : t("notBalancedHelp")}
              </p>
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
            <ResourceBalanceTable board={board} result={result} weekCount={weeks.length} />
          </section>

          <section aria-labelledby="waiting-heading">
            <h3 id="waiting-heading" className={ui.h2}>
              {t("waiting")}
            </h3>
            {waitingObjects.length === 0 ? (
              <p className="mt-2 text-sm text-slate-600">{t("noWaiting")}</p>
            ) : (
              <WaitingTable board={board} result={result} weeks={weeks} />
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
                      {t(`measureStatus.${m.status}`)}
                    </span>
                    <span className="text-xs text-slate-600">
                      {m.from ? formatWeekWithYear(m.from) : "…"} – {m.to ? formatWeekWithYear(m.to) : "…"}
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
