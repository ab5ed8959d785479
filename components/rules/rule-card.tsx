"use client";

import { Trash2 } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import type * as Y from "yjs";
import { useBoardRoom } from "@/components/board/board-room";
import { DocumentEditor } from "@/components/editor/document-editor";
import type { MentionMember } from "@/components/editor/mention-suggestion";
import type { DocumentRoom } from "@/components/editor/use-document-room";
import { ui } from "@/components/ui/styles";
import type { PksBoard } from "@/lib/engine";
import { CATEGORY_QUESTIONS } from "@/lib/rules/build-order";
import { rationaleFragment, removeRule, setRuleField, setRuleParam } from "@/lib/rules/rule-doc";
import {
  CATEGORY_PARAMS,
  PARAM_FIELDS,
  RULE_CATEGORIES,
  type Rule,
  type RuleParamKey,
  type RuleSource,
} from "@/lib/rules/rule-schema";
import { ParamField } from "./param-field";

const ALL_PARAMS = Object.keys(PARAM_FIELDS) as RuleParamKey[];

function ParamInput(props: { doc: Y.Doc; rule: Rule; paramKey: RuleParamKey; board: PksBoard; disabled: boolean }) {
  const t = useTranslations("rules");
  const { doc, rule, paramKey: key } = props;
  const label = t(`paramLabels.${key}`);
  const kind = PARAM_FIELDS[key].kind;
  if (kind === "boolean")
    return (
      <label className="flex items-center gap-2 text-xs font-medium text-slate-700">
        <input
          type="checkbox"
          className="size-4"
          checked={rule.params[key] === true}
          disabled={props.disabled}
          onChange={(e) => setRuleParam(doc, rule.id, key, e.target.checked ? true : undefined)}
        />
        {label}
      </label>
    );
  if (kind === "resources") {
    const chosen = rule.params.resourceIds ?? [];
    return (
      <fieldset className="text-xs">
        <legend className="font-medium text-slate-700">
          {label} {chosen.length === 0 && <span className="font-normal text-slate-600">({t("allStaff")})</span>}
        </legend>
        <div className="mt-1 flex flex-wrap gap-x-3 gap-y-1">
          {props.board.resources.map((r) => (
            <label key={r.id} className="flex items-center gap-1">
              <input
                type="checkbox"
                className="size-4"
                checked={chosen.includes(r.id)}
                disabled={props.disabled}
                onChange={(e) => {
                  const next = e.target.checked ? [...chosen, r.id] : chosen.filter((id) => id !== r.id);
                  setRuleParam(doc, rule.id, "resourceIds", next.length > 0 ? next : undefined);
                }}
              />
              {r.name}
            </label>
          ))}
        </div>
      </fieldset>
    );
  }
  return (
    <ParamField
      paramKey={key}
      label={label}
      value={rule.params[key]}
      disabled={props.disabled}
      onCommit={(value) => setRuleParam(doc, rule.id, key, value as never)}
    />
  );
}

/** Where a rule came from: the reflection session (with its period), linked to it. */
function RuleSourceLine({ source }: { source: RuleSource }) {
  const t = useTranslations("rules");
  const { boardId } = useBoardRoom();
  const period =
    source.fromWeek && source.toWeek ? t("sourcePeriod", { from: source.fromWeek, to: source.toWeek }) : "";
  return (
    <p className="mt-2 text-xs text-slate-600" data-testid="rule-source">
      <Link href={`/boards/${boardId}/reflektion/${source.docId}`} className="text-accent-strong underline">
        {t("source", { title: source.title })}
      </Link>
      {period}
    </p>
  );
}

/** One rule: topic, text, checkable parameters and the rich-text rationale in the rule set's room. */
export function RuleCard(props: {
  room: DocumentRoom;
  rule: Rule & { number: number };
  board: PksBoard;
  canEdit: boolean;
  members: MentionMember[];
}) {
  const t = useTranslations("rules");
  const { room, rule, canEdit } = props;
  const [isConfirming, setIsConfirming] = useState(false);
  const categoryId = useId();
  const textId = useId();
  const shown = CATEGORY_PARAMS[rule.category];
  const more = ALL_PARAMS.filter((k) => !shown.includes(k));
  const setMore = more.filter((k) => rule.params[k] !== undefined);
  const question = CATEGORY_QUESTIONS[rule.category];
  const input = (key: RuleParamKey) => (
    <ParamInput key={key} doc={room.doc} rule={rule} paramKey={key} board={props.board} disabled={!canEdit} />
  );
  return (
    <li className={ui.card} data-testid="rule">
      <div className="flex flex-wrap items-end gap-3">
        <h4 className="w-20 text-base font-semibold text-slate-900">{t("rule", { number: rule.number })}</h4>
        <div className="w-56">
          <label htmlFor={categoryId} className="block text-xs font-medium text-slate-700">
            {t("category", { number: rule.number })}
          </label>
          <select
            id={categoryId}
            value={rule.category}
            disabled={!canEdit}
            onChange={(e) => setRuleField(room.doc, rule.id, "category", e.target.value)}
            className={`${ui.input} py-1 text-sm`}
          >
            {RULE_CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {t(`categories.${c}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="min-w-64 flex-1">
          <label htmlFor={textId} className="block text-xs font-medium text-slate-700">
            {t("text", { number: rule.number })}
          </label>
          <input
            id={textId}
            defaultValue={rule.text}
            key={rule.text}
            disabled={!canEdit}
            maxLength={2000}
            placeholder={t("textPlaceholder")}
            onBlur={(e) => setRuleField(room.doc, rule.id, "text", e.target.value.trim())}
            onKeyDown={(e) => {
              if (e.key === "Enter") e.currentTarget.blur();
            }}
            className={`${ui.input} py-1 text-sm`}
          />
        </div>
        {canEdit &&
          (isConfirming ? (
            <span className="flex items-center gap-2 text-sm">
              {t("confirmRemove", { number: rule.number })}
              <button type="button" className={ui.buttonDangerSolid} onClick={() => removeRule(room.doc, rule.id)}>
                {t("remove", { number: rule.number })}
              </button>
              <button type="button" className="underline" onClick={() => setIsConfirming(false)}>
                {t("keep")}
              </button>
            </span>
          ) : (
            <button
              type="button"
              className="rounded p-2 text-slate-600 hover:bg-deficit-soft hover:text-deficit"
              aria-label={t("remove", { number: rule.number })}
              onClick={() => setIsConfirming(true)}
            >
              <Trash2 aria-hidden className="size-4" />
            </button>
          ))}
      </div>
      {rule.source && <RuleSourceLine source={rule.source} />}
      {question && (
        <p className="mt-2 text-xs text-slate-600">
          {t("question")} <q>{question}</q>
        </p>
      )}
      <div className="mt-3 grid grid-cols-1 gap-3 md:grid-cols-2 xl:grid-cols-3">
        {shown.map(input)}
        {setMore.map(input)}
      </div>
      <details className="mt-2 text-sm">
        <summary className="cursor-pointer text-accent-strong">{t("moreParams")}</summary>
        <div className="mt-2 grid grid-cols-1 gap-3 md:grid-cols-2 xl:grid-cols-3">
          {more.filter((k) => rule.params[k] === undefined).map(input)}
        </div>
      </details>
      <div className="mt-3">
        <p className="mb-1 text-xs font-medium text-slate-700">{t("rationale", { number: rule.number })}</p>
        <DocumentEditor
          room={room}
          label={t("rationale", { number: rule.number })}
          members={props.members}
          fragment={rationaleFragment(rule.id)}
          carets={false}
          compact
        />
      </div>
    </li>
  );
}
