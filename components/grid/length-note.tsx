"use client";

import { useTranslations } from "next-intl";
import { type FormEvent, useState } from "react";

/**
 * A text input's maximum length made visible: `inputProps` go on the input (its `maxLength`, so a
 * 10 000-character paste is cut by the browser) and `note` says so while the text is at the limit.
 * The server refuses longer values on its own (lib/board/text-limits.ts, the forms' schemas).
 */
export function useLengthNote(max: number, id: string) {
  const t = useTranslations("grid");
  const [isAtLimit, setAtLimit] = useState(false);
  const onInput = (e: FormEvent<HTMLInputElement>) => setAtLimit(e.currentTarget.value.length >= max);
  return {
    inputProps: { maxLength: max, onInput },
    describedBy: isAtLimit ? `${id}-length` : undefined,
    note: isAtLimit ? (
      <p id={`${id}-length`} role="status" className="mt-1 text-xs text-slate-700">
        {t("atMaxLength", { max })}
      </p>
    ) : null,
  };
}

/** An uncontrolled text input with `useLengthNote` (the note follows the input). */
export function LimitedInput({
  id,
  max,
  ...props
}: React.InputHTMLAttributes<HTMLInputElement> & { id: string; max: number }) {
  const length = useLengthNote(max, id);
  const describedBy = [props["aria-describedby"], length.describedBy].filter(Boolean).join(" ") || undefined;
  return (
    <>
      <input id={id} {...props} {...length.inputProps} aria-describedby={describedBy} />
      {length.note}
    </>
  );
}
