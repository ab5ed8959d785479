"use client";

import { useTranslations } from "next-intl";
import { ui } from "@/components/ui/styles";
import type { FormState } from "@/lib/forms/form-state";
import { ActionForm, FieldError, SubmitButton } from "./action-form";

const LEVELS = ["politisk", "strategisk", "taktisk", "operativ"] as const;

/** "Krävda signaturer" for owners: which levels must sign before the plan or agreement is Fastställd. */
export function RequiredLevelsForm({
  boardId,
  docId = "",
  required,
  action,
}: {
  boardId: string;
  docId?: string;
  required: string[];
  action: (state: FormState, formData: FormData) => Promise<FormState>;
}) {
  const t = useTranslations("signoff");
  return (
    <ActionForm action={action} savedLabel={t("rulesSaved")} className="space-y-2" testId="required-levels">
      <input type="hidden" name="boardId" value={boardId} />
      <input type="hidden" name="docId" value={docId} />
      <fieldset>
        <legend className={ui.label}>{t("rulesTitle")}</legend>
        <p className="text-xs text-slate-600">{t(docId ? "rulesHelpAgreement" : "rulesHelp")}</p>
        <div className="mt-1 flex flex-wrap gap-4">
          {LEVELS.map((level) => (
            <label key={level} className="flex items-center gap-1.5 text-sm">
              <input type="checkbox" name="levels" value={level} defaultChecked={required.includes(level)} />
              {t(`levels.${level}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <FieldError name="levels" />
      <FieldError name="docId" />
      <SubmitButton className={ui.buttonSecondary}>{t("rulesSave")}</SubmitButton>
    </ActionForm>
  );
}
