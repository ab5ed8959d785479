"use client";

import { signIn } from "next-auth/react";
import { useState } from "react";
import { safeReturnUrl } from "@/lib/auth/safe-return-url";
import { ui } from "./ui/styles";

interface Labels {
  email: string;
  password: string;
  submit: string;
  submitting: string;
  invalid: string;
  rateLimited: string;
  failed: string;
  oidc: string;
  or: string;
}

/** E-mail + password sign-in; one generic message for any wrong credential. */
export function LoginForm({
  callbackUrl,
  oidcName,
  labels,
}: {
  callbackUrl: string;
  oidcName: string | null;
  labels: Labels;
}) {
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPending(true);
    setError(null);
    const form = new FormData(event.currentTarget);
    const result = await signIn("credentials", {
      redirect: false,
      email: String(form.get("email") ?? ""),
      password: String(form.get("password") ?? ""),
    });
    if (result?.ok && !result.error) {
      // Checked again here: the prop is the server's, but the browser decides where it goes.
      window.location.assign(safeReturnUrl(callbackUrl, window.location.origin) ?? "/");
      return;
    }
    setPending(false);
    setError(result?.error === "RateLimited" ? labels.rateLimited : result?.error ? labels.invalid : labels.failed);
  }

  return (
    <>
      <form onSubmit={onSubmit} className="mt-4 space-y-4" noValidate>
        <div>
          <label htmlFor="email" className={ui.label}>
            {labels.email}
          </label>
          <input id="email" name="email" type="email" autoComplete="username" required className={`${ui.input} mt-1`} />
        </div>
        <div>
          <label htmlFor="password" className={ui.label}>
            {labels.password}
          </label>
          <input
            id="password"
            name="password"
            type="password"
            autoComplete="current-password"
            required
            className={`${ui.input} mt-1`}
          />
        </div>
        {error && (
          <p role="alert" className="rounded-md bg-deficit-soft px-3 py-2 text-sm font-medium text-deficit">
            {error}
          </p>
        )}
        <button type="submit" className={`${ui.button} w-full`} disabled={pending}>
          {pending ? labels.submitting : labels.submit}
        </button>
      </form>
      {oidcName && (
        <>
          <p className="my-4 text-center text-sm text-slate-500">{labels.or}</p>
          <button
            type="button"
            className={`${ui.buttonSecondary} w-full`}
            onClick={() => signIn("oidc", { callbackUrl })}
          >
            {labels.oidc}
          </button>
        </>
      )}
    </>
  );
}
