"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useActionState, useId, useState } from "react";
import { useBoardRoom } from "@/components/board/board-room";
import { ui } from "@/components/ui/styles";
import type { ActivityRowWithId } from "@/lib/board/activity-rows";
import type { PksBoard } from "@/lib/engine";
import { type FormState, initialFormState } from "@/lib/forms/form-state";
import type { NumberedRule } from "@/lib/rules/check-rules";
import { computePatientShare } from "@/lib/rules/patient-share";

type FormAction = (state: FormState, formData: FormData) => Promise<FormState>;

/**
 * The share of time for patient activities recomputed from the rules, with its breakdown, and
 * (for owners) the command that applies it to the resource — replacing its share, so capacity
 * falls once.
 */
export function SharePanel(props: {
  board: PksBoard;
  rules: NumberedRule[];
  activities: ActivityRowWithId[];
  canApply: boolean;
  action: FormAction;
}) {
  const t = useTranslations("rules.share");
  const { boardId } = useBoardRoom();
  const tr = useTranslations("rules");
  const format = useFormatter();
  const selectId = useId();
  const staff = props.board.resources.filter((r) => r.kind === "staff");
  const [resourceId, setResourceId] = useState(staff[0]?.id ?? props.board.resources[0]?.id ?? "");
  const [state, action, pending] = useActionState(props.action, initialFormState);
  const share = computePatientShare(props.board, resourceId, props.rules, props.activities);
  const resource = props.board.resources.find((r) => r.id === resourceId);
  const pct = (x: number) => `${format.number(x * 100, { maximumFractionDigits: 1 })} %`;
  const h = (x: number) => `${format.number(x, { maximumFractionDigits: 1 })} h`;
  return (
    <section aria-labelledby="patient-share" className={ui.card}>
      <h3 id="patient-share" className={ui.h2}>
        {t("title")}
      </h3>
      <p className="text-sm text-slate-600">{t("help")}</p>
      <div className="mt-2 w-64">
        <label htmlFor={selectId} className={ui.label}>
          {t("resource")}
        </label>
        <select
          id={selectId}
          value={resourceId}
          onChange={(e) => setResourceId(e.target.value)}
          className={`${ui.input} py-1 text-sm`}
        >
          {props.board.resources.map((r) => (
            <option key={r.id} value={r.id}>
              {r.name}
            </option>
          ))}
        </select>
      </div>
      {share && resource && (
        <table className="mt-3 w-full max-w-2xl text-sm" data-testid="share-breakdown">
          <caption className="sr-only">{t("title")}</caption>
          <tbody>
            <tr>
              <th scope="row" className="py-1 text-left font-normal">
                {t("hoursPerWeek")}
              </th>
              <td className="text-right tabular-nums">{h(share.hoursPerWeek)}</td>
            </tr>
            {share.lines.map((line) => (
              <tr key={`${line.source}-${line.type}-${line.ruleNumber ?? ""}`}>
                <th scope="row" className="py-1 text-left font-normal">
                  {line.source === "rule"
                    ? t("ruleLine", {
                        number: line.ruleNumber ?? 0,
                        rule: line.ruleText ?? "",
                        type: tr(`activity.${line.type}`),
                      })
                    : t("planLine", { type: tr(`activity.${line.type}`) })}
                </th>
                <td className="text-right tabular-nums">−{h(line.hours)}</td>
              </tr>
            ))}
            <tr className="border-t border-slate-300 font-semibold">
              <th scope="row" className="py-1 text-left">
                {t("patientHours")}
              </th>
              <td className="text-right tabular-nums">{h(share.patientHours)}</td>
            </tr>
            <tr>
              <th scope="row" className="py-1 text-left font-normal">
                {t("current")} → {t("next")}
              </th>
              <td className="text-right tabular-nums" data-testid="share-change">
                {pct(share.currentShare)} → {share.share === null ? "–" : pct(share.share)}
              </td>
            </tr>
            <tr>
              <th scope="row" className="py-1 text-left font-normal">
                {t("available")}
              </th>
              <td className="text-right tabular-nums" data-testid="available-change">
                {h(share.availableBefore)} → {share.availableAfter === null ? "–" : h(share.availableAfter)}
              </td>
            </tr>
          </tbody>
        </table>
      )}
      <p className="mt-2 text-xs text-slate-600">{t("excluded")}</p>
      {share?.share === null && <p className="mt-2 text-sm text-deficit">{t("noTime")}</p>}
      {props.canApply && resource && share?.share != null ? (
        share.share === share.currentShare ? (
          <p className="mt-3 text-sm text-slate-700" data-testid="share-same">
            {t("same")}
          </p>
        ) : (
          <form action={action} className="mt-3" aria-busy={pending}>
            <input type="hidden" name="boardId" value={boardId} />
            <input type="hidden" name="resourceId" value={resource.id} />
            <button type="submit" className={ui.button} disabled={pending}>
              {t("apply", { resource: resource.name })}
            </button>
          </form>
        )
      ) : (
        !props.canApply && <p className="mt-3 text-sm text-slate-600">{t("ownerOnly")}</p>
      )}
      {Object.values(state.errors).length > 0 && (
        <p role="alert" className={ui.fieldError}>
          {Object.values(state.errors).join(" ")}
        </p>
      )}
      {state.saved && (
        <p role="status" className="mt-2 text-sm text-surplus">
          {t("applied")}
        </p>
      )}
    </section>
  );
}
