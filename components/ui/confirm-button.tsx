"use client";

import { useTranslations } from "next-intl";
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
 * A button that asks once, in words ("Ta bort ”Nybesök läkare” och dess historik?"), in an
 * accessible alert dialog before it runs `onConfirm`; Cancel, Esc or closing does nothing.
 */
export function ConfirmButton({
  question,
  description,
  confirmLabel,
  onConfirm,
  className,
  label,
  children,
  testId,
  triggerRef,
}: {
  question: string;
  /** A second line, e.g. that it can be undone for a moment. */
  description?: string;
  /** The confirming button's text; default "Ta bort". */
  confirmLabel?: string;
  onConfirm: () => void;
  className?: string;
  /** Accessible name of the trigger when `children` is an icon. */
  label?: string;
  children: React.ReactNode;
  testId?: string;
  /** The trigger button, e.g. to reach its form. */
  triggerRef?: React.Ref<HTMLButtonElement>;
}) {
  const t = useTranslations("dialog");
  return (
    <AlertDialog>
      <AlertDialogTrigger ref={triggerRef} className={className} aria-label={label} title={label} data-testid={testId}>
        {children}
      </AlertDialogTrigger>
      <AlertDialogContent>
        <AlertDialogHeader>
          <AlertDialogTitle>{question}</AlertDialogTitle>
          <AlertDialogDescription className={description ? undefined : "sr-only"}>
            {description ?? t("cannotBeUndone")}
          </AlertDialogDescription>
        </AlertDialogHeader>
        <AlertDialogFooter>
          <AlertDialogCancel>{t("cancel")}</AlertDialogCancel>
          <AlertDialogAction isDestructive onClick={onConfirm}>
            {confirmLabel ?? t("remove")}
          </AlertDialogAction>
        </AlertDialogFooter>
      </AlertDialogContent>
    </AlertDialog>
  );
}
