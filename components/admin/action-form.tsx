"use client";

import { useActionState } from "react";
import type { FormState } from "@/lib/server/admin/form-state";
import { ConfirmSubmit } from "../ui/confirm-submit";
import { ui } from "../ui/styles";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

/** Shows a form state's problems (each naming its field and row), its notice and its link. */
export function FormFeedback({ state, linkLabel }: { state: FormState; linkLabel?: string }) {
  return (
    <>
      {state.errors.length > 0 && (
        <ul
          role="alert"
          className="space-y-1 rounded-md bg-deficit-soft px-3 py-2 text-sm text-deficit"
          data-testid="form-errors"
        >
          {state.errors.map((e) => (
            <li key={`${e.row ?? ""}-${e.field}-${e.message}`}>{e.message}</li>
          ))}
        </ul>
      )}
      {state.notice && (
        <p role="status" className="text-sm font-medium text-surplus">
          {state.notice}
        </p>
      )}
      {state.link && (
        <p className="text-sm">
          {linkLabel}{" "}
          <input
            readOnly
            value={state.link}
            className={`${ui.input} mt-1 font-mono text-xs`}
            aria-label={linkLabel}
            data-testid="copy-link"
            onFocus={(e) => e.currentTarget.select()}
          />
        </p>
      )}
    </>
  );
}

/**
 * A form run through a server action with `useActionState`: the fields are the children, the
 * server's answer (problems by field, a notice, a link to copy) shows below them.
 */
export function ActionForm({
  action,
  submitLabel,
  pendingLabel,
  linkLabel,
  className,
  danger,
  confirm,
  children,
}: {
  action: Action;
  submitLabel: string;
  pendingLabel?: string;
  linkLabel?: string;
  className?: string;
  danger?: boolean;
  /** A question asked in an alert dialog before the action runs (destructive actions). */
  confirm?: string;
  children?: React.ReactNode;
}) {
  const [state, formAction, pending] = useActionState<FormState, FormData>(action, { errors: [] });
  return (
    <form action={formAction} className={className ?? "space-y-4"} noValidate>
      {children}
      <FormFeedback state={state} linkLabel={linkLabel} />
      {confirm ? (
        // Asks in an accessible alert dialog; its confirm button (named like the action) submits.
        <ConfirmSubmit message={confirm} confirmLabel={submitLabel} className={danger ? ui.buttonDanger : ui.button}>
          {pending ? (pendingLabel ?? submitLabel) : submitLabel}
        </ConfirmSubmit>
      ) : (
        <button type="submit" className={danger ? ui.buttonDanger : ui.button} disabled={pending}>
          {pending ? (pendingLabel ?? submitLabel) : submitLabel}
        </button>
      )}
    </form>
  );
}
