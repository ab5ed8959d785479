"use client";
import { useTranslations } from "next-intl";
import { ui } from "@/components/ui/styles";
import { formatNumber } from "@/lib/format";
import type { UnitGoalsView } from "@/lib/server/strategic/load-unit-goals";
import { ActionForm } from "./action-form";
import { Deviation } from "./goals-panel";
import { periodLabel, useStrategicData } from "./use-strategic";

/**
 * A unit board's targets from the strategic level, its plan against each (over/under per period),
 * and the flag "målet går inte att nå" with the gap in hours, which goes to the strategic owners.
 */
export function UnitGoals({ boardId, initial }: { boardId: string; initial: UnitGoalsView }) {
  const t = useTranslations("strategic.unit");
  const { data, post } = useStrategicData(boardId, "view=unit", initial);
  const nameOf = (id: string) => data.strategicBoards.find((s) => s.id === id)?.name ?? "";
  return (
    <div className="max-w-5xl space-y-4">
      <h2 className={ui.h1}>{t("title")}</h2>
      <p className="text-sm text-slate-600">
        {data.strategicBoards.length === 0
          ? t("notLinked")
          : t("intro", { boards: data.strategicBoards.map((s) => s.name).join(", ") })}
      </p>
      {data.goals.length === 0 ? (
        data.strategicBoards.length > 0 && <p className="text-sm text-slate-600">{t("noGoals")}</p>
      ) : (
        <table className="w-full rounded-lg border border-slate-200 bg-white text-sm" data-testid="unit-goals">
          <thead className="bg-slate-50 text-slate-700">
            <tr>
              <th scope="col" className="px-2 py-1 text-left">
                {t("object")}
              </th>
              <th scope="col" className="px-2 py-1 text-left">
                {t("period")}
              </th>
              <th scope="col" className="px-2 py-1 text-right">
                {t("goal")}
              </th>
              <th scope="col" className="px-2 py-1 text-right">
                {t("planned")}
              </th>
              <th scope="col" className="px-2 py-1 text-right">
                {t("deviation")}
              </th>
              <th scope="col" className="px-2 py-1 text-left">
                {t("flag")}
              </th>
            </tr>
          </thead>
          <tbody>
            {data.goals.map((g) => (
              <tr
                key={g.goalId}
                className="border-t border-slate-100 align-top"
                data-testid={`unit-goal-${g.planningObjectId}-${g.period}`}
              >
                <th scope="row" className="px-2 py-1 text-left font-normal">
                  {g.service}
                  <span className="block text-xs text-slate-500">{nameOf(g.strategicBoardId)}</span>
                </th>
                <td className="px-2 py-1">{periodLabel(g.period)}</td>
                <td className="px-2 py-1 text-right tabular-nums">{formatNumber(g.goal)}</td>
                <td className="px-2 py-1 text-right tabular-nums">{formatNumber(g.planned)}</td>
                <td className="px-2 py-1 text-right">
                  <Deviation value={g.deviation} testId="goal-deviation" />
                </td>
                <td className="px-2 py-1">
                  {g.openFlag ? (
                    <span className="text-deficit">{t("flagged", { hours: formatNumber(g.openFlag.gapHours) })}</span>
                  ) : (
                    data.canFlag && (
                      <ActionForm
                        label={t("flagNamed", { object: g.service })}
                        className="flex flex-wrap items-end gap-1"
                        onSubmit={(v) => post("flag", { goalId: g.goalId, gapHours: v.gapHours, note: v.note })}
                      >
                        <label className="w-20">
                          <span className="text-xs">{t("gapHours")}</span>
                          <input
                            name="gapHours"
                            defaultValue={g.gapHours > 0 ? String(Math.round(g.gapHours)) : ""}
                            inputMode="decimal"
                            className={ui.input}
                          />
                        </label>
                        <label className="min-w-0 flex-1">
                          <span className="text-xs">{t("note")}</span>
                          <input name="note" className={ui.input} />
                        </label>
                        <button type="submit" className={ui.buttonSecondary}>
                          {t("flagButton")}
                        </button>
                      </ActionForm>
                    )
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p className="text-xs text-slate-600">{t("rule")}</p>
    </div>
  );
}
