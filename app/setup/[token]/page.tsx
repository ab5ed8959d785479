import { getTranslations } from "next-intl/server";
import { setLocaleAction } from "@/app/actions/locale";
import { ActionForm } from "@/components/admin/action-form";
import { Field } from "@/components/admin/field";
import { NewPasswordField } from "@/components/admin/new-password-field";
import { PublicPage } from "@/components/admin/public-page";
import { getDb } from "@/lib/db/client";
import { findToken } from "@/lib/server/invitations/tokens";
import { isSetupDone } from "@/lib/server/setup/setup-state";
import { completeSetupAction } from "../actions";

export async function generateMetadata() {
  const t = await getTranslations("admin.setup");
  return { title: t("title") };
}

export default async function SetupPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const t = await getTranslations("admin");
  const db = await getDb();
  const state = await findToken(db, "setup", token);
  if (!state.ok || (await isSetupDone(db))) {
    return (
      <PublicPage localeAction={setLocaleAction} title={t("setup.title")}>
        <p role="alert" className="text-sm font-medium text-deficit" data-testid="link-refused">
          {t(`errors.${state.ok ? "setupDone" : state.code}`)}
        </p>
      </PublicPage>
    );
  }
  return (
    <PublicPage localeAction={setLocaleAction} title={t("setup.title")}>
      <p className="mb-4 text-sm text-slate-700">{t("setup.intro")}</p>
      <ActionForm action={completeSetupAction} submitLabel={t("setup.submit")}>
        <input type="hidden" name="token" value={token} />
        <Field name="organisationName" label={t("fields.organisationName")} help={t("setup.organisationHelp")} />
        <Field name="name" label={t("fields.name")} autoComplete="name" />
        <Field name="email" type="email" label={t("fields.email")} autoComplete="email" />
        <NewPasswordField />
      </ActionForm>
    </PublicPage>
  );
}
