"use client";

import { useTranslations } from "next-intl";
import { useMemo, useState } from "react";
import type * as Y from "yjs";
import { ui } from "@/components/ui/styles";
import {
  type AgreementGoal,
  addGoal,
  GOAL_LIMIT_KINDS,
  type Milestone,
  parseShare,
  readGoals,
  removeGoal,
  setGoalField,
} from "@/lib/documents/goals";

const cell = "rounded border border-slate-300 px-2 py-1 text-sm disabled:bg-slate-50";

function ShareInput(props: {
  id: string;
  label: string;
  value: number | null;
  disabled: boolean;
  onChange: (v: number | null) => void;
}) {
  const t = useTranslations("agreements.goal");
  const [text, setText] = useState(props.value === null ? "" : String(props.value).replace(".", ","));
  const [error, setError] = useState(false);
  return (
    <span className="inline-flex flex-col">
      <input
        id={props.id}
        aria-label={props.label}
        inputMode="decimal"
        value={text}
        disabled={props.disabled}
        aria-invalid={error}
        className={`${cell} w-16`}
        onChange={(event) => setText(event.target.value)}
        onBlur={() => {
          const share = parseShare(text);
          setError(text.trim() !== "" && share === null);
          if (text.trim() === "" || share !== null) props.onChange(share);
        }}
      />
      {error && (
        <span role="alert" className="text-xs text-deficit">
          {t("targetInvalid")}
        </span>
      )}
    </span>
  );
}

function Milestones(props: { goal: AgreementGoal; disabled: boolean; onChange: (m: Milestone[]) => void }) {
  const t = useTranslations("agreements.goal");
  const { goal } = props;
  const update = (i: number, patch: Partial<Milestone>) =>
    props.onChange(goal.milestones.map((m, k) => (k === i ? { ...m, ...patch } : m)));
  return (
    <ul className="space-y-1">
      {goal.milestones.map((m, i) => (
        <li key={i} className="flex items-center gap-1">
          <ShareInput
            id={`${goal.id}-m${i}`}
            label={t("milestoneShare")}
            value={m.share}
            disabled={props.disabled}
            onChange={(share) => update(i, { share })}
          />
          <input
            type="date"
            aria-label={t("milestoneDate")}
            value={m.date}
            disabled={props.disabled}
            className={cell}
            onChange={(e) => update(i, { date: e.target.value })}
          />
          {!props.disabled && (
            <button
              type="button"
              className="text-xs text-deficit"
              onClick={() => props.onChange(goal.milestones.filter((_, k) => k !== i))}
            >
              {t("removeMilestone")}
            </button>
          )}
        </li>
      ))}
      {!props.disabled && (
        <li>
          <button
            type="button"
            className="text-xs text-accent-strong underline"
            onClick={() => props.onChange([...goal.milestones, { share: null, date: "" }])}
          >
            {t("addMilestone")}
          </button>
        </li>
      )}
    </ul>
  );
}

/**
 * The start agreement's goals as structured rows (measure, target %, time limit, optional
 * condition, deadline, delmål {andel, datum}, planning objects), kept in the document's room.
 */
export function GoalRows(props: {
  doc: Y.Doc;
  version: number;
  disabled: boolean;
  objects: { id: string; name: string }[];
}) {
  const t = useTranslations("agreements.goal");
  // biome-ignore lint/correctness/useExhaustiveDependencies: version changes on every document update
  const goals = useMemo(() => readGoals(props.doc), [props.doc, props.version]);
  const set = <K extends keyof Omit<AgreementGoal, "id">>(id: string, field: K, value: AgreementGoal[K]) =>
    setGoalField(props.doc, id, field, value);
  return (
    <div className="space-y-2" data-testid="goal-rows">
      {goals.length === 0 && <p className="text-sm text-slate-600">{t("none")}</p>}
      {goals.length > 0 && (
        <div className="overflow-x-auto rounded border border-slate-200">
          <table className="w-full text-sm">
            <thead className="bg-slate-50 text-left text-xs text-slate-700">
              <tr>
                {["measure", "target", "limit", "condition", "deadline", "milestones", "objects"].map((k) => (
                  <th key={k} scope="col" className="px-2 py-1">
                    {t(k)}
                  </th>
                ))}
                <th scope="col" className="sr-only">
                  {t("remove")}
                </th>
              </tr>
            </thead>
            <tbody>
              {goals.map((goal) => (
                <tr key={goal.id} className="border-t border-slate-200 align-top">
                  <td className="px-2 py-1">
                    <textarea
                      aria-label={t("measure")}
                      value={goal.measure}
                      disabled={props.disabled}
                      rows={2}
                      className={`${cell} w-56`}
                      onChange={(e) => set(goal.id, "measure", e.target.value)}
                    />
                  </td>
                  <td className="px-2 py-1">
                    <ShareInput
                      id={`${goal.id}-target`}
                      label={t("target")}
                      value={goal.target}
                      disabled={props.disabled}
                      onChange={(v) => set(goal.id, "target", v)}
                    />
                  </td>
                  <td className="space-y-1 px-2 py-1">
                    <select
                      aria-label={t("limitUnit")}
                      value={goal.limitKind}
                      disabled={props.disabled}
                      className={cell}
                      onChange={(e) => set(goal.id, "limitKind", e.target.value as AgreementGoal["limitKind"])}
                    >
                      {GOAL_LIMIT_KINDS.map((k) => (
                        <option key={k} value={k}>
                          {t(k)}
                        </option>
                      ))}
                    </select>
                    {goal.limitKind !== "medical" && (
                      <input
                        type="number"
                        min={0}
                        aria-label={t("limitValue")}
                        value={goal.limitValue ?? ""}
                        disabled={props.disabled}
                        className={`${cell} block w-20`}
                        onChange={(e) =>
                          set(goal.id, "limitValue", e.target.value === "" ? null : Math.max(0, Number(e.target.value)))
                        }
                      />
                    )}
                  </td>
                  <td className="px-2 py-1">
                    <input
                      aria-label={t("condition")}
                      value={goal.condition}
                      disabled={props.disabled}
                      className={`${cell} w-40`}
                      onChange={(e) => set(goal.id, "condition", e.target.value)}
                    />
                  </td>
                  <td className="px-2 py-1">
                    <input
                      type="date"
                      aria-label={t("deadline")}
                      value={goal.deadline}
                      disabled={props.disabled}
                      className={cell}
                      onChange={(e) => set(goal.id, "deadline", e.target.value)}
                    />
                  </td>
                  <td className="px-2 py-1">
                    <Milestones goal={goal} disabled={props.disabled} onChange={(m) => set(goal.id, "milestones", m)} />
                  </td>
                  <td className="px-2 py-1">
                    <select
                      multiple
                      aria-label={t("objects")}
                      value={goal.objects}
                      disabled={props.disabled}
                      className={`${cell} w-40`}
                      onChange={(e) =>
                        set(
                          goal.id,
                          "objects",
                          Array.from(e.target.selectedOptions, (o) => o.value),
                        )
                      }
                    >
                      {props.objects.map((o) => (
                        <option key={o.id} value={o.id}>
                          {o.name}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td className="px-2 py-1">
                    {!props.disabled && (
                      <button
                        type="button"
                        className="text-xs text-deficit"
                        onClick={() => removeGoal(props.doc, goal.id)}
                      >
                        {t("remove")}
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {!props.disabled && (
        <button
          type="button"
          className={`no-print ${ui.buttonSecondary}`}
          onClick={() => addGoal(props.doc, crypto.randomUUID())}
        >
          {t("add")}
        </button>
      )}
    </div>
  );
}
