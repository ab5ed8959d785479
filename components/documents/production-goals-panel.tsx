"use client";

import { useTranslations } from "next-intl";
import { useMemo } from "react";
import type * as Y from "yjs";
import { useBoardData, useBoardResult } from "@/components/board/board-room";
import { ui } from "@/components/ui/styles";
import {
  buildProductionGoals,
  type GoalDeviation,
  goalDeviations,
  type ProductionGoals,
  readFrozenGoals,
} from "@/lib/documents/production-goals";
import { formatDateTime, formatNumber } from "@/lib/format";
import { PRODUCTION_PLAN_STEERS } from "@/lib/templates/production-goals";

const signed = (value: number) => `${value > 0 ? "+" : ""}${formatNumber(value)}`;

function GoalsTable(props: { goals: ProductionGoals; deviations: Map<string, GoalDeviation> }) {
  const t = useTranslations("productionGoals");
  const { goals } = props;
  return (
    <section
      className="overflow-x-auto rounded-md border border-slate-200"
      aria-label={t("tableLabel")}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling table is reached by keyboard
      tabIndex={0}
    >
      <table className="w-full text-sm" data-testid="production-goals-table">
        <caption className="sr-only">{t("tableLabel")}</caption>
        <thead className="bg-slate-50 text-left text-xs text-slate-700">
          <tr>
            <th scope="col" className="px-2 py-1">
              {t("object")}
            </th>
            {goals.periods.map((p) => (
              <th key={p.key} scope="col" className="px-2 py-1 text-right">
                {p.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {goals.rows.map((row) => (
            <tr key={row.objectId}>
              <th scope="row" className="px-2 py-1 text-left font-medium">
                {row.label}
              </th>
              {goals.periods.map((p, i) => {
                const deviation = props.deviations.get(`${row.objectId}|${p.key}`);
                return (
                  <td
                    key={p.key}
                    className="px-2 py-1 text-right tabular"
                    data-testid={`goal-${row.objectId}-${p.key}`}
                  >
                    <span className="font-semibold" data-testid="goal-planned">
                      {formatNumber(row.planned[i])}
                    </span>
                    <span className="block text-xs text-slate-600">
                      {t("need")} {formatNumber(row.need[i])}
                    </span>
                    {deviation && (
                      <span className="block text-xs font-semibold text-deficit" data-testid="goal-deviation">
                        {deviation.live === null
                          ? t("gone")
                          : t("liveNow", { value: formatNumber(deviation.live), delta: signed(deviation.delta ?? 0) })}
                      </span>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function MeasuresAndGap({ goals }: { goals: ProductionGoals }) {
  const t = useTranslations("productionGoals");
  return (
    <div className="grid gap-4 md:grid-cols-2">
      <section aria-labelledby="decided-measures">
        <h4 id="decided-measures" className="font-semibold text-slate-800">
          {t("measures")}
        </h4>
        {goals.measures.length === 0 ? (
          <p className="text-sm text-slate-600">{t("noMeasures")}</p>
        ) : (
          <ul className="list-disc pl-5 text-sm" data-testid="decided-measures">
            {goals.measures.map((m) => (
              <li key={m.id}>
                <span className="font-medium">{m.title}</span> — {m.effect}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="remaining-gap">
        <h4 id="remaining-gap" className="font-semibold text-slate-800">
          {t("gap")}
        </h4>
        <ul className="list-disc pl-5 text-sm" data-testid="remaining-gap">
          {goals.gap.map((sentence) => (
            <li key={sentence}>{sentence}</li>
          ))}
        </ul>
      </section>
    </div>
  );
}

/**
 * The production goals of the agreement: computed live from the board's engine result while it is
 * a draft or under review (so a plan change in another browser shows at once); once decided the
 * figures frozen into the document, with the live plan's drift shown beside each cell.
 */
export function ProductionGoalsPanel(props: { doc: Y.Doc; version: number; decided: boolean }) {
  const t = useTranslations("productionGoals");
  const board = useBoardData();
  const result = useBoardResult(board);
  const live = useMemo(() => (board && result ? buildProductionGoals(board, result) : null), [board, result]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: version bumps on every change of the document
  const frozen = useMemo(() => readFrozenGoals(props.doc), [props.doc, props.version]);
  const shown = props.decided && frozen ? frozen : live;
  const deviations = useMemo(() => {
    if (!props.decided || !frozen || !live) return [];
    return goalDeviations(frozen, live);
  }, [props.decided, frozen, live]);
  const byCell = new Map(deviations.map((d) => [`${d.objectId}|${d.periodKey}`, d]));
  if (!shown) return <p role="status">{t("loading")}</p>;
  return (
    <section
      aria-labelledby="production-goals"
      className={`${ui.card} space-y-3`}
      data-frozen={props.decided && !!frozen}
    >
      <div className="flex flex-wrap items-baseline gap-2">
        <h3 id="production-goals" className={ui.h2}>
          {t("title")}
        </h3>
        <span className="text-sm text-slate-600" data-testid="goals-mode">
          {props.decided && frozen
            ? t("frozen", { date: formatDateTime(frozen.frozenAt ?? "") })
            : props.decided
              ? t("decidedWithoutFigures")
              : t("live")}
        </span>
      </div>
      {props.decided && frozen && (
        <p className="text-sm text-slate-700">
          {t("steers")} <q>{PRODUCTION_PLAN_STEERS}</q>{" "}
          {deviations.length > 0 ? (
            <strong className="text-deficit" data-testid="drift-summary">
              {t("drift", { count: deviations.length })}
            </strong>
          ) : (
            <span data-testid="drift-summary">{t("noDrift")}</span>
          )}
        </p>
      )}
      <GoalsTable goals={shown} deviations={byCell} />
      <MeasuresAndGap goals={shown} />
    </section>
  );
}
