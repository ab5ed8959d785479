import { getTranslations } from "next-intl/server";
import { getDb } from "@/lib/db/client";
import type { FormState } from "@/lib/server/admin/form-state";
import { findToken } from "@/lib/server/invitations/tokens";
import { ActionForm } from "./action-form";
import { Field } from "./field";
import { NewPasswordField } from "./new-password-field";
import { PublicPage } from "./public-page";

/**
 * An invitation or reset link: a used, expired or unknown link says so and offers nothing else;
 * a valid one asks for a password (and, for invitations, a name).
 */
export async function TokenPasswordPage({
  kind,
  token,
  action,
  localeAction,
}: {
  kind: "invitation" | "password-reset";
  token: string;
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  localeAction: (formData: FormData) => Promise<void>;
}) {
  const t = await getTranslations("admin");
  const key = kind === "invitation" ? "invitation" : "reset";
  const state = await findToken(await getDb(), kind, token);
  if (!state.ok) {
    return (
      <PublicPage localeAction={localeAction} title={t(`${key}.title`)}>
        <p role="alert" className="text-sm font-medium text-deficit" data-testid="link-refused">
          {t(`errors.${state.code}`)}
        </p>
      </PublicPage>
    );
  }
  return (
    <PublicPage localeAction={localeAction} title={t(`${key}.title`)}>
      <p className="mb-4 text-sm text-slate-700">{t(`${key}.intro`, { email: state.row.email ?? "" })}</p>
      <ActionForm action={action} submitLabel={t(`${key}.submit`)}>
        <input type="hidden" name="token" value={token} />
        {kind === "invitation" && <Field name="name" label={t("fields.name")} autoComplete="name" />}
        <NewPasswordField />
      </ActionForm>
    </PublicPage>
  );
}
