"use client";

import { useRef } from "react";
import { ConfirmButton } from "./confirm-button";

/**
 * A submit button that asks once, in words, before a destructive action: it opens an alert
 * dialog whose confirm button submits the surrounding form (so server actions and
 * `useActionState` forms work unchanged); Cancel or Esc leaves the form alone.
 */
export function ConfirmSubmit({
  message,
  description,
  confirmLabel,
  className,
  children,
}: {
  /** The question, e.g. "Ta bort Karin från tavlan?". */
  message: string;
  /** An optional second line (what follows from it). */
  description?: string;
  /** The confirming button's text; default "Ta bort". */
  confirmLabel?: string;
  className?: string;
  children: React.ReactNode;
}) {
  const triggerRef = useRef<HTMLButtonElement>(null);
  return (
    <ConfirmButton
      triggerRef={triggerRef}
      question={message}
      description={description}
      confirmLabel={confirmLabel}
      className={className}
      onConfirm={() => triggerRef.current?.form?.requestSubmit()}
    >
      {children}
    </ConfirmButton>
  );
}
