"use client";
import { useState } from "react";
import type { ActionError } from "./use-strategic";

/**
 * A small form that posts its fields to a strategic command and shows the server's refusal in
 * place (role="alert"), keeping what was typed. `onSubmit` returns null on success.
 */
export function ActionForm({
  onSubmit,
  children,
  className,
  label,
}: {
  onSubmit: (values: Record<string, string>) => Promise<ActionError | null>;
  children: React.ReactNode;
  className?: string;
  label: string;
}) {
  const [error, setError] = useState<ActionError | null>(null);
  const [isBusy, setBusy] = useState(false);
  return (
    <form
      aria-label={label}
      className={className}
      onSubmit={async (event) => {
        event.preventDefault();
        const form = event.currentTarget;
        const values = Object.fromEntries(new FormData(form).entries()) as Record<string, string>;
        setBusy(true);
        const refused = await onSubmit(values);
        setBusy(false);
        setError(refused);
        if (!refused) form.reset();
      }}
      aria-busy={isBusy}
    >
      {children}
      {error && (
        <p role="alert" className="mt-1 w-full text-sm font-medium text-deficit">
          {error.message}
        </p>
      )}
    </form>
  );
}
