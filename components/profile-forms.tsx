"use client";

import { useActionState } from "react";
import { type FormState, initialFormState } from "@/lib/forms/form-state";
import { ui } from "./ui/styles";

type FormAction = (state: FormState, formData: FormData) => Promise<FormState>;

function Message({ state, saved }: { state: FormState; saved: string }) {
  const messages = Object.values(state.errors);
  if (messages.length > 0) {
    return (
      <p role="alert" className={ui.fieldError}>
        {messages.join(" ")}
      </p>
    );
  }
  return state.saved ? (
    <p role="status" className="text-sm font-medium text-surplus">
      {saved}
    </p>
  ) : null;
}

/** Name and title of the signed-in user; `action` (from the page) saves them. */
export function ProfileForm(props: {
  action: FormAction;
  name: string;
  title: string;
  labels: { name: string; title: string; save: string; saved: string };
}) {
  const [state, action, pending] = useActionState(props.action, initialFormState);
  return (
    <form action={action} className={`${ui.card} space-y-4`}>
      <div>
        <label htmlFor="name" className={ui.label}>
          {props.labels.name}
        </label>
        <input
          id="name"
          name="name"
          defaultValue={state.values?.name ?? props.name}
          className={`${ui.input} mt-1`}
          aria-invalid={Boolean(state.errors.name)}
        />
      </div>
      <div>
        <label htmlFor="title" className={ui.label}>
          {props.labels.title}
        </label>
        <input
          id="title"
          name="title"
          defaultValue={state.values?.title ?? props.title}
          className={`${ui.input} mt-1`}
          aria-invalid={Boolean(state.errors.title)}
        />
      </div>
      <Message state={state} saved={props.labels.saved} />
      <button type="submit" className={ui.button} disabled={pending}>
        {props.labels.save}
      </button>
    </form>
  );
}

/** Password change: the current password, then a new one of at least 10 characters. */
export function PasswordForm(props: {
  action: FormAction;
  labels: {
    heading: string;
    current: string;
    next: string;
    nextHelp: string;
    submit: string;
    saved: string;
  };
}) {
  const [state, action, pending] = useActionState(props.action, initialFormState);
  return (
    <form action={action} className={`${ui.card} space-y-4`}>
      <h2 className={ui.h2}>{props.labels.heading}</h2>
      <div>
        <label htmlFor="current" className={ui.label}>
          {props.labels.current}
        </label>
        <input
          id="current"
          name="current"
          type="password"
          autoComplete="current-password"
          className={`${ui.input} mt-1`}
        />
      </div>
      <div>
        <label htmlFor="next" className={ui.label}>
          {props.labels.next}
        </label>
        <input
          id="next"
          name="next"
          type="password"
          autoComplete="new-password"
          className={`${ui.input} mt-1`}
          aria-describedby="next-help"
        />
        <p id="next-help" className={ui.help}>
          {props.labels.nextHelp}
        </p>
      </div>
      <Message state={state} saved={props.labels.saved} />
      <button type="submit" className={ui.button} disabled={pending}>
        {props.labels.submit}
      </button>
    </form>
  );
}
