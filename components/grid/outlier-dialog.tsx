"use client";

import * as AlertDialog from "@radix-ui/react-alert-dialog";
import { useTranslations } from "next-intl";
import { ui } from "@/components/ui/styles";

/** A question asked before storing absurd values. */
export interface OutlierQuestion {
  /** "Värdet är 10 000 gånger högre än veckorna runt — spara ändå?" (with the cell, for several). */
  text: string;
  /** Stores the values; Cancel stores nothing. */
  apply: () => void;
}

/**
 * Asks once before an absurd value is stored ("spara ändå?"). Never blocks: "Spara ändå" stores
 * exactly what was typed; "Avbryt" (or Esc) stores nothing.
 */
export function OutlierDialog(props: {
  question: OutlierQuestion | null;
  onDone: () => void;
  /** Where focus goes when the dialog has closed (e.g. back to the grid). */
  returnFocus?: () => void;
}) {
  const t = useTranslations("outlier");
  const { question, onDone } = props;
  return (
    <AlertDialog.Root open={question !== null} onOpenChange={(open) => !open && onDone()}>
      <AlertDialog.Portal>
        <AlertDialog.Overlay className="fixed inset-0 z-50 bg-slate-900/40" />
        <AlertDialog.Content
          className="fixed top-1/2 left-1/2 z-50 w-[min(32rem,calc(100vw-2rem))] -translate-x-1/2 -translate-y-1/2 rounded-lg bg-white p-6 shadow-xl"
          onCloseAutoFocus={(e) => {
            // No trigger to return to: focus goes back to the caller's element, after the focus
            // trap is gone (focusing it while the dialog is open would be pulled back inside).
            if (props.returnFocus) {
              e.preventDefault();
              props.returnFocus();
            }
          }}
          data-testid="outlier-dialog"
        >
          <AlertDialog.Title className={ui.h2}>{t("title")}</AlertDialog.Title>
          <AlertDialog.Description className="mt-2 text-slate-700">{question?.text}</AlertDialog.Description>
          <div className="mt-5 flex justify-end gap-3">
            <AlertDialog.Cancel className={ui.buttonSecondary}>{t("cancel")}</AlertDialog.Cancel>
            <AlertDialog.Action
              className={ui.button}
              onClick={() => {
                question?.apply();
              }}
            >
              {t("save")}
            </AlertDialog.Action>
          </div>
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  );
}
