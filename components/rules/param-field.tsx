"use client";

import { useTranslations } from "next-intl";
import { useEffect, useId, useState } from "react";
import { ui } from "@/components/ui/styles";
import { parseRuleParam } from "@/lib/rules/parse-param";
import { PARAM_FIELDS, type RuleParamKey, type RuleParams } from "@/lib/rules/rule-schema";

const SHORT_DAYS = ["", "mån", "tis", "ons", "tor", "fre", "lör", "sön"];

/** A stored parameter as the person typed it: Swedish decimals, day names, fm/em. */
export function formatParam(key: RuleParamKey, value: RuleParams[RuleParamKey]): string {
  if (value === undefined) return "";
  const kind = PARAM_FIELDS[key].kind;
  if (kind === "weekdays") return (value as number[]).map((d) => SHORT_DAYS[d]).join(", ");
  if (kind === "sessions") return (value as string[]).map((s) => (s === "am" ? "fm" : "em")).join(", ");
  if (typeof value === "number") return String(value).replace(".", ",");
  return String(value);
}

/**
 * A text field for one rule parameter. What does not parse ("12 veckor", weekday 8) is refused in
 * place with a message and never written; a valid value is written on Enter or leaving the field.
 */
export function ParamField(props: {
  paramKey: RuleParamKey;
  label: string;
  value: RuleParams[RuleParamKey];
  disabled: boolean;
  onCommit: (value: RuleParams[RuleParamKey] | undefined) => void;
}) {
  const t = useTranslations();
  const id = useId();
  const stored = formatParam(props.paramKey, props.value);
  const [text, setText] = useState(stored);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    setText(stored);
    setError(null);
  }, [stored]);
  const commit = () => {
    const parsed = parseRuleParam(props.paramKey, text);
    if (!parsed.ok) {
      setError(t(parsed.code, parsed.values));
      return;
    }
    setError(null);
    if (formatParam(props.paramKey, parsed.value) !== stored) props.onCommit(parsed.value);
  };
  return (
    <div>
      <label htmlFor={id} className="block text-xs font-medium text-slate-700">
        {props.label}
      </label>
      <input
        id={id}
        value={text}
        disabled={props.disabled}
        onChange={(e) => setText(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === "Enter") commit();
          if (e.key === "Escape") {
            setText(stored);
            setError(null);
          }
        }}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        className={`${ui.input} py-1 text-sm`}
        data-param={props.paramKey}
      />
      {error && (
        <p id={`${id}-error`} role="alert" className={ui.fieldError}>
          {error}
        </p>
      )}
    </div>
  );
}
