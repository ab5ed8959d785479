"use client";

import { createContext, useActionState, useContext, useEffect } from "react";
import { ui } from "@/components/ui/styles";
import { type FormState, initialFormState } from "@/lib/forms/form-state";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

const FormStateContext = createContext<{ state: FormState; pending: boolean }>({
  state: initialFormState,
  pending: false,
});

/** A form bound to a server action through useActionState; fields read their errors with `FieldError`. */
export function ActionForm({
  action,
  savedLabel,
  className,
  children,
  testId,
}: {
  action: Action;
  savedLabel?: string;
  className?: string;
  children: React.ReactNode;
  testId?: string;
}) {
  const [state, formAction, pending] = useActionState(action, initialFormState);
  return (
    <FormStateContext.Provider value={{ state, pending }}>
      <form action={formAction} className={className} data-testid={testId}>
        {children}
        {state.errors.form && (
          <p role="alert" className={ui.fieldError}>
            {state.errors.form}
          </p>
        )}
        {state.saved && savedLabel && (
          <p role="status" className="mt-2 text-sm text-surplus">
            {savedLabel}
          </p>
        )}
      </form>
    </FormStateContext.Provider>
  );
}

/** The error of one field of the surrounding ActionForm, announced when it appears. */
export function FieldError({ name, id }: { name: string; id?: string }) {
  const { state } = useContext(FormStateContext);
  const message = state.errors[name];
  if (!message) return null;
  return (
    <p id={id} role="alert" className={ui.fieldError}>
      {message}
    </p>
  );
}

/** A submit button disabled while the action runs. */
export function SubmitButton({ className, children }: { className?: string; children: React.ReactNode }) {
  const { pending } = useContext(FormStateContext);
  return (
    <button type="submit" className={className ?? ui.button} disabled={pending} aria-busy={pending}>
      {children}
    </button>
  );
}

/** Whether the surrounding form's last submit succeeded (to close a dialog). */
export function useFormSaved(): boolean {
  return useContext(FormStateContext).state.saved === true;
}

/** Calls `onSaved` when the surrounding form's submit succeeded (a dialog closes itself). */
export function CloseWhenSaved({ onSaved }: { onSaved: () => void }) {
  const saved = useFormSaved();
  useEffect(() => {
    if (saved) onSaved();
  }, [saved, onSaved]);
  return null;
}
