"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useActionState, useId, useState } from "react";
import type * as Y from "yjs";
import { useBoardData, useBoardRoom } from "@/components/board/board-room";
import { ui } from "@/components/ui/styles";
import { leverKey } from "@/lib/board/measure-meta";
import {
  addActionItem,
  isNeedLever,
  type RuleSummary,
  readActionItems,
  setActionField,
} from "@/lib/documents/reflection";
import { type MeasureLever, measureLeverSchema } from "@/lib/engine";
import { type FormState, initialFormState } from "@/lib/forms/form-state";
import { RuleCategorySelect, RuleOutcome } from "./reflection-rule";

type FormAction = (state: FormState, formData: FormData) => Promise<FormState>;

function LeverSelect(props: { id: string; value: string; disabled: boolean; onChange: (v: string) => void }) {
  const t = useTranslations();
  return (
    <select
      id={props.id}
      className={ui.input}
      value={props.value}
      disabled={props.disabled}
      onChange={(e) => props.onChange(e.target.value)}
    >
      <option value="">{t("reflection.chooseLever")}</option>
      {measureLeverSchema.options.map((lever) => (
        <option key={lever} value={lever}>
          {t(`balance.measures.levers.${leverKey(lever)}`)}
        </option>
      ))}
    </select>
  );
}

function TargetSelect(props: {
  id: string;
  lever: MeasureLever | null;
  value: string;
  disabled: boolean;
  onChange: (v: string) => void;
}) {
  const t = useTranslations("reflection");
  const board = useBoardData();
  const options = !props.lever
    ? []
    : isNeedLever(props.lever)
      ? (board?.planningObjects ?? []).map((o) => ({ id: o.id, name: o.service }))
      : (board?.resources ?? []).map((r) => ({ id: r.id, name: r.name }));
  return (
    <select
      id={props.id}
      className={ui.input}
      value={props.value}
      disabled={props.disabled || !props.lever}
      onChange={(e) => props.onChange(e.target.value)}
    >
      <option value="">{t("chooseTarget")}</option>
      {options.map((o) => (
        <option key={o.id} value={o.id}>
          {o.name}
        </option>
      ))}
    </select>
  );
}

/** What became of an item: the measure's current status on the board, with a link to Balansering. */
function Outcome({ measureId, boardId }: { measureId: string; boardId: string }) {
  const t = useTranslations();
  const measure = useBoardData()?.measures?.find((m) => m.id === measureId);
  if (!measure) return <span className="text-sm text-slate-600">{t("reflection.measureGone")}</span>;
  return (
    <span className="text-sm" data-testid="action-outcome">
      {t("reflection.became", { status: t(`balance.measures.status.${measure.status}`) })} ·{" "}
      <Link href={`/boards/${boardId}/balansering`} className="text-accent-strong underline">
        {t("reflection.openBalance")}
      </Link>
    </span>
  );
}

function PromoteForm(props: {
  action: FormAction;
  boardId: string;
  docId: string;
  itemId: string;
  label: string;
  children?: React.ReactNode;
}) {
  const [state, action, pending] = useActionState(props.action, initialFormState);
  return (
    <form action={action} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="boardId" value={props.boardId} />
      <input type="hidden" name="docId" value={props.docId} />
      <input type="hidden" name="itemId" value={props.itemId} />
      {props.children}
      <button type="submit" className={ui.buttonSecondary} disabled={pending}>
        {props.label}
      </button>
      {Object.values(state.errors).length > 0 && (
        <p role="alert" className={ui.fieldError}>
          {Object.values(state.errors).join(" ")}
        </p>
      )}
    </form>
  );
}

/**
 * The session's action items, written together in its room; each can become a proposed measure in
 * Balansering or a rule in Spelregler with one click (the server makes it and links both ways), and
 * then shows what became of it.
 */
export function ReflectionActions(props: {
  doc: Y.Doc;
  docId: string;
  version: number;
  promote: FormAction;
  promoteRule: FormAction;
  rules: RuleSummary[];
}) {
  const t = useTranslations("reflection");
  const room = useBoardRoom();
  const [draft, setDraft] = useState("");
  const baseId = useId();
  const items = readActionItems(props.doc);
  const disabled = !room.canEdit;
  const promoteProps = (itemId: string) => ({ boardId: room.boardId, docId: props.docId, itemId });
  return (
    <section aria-labelledby="reflection-actions" className={`${ui.card} space-y-3`} data-version={props.version}>
      <h3 id="reflection-actions" className={ui.h2}>
        {t("actions")}
      </h3>
      {items.length === 0 && <p className="text-sm text-slate-600">{t("actionsNone")}</p>}
      <ul className="space-y-3" data-testid="action-items">
        {items.map((item) => (
          <li key={item.id} className="grid grid-cols-[2fr_1fr_1fr] gap-2 border-t border-slate-100 pt-2">
            <div>
              <label htmlFor={`${baseId}-${item.id}-text`} className={ui.label}>
                {t("actionText")}
              </label>
              <input
                id={`${baseId}-${item.id}-text`}
                className={ui.input}
                value={item.text}
                maxLength={200}
                disabled={disabled || !!item.measureId || !!item.ruleId}
                onChange={(e) => setActionField(props.doc, item.id, "text", e.target.value)}
              />
            </div>
            <div>
              <label htmlFor={`${baseId}-${item.id}-lever`} className={ui.label}>
                {t("lever")}
              </label>
              <LeverSelect
                id={`${baseId}-${item.id}-lever`}
                value={item.lever ?? ""}
                disabled={disabled || !!item.measureId || !!item.ruleId}
                onChange={(v) => setActionField(props.doc, item.id, "lever", v)}
              />
            </div>
            <div>
              <label htmlFor={`${baseId}-${item.id}-target`} className={ui.label}>
                {t("target")}
              </label>
              <TargetSelect
                id={`${baseId}-${item.id}-target`}
                lever={item.lever}
                value={item.targetId}
                disabled={disabled || !!item.measureId || !!item.ruleId}
                onChange={(v) => setActionField(props.doc, item.id, "targetId", v)}
              />
            </div>
            <div className="col-span-3 flex flex-wrap items-center gap-4">
              {item.measureId ? (
                <Outcome measureId={item.measureId} boardId={room.boardId} />
              ) : item.ruleId ? (
                <RuleOutcome ruleId={item.ruleId} boardId={room.boardId} rules={props.rules} />
              ) : (
                !disabled && (
                  <>
                    <PromoteForm {...promoteProps(item.id)} action={props.promote} label={t("promote")} />
                    <PromoteForm {...promoteProps(item.id)} action={props.promoteRule} label={t("promoteRule")}>
                      <RuleCategorySelect id={`${baseId}-${item.id}-category`} />
                    </PromoteForm>
                  </>
                )
              )}
            </div>
          </li>
        ))}
      </ul>
      {!disabled && (
        <form
          className="flex items-end gap-2"
          onSubmit={(e) => {
            e.preventDefault();
            if (!draft.trim()) return;
            addActionItem(props.doc, { id: crypto.randomUUID(), text: draft.trim(), lever: null, targetId: "" });
            setDraft("");
          }}
        >
          <div className="flex-1">
            <label htmlFor={`${baseId}-new`} className={ui.label}>
              {t("actionText")}
            </label>
            <input
              id={`${baseId}-new`}
              className={ui.input}
              value={draft}
              maxLength={200}
              onChange={(e) => setDraft(e.target.value)}
            />
          </div>
          <button type="submit" className={ui.button}>
            {t("add")}
          </button>
        </form>
      )}
    </section>
  );
}
