"use client";

import { useActionState } from "react";
import { ui } from "@/components/ui/styles";
import { type FormState, initialFormState } from "@/lib/forms/form-state";

/** The button that starts the board's rule set (the server gives a board one). */
export function StartRuleSet(props: {
  boardId: string;
  label: string;
  action: (state: FormState, formData: FormData) => Promise<FormState>;
}) {
  const [state, action, pending] = useActionState(props.action, initialFormState);
  return (
    <form action={action} className={ui.card} aria-busy={pending}>
      <input type="hidden" name="boardId" value={props.boardId} />
      <button type="submit" className={ui.button} disabled={pending}>
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
