"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { LimitedInput } from "@/components/grid/length-note";
import { ui } from "@/components/ui/styles";
import { type FormState, initialFormState } from "@/lib/forms/form-state";

type FormAction = (state: FormState, formData: FormData) => Promise<FormState>;

function FormErrors({ state }: { state: FormState }) {
  const messages = Object.values(state.errors);
  if (messages.length === 0) return null;
  return (
    <p role="alert" className={ui.fieldError}>
      {messages.join(" ")}
    </p>
  );
}

/** The "new document" form: a title and a hidden template, created by the server action. */
export function CreateDocumentForm(props: {
  action: FormAction;
  boardId: string;
  template: string;
  defaultTitle: string;
  label: string;
  submit: string;
}) {
  const [state, action, pending] = useActionState(props.action, initialFormState);
  return (
    <form action={action} className="no-print flex flex-wrap items-end gap-2" aria-busy={pending}>
      <input type="hidden" name="boardId" value={props.boardId} />
      <input type="hidden" name="template" value={props.template} />
      <div className="min-w-72 flex-1">
        <label htmlFor={`title-${props.template}`} className={ui.label}>
          {props.label}
        </label>
        <LimitedInput
          id={`title-${props.template}`}
          max={200}
          name="title"
          defaultValue={state.values?.title ?? props.defaultTitle}
          className={ui.input}
          aria-invalid={Boolean(state.errors.title)}
          required
        />
      </div>
      <button type="submit" className={ui.button} disabled={pending}>
        {props.submit}
      </button>
      <FormErrors state={state} />
    </form>
  );
}

/** Buttons for the statuses a document may move to next; the server checks the transition. */
export function DocumentStatusForm(props: { action: FormAction; boardId: string; docId: string; next: string[] }) {
  const t = useTranslations("documents");
  const [state, action, pending] = useActionState(props.action, initialFormState);
  if (props.next.length === 0) return null;
  return (
    <form action={action} className="no-print flex flex-wrap items-center gap-2" aria-busy={pending}>
      <input type="hidden" name="boardId" value={props.boardId} />
      <input type="hidden" name="docId" value={props.docId} />
      {props.next.map((status) => (
        <button
          key={status}
          type="submit"
          name="status"
          value={status}
          disabled={pending}
          className={status === "active" ? ui.button : ui.buttonSecondary}
        >
          {t(`statusActions.${status}`)}
        </button>
      ))}
      <FormErrors state={state} />
    </form>
  );
}

/** "Ny revision" of a fastställd document; the server checks the role and the status. */
export function ReopenDocumentForm(props: { action: FormAction; boardId: string; docId: string }) {
  const t = useTranslations("documents");
  const [state, action, pending] = useActionState(props.action, initialFormState);
  return (
    <form action={action} className="no-print flex flex-wrap items-center gap-2" aria-busy={pending}>
      <input type="hidden" name="boardId" value={props.boardId} />
      <input type="hidden" name="docId" value={props.docId} />
      <button type="submit" disabled={pending} className={ui.buttonSecondary}>
        {t("reopen")}
      </button>
      <FormErrors state={state} />
    </form>
  );
}

/** Prints the page (the print CSS leaves out the rail, the toolbar and the controls). */
export function PrintButton({ label }: { label: string }) {
  return (
    <button type="button" className={`no-print ${ui.buttonSecondary}`} onClick={() => window.print()}>
      {label}
    </button>
  );
}

/** Saves a self-assessment round; the server reads and checks the answers. */
export function SaveRoundForm(props: { action: FormAction; boardId: string; docId: string; label: string }) {
  const [state, action, pending] = useActionState(props.action, initialFormState);
  return (
    <form action={action} className="no-print flex flex-wrap items-center gap-2" aria-busy={pending}>
      <input type="hidden" name="boardId" value={props.boardId} />
      <input type="hidden" name="docId" value={props.docId} />
      <button type="submit" className={ui.button} disabled={pending}>
        {props.label}
      </button>
      <FormErrors state={state} />
    </form>
  );
}
