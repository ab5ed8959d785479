"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ui } from "@/components/ui/styles";
import { type FormState, initialFormState } from "@/lib/forms/form-state";

type FormAction = (state: FormState, formData: FormData) => Promise<FormState>;

function Field(props: { name: string; label: string; state: FormState; defaultValue: string; placeholder?: string }) {
  const error = props.state.errors[props.name];
  return (
    <div>
      <label htmlFor={`reflection-${props.name}`} className={ui.label}>
        {props.label}
      </label>
      <input
        id={`reflection-${props.name}`}
        name={props.name}
        defaultValue={props.state.values?.[props.name] ?? props.defaultValue}
        placeholder={props.placeholder}
        className={ui.input}
        aria-invalid={Boolean(error)}
        aria-describedby={error ? `reflection-${props.name}-error` : undefined}
        required
      />
      {error && (
        <p id={`reflection-${props.name}-error`} role="alert" className={ui.fieldError}>
          {error}
        </p>
      )}
    </div>
  );
}

/** New reflection session: title and the schedule period's first and last week (checked by the server). */
export function CreateReflectionForm(props: { action: FormAction; boardId: string; fromWeek: string; toWeek: string }) {
  const t = useTranslations("reflection");
  const [state, action, pending] = useActionState(props.action, initialFormState);
  return (
    <form action={action} className="no-print grid grid-cols-[2fr_1fr_1fr_auto] items-start gap-2" aria-busy={pending}>
      <input type="hidden" name="boardId" value={props.boardId} />
      <Field name="title" label={t("titleLabel")} state={state} defaultValue={t("defaultTitle")} />
      <Field
        name="fromWeek"
        label={t("fromWeek")}
        state={state}
        defaultValue={props.fromWeek}
        placeholder={t("weekPlaceholder")}
      />
      <Field
        name="toWeek"
        label={t("toWeek")}
        state={state}
        defaultValue={props.toWeek}
        placeholder={t("weekPlaceholder")}
      />
      <button type="submit" className={`${ui.button} mt-6`} disabled={pending}>
        {t("create")}
      </button>
    </form>
  );
}
