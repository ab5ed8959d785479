"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ConfirmSubmit } from "@/components/ui/confirm-submit";
import { ui } from "@/components/ui/styles";
import { type FormState, initialFormState } from "@/lib/forms/form-state";

type TokenState = FormState & { token?: string };

/** Create a BI token: a name, then the secret shown once to copy. */
export function CreateBiTokenForm({
  boardId,
  action,
}: {
  boardId: string;
  action: (prev: TokenState, formData: FormData) => Promise<TokenState>;
}) {
  const t = useTranslations("biTokens");
  const [state, formAction, isPending] = useActionState<TokenState, FormData>(action, initialFormState);
  return (
    <form action={formAction} className="space-y-3">
      <input type="hidden" name="boardId" value={boardId} />
      <label className={ui.label} htmlFor="bi-token-name">
        {t("name")}
      </label>
      <div className="flex gap-2">
        <input
          id="bi-token-name"
          name="name"
          className={ui.input}
          aria-invalid={state.errors.name ? true : undefined}
          aria-describedby={state.errors.name ? "bi-token-name-error" : undefined}
          defaultValue={state.values?.name}
        />
        <button type="submit" className={ui.button} disabled={isPending}>
          {t("create")}
        </button>
      </div>
      {state.errors.name && (
        <p id="bi-token-name-error" className={ui.fieldError}>
          {state.errors.name}
        </p>
      )}
      {state.token && (
        <div role="status" className="rounded-md border border-accent bg-accent-soft p-3 text-sm">
          <p className="font-medium">{t("created")}</p>
          <code className="mt-1 block break-all select-all" data-testid="bi-token-secret">
            {state.token}
          </code>
        </div>
      )}
    </form>
  );
}

/** Revoke one token, after asking once. */
export function RevokeBiTokenForm(props: {
  boardId: string;
  tokenId: string;
  name: string;
  action: (prev: FormState, formData: FormData) => Promise<FormState>;
}) {
  const t = useTranslations("biTokens");
  const [, formAction] = useActionState(props.action, initialFormState);
  return (
    <form action={formAction}>
      <input type="hidden" name="boardId" value={props.boardId} />
      <input type="hidden" name="tokenId" value={props.tokenId} />
      <ConfirmSubmit
        className={ui.buttonDanger}
        message={t("confirmRevoke", { name: props.name })}
        confirmLabel={t("revoke")}
      >
        {t("revoke")}
      </ConfirmSubmit>
    </form>
  );
}
