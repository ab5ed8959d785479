"use client";

import { createContext, useActionState, useContext } from "react";
import { type FormState, initialFormState } from "@/lib/forms/form-state";

type FormAction = (state: FormState, formData: FormData) => Promise<FormState>;
type MemberActionValue = { action: (formData: FormData) => void; state: FormState; pending: boolean };

const MemberAction = createContext<MemberActionValue | null>(null);

function useMemberAction(): MemberActionValue {
  const value = useContext(MemberAction);
  if (!value) throw new Error("MemberForm must be inside MemberActionProvider");
  return value;
}

/**
 * One action state for every form of the members page (add, change role, remove), so the page
 * shows one message: what the last submit did. `action` is the page's server action.
 */
export function MemberActionProvider({ action, children }: { action: FormAction; children: React.ReactNode }) {
  const [state, formAction, pending] = useActionState(action, initialFormState);
  return <MemberAction value={{ action: formAction, state, pending }}>{children}</MemberAction>;
}

/** A form of the members page; `intent` says which command it runs. */
export function MemberForm({
  intent,
  className,
  children,
}: {
  intent: "add" | "role" | "remove";
  className?: string;
  children: React.ReactNode;
}) {
  const { action, pending } = useMemberAction();
  return (
    <form action={action} className={className} aria-busy={pending}>
      <input type="hidden" name="intent" value={intent} />
      {children}
    </form>
  );
}

/** The result of the last submit: the error naming what is wrong, or that the change is saved. */
export function MemberActionMessage({ savedLabel }: { savedLabel: string }) {
  const { state } = useMemberAction();
  const errors = Object.values(state.errors);
  if (errors.length > 0) {
    return (
      <p role="alert" className="rounded-md bg-deficit-soft px-3 py-2 text-sm font-medium text-deficit">
        {errors.join(" ")}
      </p>
    );
  }
  if (!state.saved) return null;
  return (
    <p role="status" className="rounded-md bg-surplus-soft px-3 py-2 text-sm font-medium text-surplus">
      {savedLabel}
    </p>
  );
}
