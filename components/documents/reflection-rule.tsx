"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import type { RuleSummary } from "@/lib/documents/reflection";
import { RULE_CATEGORIES } from "@/lib/rules/rule-schema";

/** The topic a new rule gets (övrigt unless another is chosen), sent with "Gör till spelregel". */
export function RuleCategorySelect({ id }: { id: string }) {
  const t = useTranslations();
  return (
    <>
      <label htmlFor={id} className="text-sm text-slate-700">
        {t("reflection.ruleCategory")}
      </label>
      <select
        id={id}
        name="category"
        defaultValue="other"
        className="rounded border border-slate-300 px-2 py-1 text-sm"
      >
        {RULE_CATEGORIES.map((c) => (
          <option key={c} value={c}>
            {t(`rules.categories.${c}`)}
          </option>
        ))}
      </select>
    </>
  );
}

/** What became of an item that became a rule: its number and text in Spelregler, with a link there. */
export function RuleOutcome(props: { ruleId: string; boardId: string; rules: RuleSummary[] }) {
  const t = useTranslations("reflection");
  const rule = props.rules.find((r) => r.id === props.ruleId);
  if (!rule) return <span className="text-sm text-slate-600">{t("ruleGone")}</span>;
  return (
    <span className="text-sm" data-testid="action-outcome">
      {t("becameRule", { number: rule.number, text: rule.text })} ·{" "}
      <Link href={`/boards/${props.boardId}/spelregler`} className="text-accent-strong underline">
        {t("openRules")}
      </Link>
    </span>
  );
}
