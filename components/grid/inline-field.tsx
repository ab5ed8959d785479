"use client";

import { useTranslations } from "next-intl";
import { useEffect, useId, useState } from "react";
import { MAX_NAME_LENGTH } from "@/lib/board/text-limits";
import { type CellFormat, type CellRangeRule, editText, parseCell } from "@/lib/grid/codec";
import { useLengthNote } from "./length-note";

const FIELD =
  "block w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm text-slate-900 focus:border-accent focus:ring-2 focus:ring-accent-soft disabled:border-transparent disabled:bg-transparent aria-[invalid=true]:border-deficit";

interface InlineBase {
  label: string;
  /** Hide the label visually (tables, where the column header names the field). */
  isLabelHidden?: boolean;
  disabled?: boolean;
  className?: string;
}

/** A text field that saves on blur or Enter (Esc restores), following remote changes when idle. */
export function InlineText(
  props: InlineBase & { value: string; onSave: (value: string) => void; required?: boolean; testId?: string },
) {
  const t = useTranslations("grid");
  const id = useId();
  const [draft, setDraft] = useState(props.value);
  const [isDirty, setDirty] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const length = useLengthNote(MAX_NAME_LENGTH, id);
  useEffect(() => {
    if (!isDirty) setDraft(props.value);
  }, [props.value, isDirty]);
  const save = () => {
    if (!isDirty) return;
    const value = draft.trim();
    if (props.required && value === "") {
      setError(t("required"));
      return;
    }
    setError(null);
    setDirty(false);
    if (value !== props.value) props.onSave(value);
  };
  return (
    <div className={props.className}>
      <label htmlFor={id} className={props.isLabelHidden ? "sr-only" : "block text-xs font-medium text-slate-700"}>
        {props.label}
      </label>
      <input
        id={id}
        value={draft}
        {...length.inputProps}
        disabled={props.disabled}
        data-testid={props.testId}
        aria-invalid={Boolean(error)}
        aria-describedby={error ? `${id}-error` : length.describedBy}
        onChange={(e) => {
          setDraft(e.target.value);
          setDirty(true);
        }}
        onBlur={save}
        onKeyDown={(e) => {
          if (e.key === "Enter") save();
          if (e.key === "Escape") {
            setDraft(props.value);
            setDirty(false);
            setError(null);
          }
        }}
        className={FIELD}
      />
      {error && (
        <p id={`${id}-error`} role="alert" className="mt-1 text-xs font-medium text-deficit">
          {error}
        </p>
      )}
      {!error && length.note}
    </div>
  );
}

/** A number field with Swedish entry ("1 234,5"), range check in place, saved on blur or Enter. */
export function InlineNumber(
  props: InlineBase & {
    value: number | null;
    onSave: (value: number | null) => void;
    format?: CellFormat;
    range?: CellRangeRule;
    required?: boolean;
    unit?: string;
    testId?: string;
  },
) {
  const t = useTranslations("grid");
  const id = useId();
  const format = props.format ?? {};
  const shown = editText(props.value, format);
  const [draft, setDraft] = useState(shown);
  const [isDirty, setDirty] = useState(false);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (!isDirty) setDraft(shown);
  }, [shown, isDirty]);
  const save = () => {
    if (!isDirty) return;
    const parsed = parseCell(draft, format, props.range);
    if (!parsed.ok) {
      const unit = format.kind === "percent" ? " %" : "";
      setError(
        parsed.error === "invalid"
          ? t("notANumber", { text: parsed.text.trim() })
          : parsed.min !== undefined && parsed.max !== undefined
            ? t("between", { min: `${parsed.min}${unit}`, max: `${parsed.max}${unit}` })
            : parsed.min !== undefined
              ? t("min", { min: `${parsed.min}${unit}` })
              : t("max", { max: `${parsed.max}${unit}` }),
      );
      return;
    }
    if (parsed.value === null && props.required) {
      setError(t("required"));
      return;
    }
    setError(null);
    setDirty(false);
    if (parsed.value !== props.value) props.onSave(parsed.value);
  };
  return (
    <div className={props.className}>
      <label htmlFor={id} className={props.isLabelHidden ? "sr-only" : "block text-xs font-medium text-slate-700"}>
        {props.label}
      </label>
      <div className="flex items-center gap-1">
        <input
          id={id}
          value={draft}
          inputMode="decimal"
          disabled={props.disabled}
          data-testid={props.testId}
          aria-invalid={Boolean(error)}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(e) => {
            setDraft(e.target.value);
            setDirty(true);
          }}
          onBlur={save}
          onKeyDown={(e) => {
            if (e.key === "Enter") save();
            if (e.key === "Escape") {
              setDraft(shown);
              setDirty(false);
              setError(null);
            }
          }}
          className={`${FIELD} tabular text-right`}
        />
        {props.unit && <span className="text-sm whitespace-nowrap text-slate-600">{props.unit}</span>}
      </div>
      {error && (
        <p id={`${id}-error`} role="alert" className="mt-1 text-xs font-medium text-deficit">
          {error}
        </p>
      )}
    </div>
  );
}

/** A week picker over the given weeks, with an empty choice ("öppen"). */
export function WeekSelect(
  props: InlineBase & {
    value: string | undefined;
    weeks: readonly { key: string; label: string }[];
    emptyLabel: string;
    onSave: (value: string | undefined) => void;
  },
) {
  const id = useId();
  const known = props.weeks.some((w) => w.key === props.value);
  return (
    <div className={props.className}>
      <label htmlFor={id} className={props.isLabelHidden ? "sr-only" : "block text-xs font-medium text-slate-700"}>
        {props.label}
      </label>
      <select
        id={id}
        value={props.value ?? ""}
        disabled={props.disabled}
        onChange={(e) => props.onSave(e.target.value === "" ? undefined : e.target.value)}
        className={FIELD}
      >
        <option value="">{props.emptyLabel}</option>
        {props.value && !known && <option value={props.value}>{props.value}</option>}
        {props.weeks.map((w) => (
          <option key={w.key} value={w.key}>
            {w.label}
          </option>
        ))}
      </select>
    </div>
  );
}
