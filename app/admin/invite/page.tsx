import { getTranslations } from "next-intl/server";
import { setLocaleAction } from "@/app/actions/locale";
import { ActionForm } from "@/components/admin/action-form";
import { AdminShell } from "@/components/admin/admin-shell";
import { Field, SelectField } from "@/components/admin/field";
import { ui } from "@/components/ui/styles";
import { USER_LEVELS } from "@/lib/auth/roles";
import { requireOrgAdmin } from "@/lib/auth/session";
import { isMailEnabled } from "@/lib/mail/send-mail";
import { inviteAction } from "../actions";

export async function generateMetadata() {
  const t = await getTranslations("admin.invite");
  return { title: t("title") };
}

export default async function InvitePage() {
  const user = await requireOrgAdmin();
  const t = await getTranslations();
  return (
    <AdminShell localeAction={setLocaleAction} user={user} title={t("admin.invite.title")}>
      <p className="max-w-2xl text-sm text-slate-700">
        {isMailEnabled() ? t("admin.invite.introMail") : t("admin.invite.introLink")}
      </p>
      <ActionForm
        action={inviteAction}
        submitLabel={t("admin.invite.submit")}
        linkLabel={t("admin.copyLink")}
        className={`${ui.card} mt-4 max-w-xl space-y-4`}
      >
        <Field name="email" type="email" label={t("admin.fields.email")} autoComplete="off" />
        <SelectField
          name="level"
          label={t("admin.fields.level")}
          defaultValue="operativ"
          options={USER_LEVELS.map((l) => ({ value: l, label: t(`levels.${l}`) }))}
        />
      </ActionForm>
    </AdminShell>
  );
}
