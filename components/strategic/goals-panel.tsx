"use client";
import { useTranslations } from "next-intl";
import { ui } from "@/components/ui/styles";
import { GROUP_PREFIX } from "@/lib/engine/aggregate-goals";
import { formatNumber } from "@/lib/format";
import type { GoalView, LinkedUnitView } from "@/lib/server/strategic/load-view";
import { ActionForm } from "./action-form";
import { type ActionError, periodLabel } from "./use-strategic";

type Post = (action: string, body: Record<string, unknown>) => Promise<ActionError | null>;

/** One goal's plan against it: "+12" over, "▼ −20" under. */
export function Deviation({ value, testId }: { value: number | null; testId?: string }) {
  const t = useTranslations("strategic.goals");
  if (value === null) return <span data-testid={testId}>{t("objectGone")}</span>;
  const isUnder = value < -1e-9;
  return (
    <span className={isUnder ? "font-semibold text-deficit" : "text-surplus"} data-testid={testId}>
      <span aria-hidden>{isUnder ? "▼ " : "▲ "}</span>
      {value > 0 ? "+" : ""}
      {formatNumber(value)} {isUnder ? t("under") : t("over")}
    </span>
  );
}

/** Production goals per unit, planning object and period: set (editors), compared with plans, flags decided by owners. */
export function GoalsPanel(props: {
  units: LinkedUnitView[];
  goals: GoalView[];
  periods: string[];
  canEdit: boolean;
  isOwner: boolean;
  post: Post;
}) {
  const t = useTranslations("strategic.goals");
  const unitName = (id: string) => props.units.find((u) => u.boardId === id)?.unitName ?? "";
  const flags = props.goals.filter((g) => g.openFlag);
  return (
    <section aria-labelledby="goals-heading" className="space-y-2 rounded-lg border border-slate-200 bg-white p-3">
      <h3 id="goals-heading" className="text-sm font-semibold">
        {t("heading")}
      </h3>
      {flags.length > 0 && (
        <ul className="space-y-2" data-testid="strategic-flags">
          {flags.map((g) => (
            <li key={g.openFlag!.id} id={`flagga-${g.openFlag!.id}`} className="rounded bg-deficit-soft p-2 text-sm">
              <p className="font-semibold">
                {t("flagLine", {
                  unit: unitName(g.unitBoardId),
                  object: g.service,
                  period: periodLabel(g.period),
                  hours: formatNumber(g.openFlag!.gapHours),
                })}
              </p>
              <p>{g.openFlag!.note}</p>
              {props.isOwner && (
                <ActionForm
                  label={t("decide")}
                  className="mt-1 flex flex-wrap items-end gap-2"
                  onSubmit={(v) => props.post("decide-flag", { flagId: g.openFlag!.id, decision: v.decision })}
                >
                  <label className="min-w-0 flex-1">
                    <span className={ui.label}>{t("decision")}</span>
                    <input name="decision" className={ui.input} />
                  </label>
                  <button type="submit" className={ui.buttonSecondary}>
                    {t("decide")}
                  </button>
                </ActionForm>
              )}
            </li>
          ))}
        </ul>
      )}
      {props.goals.length > 0 && (
        <table className="w-full text-sm" data-testid="strategic-goals">
          <thead className="text-slate-700">
            <tr>
              <th scope="col" className="text-left">
                {t("unit")}
              </th>
              <th scope="col" className="text-left">
                {t("object")}
              </th>
              <th scope="col" className="text-left">
                {t("period")}
              </th>
              <th scope="col" className="text-right">
                {t("goal")}
              </th>
              <th scope="col" className="text-right">
                {t("planned")}
              </th>
              <th scope="col" className="text-right">
                {t("deviation")}
              </th>
            </tr>
          </thead>
          <tbody>
            {props.goals.map((g) => (
              <tr key={g.goalId} className="border-t border-slate-100">
                <td>{unitName(g.unitBoardId)}</td>
                <td>{g.service}</td>
                <td>{periodLabel(g.period)}</td>
                <td className="text-right tabular-nums">{formatNumber(g.goal)}</td>
                <td className="text-right tabular-nums">{formatNumber(g.planned)}</td>
                <td className="text-right">
                  <Deviation value={g.deviation} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {props.canEdit && props.units.length > 0 && <GoalForm {...props} />}
    </section>
  );
}

function GoalForm(props: { units: LinkedUnitView[]; periods: string[]; post: Post }) {
  const t = useTranslations("strategic.goals");
  return (
    <ActionForm
      label={t("set")}
      className="flex flex-wrap items-end gap-2"
      onSubmit={(v) => {
        const at = v.target.indexOf("|");
        const [unitBoardId, planningObjectId] = [v.target.slice(0, at), v.target.slice(at + 1)];
        return props.post("goal", { unitBoardId, planningObjectId, period: v.period, volume: v.volume });
      }}
    >
      <label className="min-w-0 flex-1">
        <span className={ui.label}>{t("target")}</span>
        <select name="target" className={ui.input}>
          {props.units.map((u) => (
            <optgroup key={u.boardId} label={u.unitName}>
              {u.objects.map((o) => (
                <option key={o.id} value={`${u.boardId}|${o.id}`}>
                  {u.unitName}: {o.service} ({o.id})
                </option>
              ))}
              {[...new Set(u.objects.map((o) => o.service))].map((service) => (
                <option key={`g-${service}`} value={`${u.boardId}|${GROUP_PREFIX}${service}`}>
                  {t("group", { unit: u.unitName, service })}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </label>
      <label>
        <span className={ui.label}>{t("period")}</span>
        <select name="period" className={ui.input}>
          {props.periods.map((p) => (
            <option key={p} value={p}>
              {periodLabel(p)}
            </option>
          ))}
        </select>
      </label>
      <label className="w-28">
        <span className={ui.label}>{t("goal")}</span>
        <input name="volume" inputMode="decimal" className={ui.input} />
      </label>
      <button type="submit" className={ui.buttonSecondary}>
        {t("set")}
      </button>
    </ActionForm>
  );
}
