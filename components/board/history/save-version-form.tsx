"use client";

import { useTranslations } from "next-intl";
import { ui } from "@/components/ui/styles";
import type { FormState } from "@/lib/forms/form-state";
import { ActionForm, FieldError, SubmitButton } from "./action-form";

/** "Spara version" with a name, for editors and owners. */
export function SaveVersionForm({
  boardId,
  docId = "",
  action,
}: {
  boardId: string;
  /** The agreement whose version is saved; '' = the board. */
  docId?: string;
  action: (state: FormState, formData: FormData) => Promise<FormState>;
}) {
  const t = useTranslations("versions");
  return (
    <ActionForm
      action={action}
      savedLabel={t("saved")}
      className="flex flex-wrap items-end gap-2"
      testId="save-version"
    >
      <input type="hidden" name="boardId" value={boardId} />
      <input type="hidden" name="docId" value={docId} />
      <div className="min-w-72 flex-1">
        <label htmlFor="version-name" className={ui.label}>
          {t("saveName")}
        </label>
        <input
          id="version-name"
          name="name"
          required
          maxLength={120}
          placeholder={t("saveNamePlaceholder")}
          className={ui.input}
          aria-describedby="version-name-error"
        />
        <FieldError name="name" id="version-name-error" />
      </div>
      <SubmitButton>{t("save")}</SubmitButton>
    </ActionForm>
  );
}
