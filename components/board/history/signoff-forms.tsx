"use client";

import { useTranslations } from "next-intl";
import { ui } from "@/components/ui/styles";
import type { FormState } from "@/lib/forms/form-state";
import { ActionForm, FieldError, SubmitButton } from "./action-form";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

/** The decision on a remaining capacity gap, recorded before the plan can be signed. */
export function ShortageDecisionForm({
  boardId,
  versionId,
  action,
}: {
  boardId: string;
  versionId: string;
  action: Action;
}) {
  const t = useTranslations("signoff");
  return (
    <ActionForm action={action} className="space-y-2" testId="shortage-decision">
      <input type="hidden" name="boardId" value={boardId} />
      <input type="hidden" name="versionId" value={versionId} />
      <label htmlFor="decision-text" className={ui.label}>
        {t("decision")}
      </label>
      <textarea
        id="decision-text"
        name="text"
        rows={3}
        required
        minLength={10}
        maxLength={2000}
        placeholder={t("decisionPlaceholder")}
        className={ui.input}
      />
      <FieldError name="text" />
      <SubmitButton className={ui.buttonSecondary}>{t("recordDecision")}</SubmitButton>
    </ActionForm>
  );
}

/** Withdrawal of one's own signature, with a reason. */
export function WithdrawForm({ boardId, docId = "", action }: { boardId: string; docId?: string; action: Action }) {
  const t = useTranslations("signoff");
  return (
    <ActionForm action={action} className="flex flex-wrap items-end gap-2">
      <input type="hidden" name="boardId" value={boardId} />
      <input type="hidden" name="docId" value={docId} />
      <div className="min-w-64 flex-1">
        <label htmlFor="withdraw-reason" className={ui.label}>
          {t("withdrawReason")}
        </label>
        <input id="withdraw-reason" name="reason" required maxLength={500} className={ui.input} />
        <FieldError name="reason" />
      </div>
      <SubmitButton className={ui.buttonDanger}>{t("withdraw")}</SubmitButton>
    </ActionForm>
  );
}
