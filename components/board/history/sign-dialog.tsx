"use client";

import * as Dialog from "@radix-ui/react-dialog";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { ui } from "@/components/ui/styles";
import type { FormState } from "@/lib/forms/form-state";
import { ActionForm, CloseWhenSaved, FieldError, SubmitButton } from "./action-form";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

/** "Signera": the version shown, the level to sign for and the password entered again. */
export function SignDialog({
  boardId,
  versionId,
  versionName,
  contentHash,
  levels,
  defaultLevel,
  action,
}: {
  boardId: string;
  versionId: string;
  versionName: string;
  contentHash: string;
  levels: { value: string; label: string }[];
  defaultLevel: string;
  action: Action;
}) {
  const t = useTranslations("signoff");
  const [open, setOpen] = useState(false);
  const [level, setLevel] = useState(defaultLevel);
  const levelLabel = levels.find((l) => l.value === level)?.label ?? level;
  return (
    <Dialog.Root open={open} onOpenChange={setOpen}>
      <Dialog.Trigger className={ui.button}>{t("sign")}</Dialog.Trigger>
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 bg-slate-900/40" />
        <Dialog.Content
          className="fixed top-1/2 left-1/2 w-[min(32rem,92vw)] -translate-x-1/2 -translate-y-1/2 rounded-lg bg-white p-6 shadow-xl"
          data-testid="sign-dialog"
        >
          <Dialog.Title className={ui.h2}>{t("signTitle")}</Dialog.Title>
          <Dialog.Description className="mt-2 text-sm text-slate-700">
            {t("signBody", { name: versionName, level: levelLabel })}
          </Dialog.Description>
          <p className="mt-2 font-mono text-xs break-all text-slate-500">
            {t("hash")}: {contentHash}
          </p>
          <ActionForm action={action} className="mt-4 space-y-3">
            <CloseWhenSaved onSaved={() => setOpen(false)} />
            <input type="hidden" name="boardId" value={boardId} />
            <input type="hidden" name="versionId" value={versionId} />
            <input type="hidden" name="contentHash" value={contentHash} />
            <div>
              <label htmlFor="sign-level" className={ui.label}>
                {t("levelLabel")}
              </label>
              <select
                id="sign-level"
                name="level"
                value={level}
                onChange={(e) => setLevel(e.target.value)}
                className={ui.input}
              >
                {levels.map((l) => (
                  <option key={l.value} value={l.value}>
                    {l.label}
                  </option>
                ))}
              </select>
              <FieldError name="level" />
            </div>
            <div>
              <label htmlFor="sign-password" className={ui.label}>
                {t("password")}
              </label>
              <input
                id="sign-password"
                name="password"
                type="password"
                required
                autoComplete="current-password"
                className={ui.input}
              />
              <FieldError name="password" />
            </div>
            <FieldError name="versionId" />
            <div className="flex justify-end gap-2">
              <Dialog.Close className={ui.buttonSecondary}>{t("cancel")}</Dialog.Close>
              <SubmitButton>{t("signConfirm")}</SubmitButton>
            </div>
          </ActionForm>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
