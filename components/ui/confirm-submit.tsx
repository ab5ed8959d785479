"use client";

import { useTranslations } from "next-intl";
import { useRef, useState } from "react";
import {
  AlertDialog,
  AlertDialogAction,
  AlertDialogCancel,
  AlertDialogContent,
  AlertDialogDescription,
  AlertDialogFooter,
  AlertDialogHeader,
  AlertDialogTitle,
  AlertDialogTrigger,
} from "./alert-dialog";

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
  const t = useTranslations("dialog");
  const [isOpen, setOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  return (
    <AlertDialog open={isOpen} onOpenChange={setOpen}>
      <AlertDialogTrigger asChild>
        <button type="button" ref={buttonRef} className={className}>
          {children}
        </button>
      </AlertDialogTrigger>
      <AlertDialogContent>
        <AlertDialogHeader>
          <AlertDialogTitle>{message}</AlertDialogTitle>
          <AlertDialogDescription className={description ? undefined : "sr-only"}>
            {description ?? t("cannotBeUndone")}
          </AlertDialogDescription>
        </AlertDialogHeader>
        <AlertDialogFooter>
          <AlertDialogCancel>{t("cancel")}</AlertDialogCancel>
          <AlertDialogAction isDestructive onClick={() => buttonRef.current?.form?.requestSubmit()}>
            {confirmLabel ?? t("remove")}
          </AlertDialogAction>
        </AlertDialogFooter>
      </AlertDialogContent>
    </AlertDialog>
  );
}
