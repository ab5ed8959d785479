"use client";

import { useTranslations } from "next-intl";
import { useEffect, useId, useState } from "react";
import { formatNumber } from "@/lib/format";
import { parseSwedishNumber } from "@/lib/parse-number";

const trimZeros = (value: number, decimals: number) => formatNumber(value, decimals).replace(/,?0+$/, "");

function display(value: number | null | undefined, decimals: number): string {
  if (value === null || value === undefined) return "";
  return Number.isInteger(value) ? formatNumber(value) : trimZeros(value, decimals);
}

/**
 * A number input that reads Swedish input ("1 234,5", "−5") and commits on Enter or blur. Invalid
 * input explains itself in place and is not committed; an empty field commits null when allowed.
 */
export function NumberField(props: {
  label: string;
  value: number | null | undefined;
  onCommit: (value: number | null) => void;
  min?: number;
  max?: number;
  allowEmpty?: boolean;
  disabled?: boolean;
  decimals?: number;
  /** Hide the label visually (tables). */
  hideLabel?: boolean;
  suffix?: string;
  className?: string;
  testId?: string;
}) {
  const t = useTranslations("balance.number");
  const decimals = props.decimals ?? 2;
  const [text, setText] = useState(display(props.value, decimals));
  const [error, setError] = useState<string | null>(null);
  const [isEditing, setIsEditing] = useState(false);
  const id = useId();
  useEffect(() => {
    if (!isEditing) setText(display(props.value, decimals));
  }, [props.value, isEditing, decimals]);

  function commit() {
    setIsEditing(false);
    if (text.trim() === "") {
      if (props.allowEmpty) {
        setError(null);
        if (props.value !== null && props.value !== undefined) props.onCommit(null);
      } else setError(t("required"));
      return;
    }
    const parsed = parseSwedishNumber(text);
    if (!parsed.ok) return setError(t("invalid", { text }));
    if (props.min !== undefined && parsed.value < props.min) return setError(t("min", { min: props.min }));
    if (props.max !== undefined && parsed.value > props.max) return setError(t("max", { max: props.max }));
    setError(null);
    if (parsed.value !== props.value) props.onCommit(parsed.value);
  }

  return (
    <div className={props.className}>
      <label htmlFor={id} className={props.hideLabel ? "sr-only" : "block text-sm font-medium text-slate-800"}>
        {props.label}
      </label>
      <div className="flex items-center gap-1">
        <input
          id={id}
          inputMode="decimal"
          className="tabular block w-full min-w-16 rounded-md border border-slate-300 bg-white px-2 py-1.5 text-right text-sm text-slate-900 focus:border-accent focus:ring-2 focus:ring-accent-soft aria-[invalid=true]:border-deficit disabled:bg-slate-50 disabled:text-slate-500"
          value={text}
          disabled={props.disabled}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          data-testid={props.testId}
          onFocus={() => setIsEditing(true)}
          onChange={(e) => setText(e.target.value)}
          onBlur={commit}
          onKeyDown={(e) => {
            if (e.key === "Enter") commit();
            if (e.key === "Escape") {
              setText(display(props.value, decimals));
              setError(null);
            }
          }}
        />
        {props.suffix && <span className="text-sm text-slate-600">{props.suffix}</span>}
      </div>
      {error && (
        <p id={`${id}-error`} className="mt-1 text-xs font-medium text-deficit" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
