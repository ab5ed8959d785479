import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { setLocaleAction } from "@/app/actions/locale";
import { ActionForm } from "@/components/admin/action-form";
import { Field } from "@/components/admin/field";
import { NewPasswordField } from "@/components/admin/new-password-field";
import { PublicPage } from "@/components/admin/public-page";
import { requireUser } from "@/lib/auth/session";
import { changeTemporaryPasswordAction } from "./actions";

export async function generateMetadata() {
  const t = await getTranslations("admin.password");
  return { title: t("title") };
}

/** A person signed in with a temporary password chooses their own before anything else. */
export default async function ChangePasswordPage() {
  const user = await requireUser({ allowPasswordChange: true });
  if (!user.mustChangePassword) redirect("/profile");
  const t = await getTranslations("admin");
  return (
    <PublicPage localeAction={setLocaleAction} title={t("password.title")}>
      <p className="mb-4 text-sm text-slate-700">{t("password.intro", { name: user.name })}</p>
      <ActionForm action={changeTemporaryPasswordAction} submitLabel={t("password.submit")}>
        <Field name="current" type="password" label={t("fields.current")} autoComplete="current-password" />
        <NewPasswordField name="next" labelKey="next" />
      </ActionForm>
    </PublicPage>
  );
}
