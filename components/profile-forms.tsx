"use client";

import { useActionState } from "react";
import { changePasswordAction, type ProfileState, saveProfileAction } from "@/app/profile/actions";
import { ui } from "./ui/styles";

type ErrorLabels = Record<string, string>;

function Message({ state, saved, errors }: { state: ProfileState; saved: string; errors: ErrorLabels }) {
  const codes = Object.values(state.errors);
  if (codes.length > 0) {
    return (
      <p role="alert" className={ui.fieldError}>
        {codes.map((c) => errors[c] ?? c).join(" ")}
      </p>
    );
  }
  return state.saved ? (
    <p role="status" className="text-sm font-medium text-surplus">
      {saved}
    </p>
  ) : null;
}

/** Name and title of the signed-in user. */
export function ProfileForm(props: {
  name: string;
  title: string;
  labels: { name: string; title: string; save: string; saved: string; errors: ErrorLabels };
}) {
  const [state, action, pending] = useActionState<ProfileState, FormData>(saveProfileAction, { errors: {} });
  return (
    <form action={action} className={`${ui.card} space-y-4`}>
      <div>
        <label htmlFor="name" className={ui.label}>
          {props.labels.name}
        </label>
        <input
          id="name"
          name="name"
          defaultValue={props.name}
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
          defaultValue={props.title}
          className={`${ui.input} mt-1`}
          aria-invalid={Boolean(state.errors.title)}
        />
      </div>
      <Message state={state} saved={props.labels.saved} errors={props.labels.errors} />
      <button type="submit" className={ui.button} disabled={pending}>
        {props.labels.save}
      </button>
    </form>
  );
}

/** Password change: the current password, then a new one of at least 10 characters. */
export function PasswordForm(props: {
  labels: {
    heading: string;
    current: string;
    next: string;
    nextHelp: string;
    submit: string;
    saved: string;
    errors: ErrorLabels;
  };
}) {
  const [state, action, pending] = useActionState<ProfileState, FormData>(changePasswordAction, { errors: {} });
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
      <Message state={state} saved={props.labels.saved} errors={props.labels.errors} />
      <button type="submit" className={ui.button} disabled={pending}>
        {props.labels.submit}
      </button>
    </form>
  );
}
