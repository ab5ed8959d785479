import { getTranslations } from "next-intl/server";
import { setLocaleAction } from "@/app/actions/locale";
import { ActionForm } from "@/components/admin/action-form";
import { AdminShell } from "@/components/admin/admin-shell";
import { Field, SelectField } from "@/components/admin/field";
import { ui } from "@/components/ui/styles";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/password-policy";
import { USER_LEVELS } from "@/lib/auth/roles";
import { requireOrgAdmin } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { createPersonAction } from "../../actions";
import { listOrgUnits } from "../../queries";

export async function generateMetadata() {
  const t = await getTranslations("admin.people");
  return { title: t("create") };
}

export default async function NewPersonPage() {
  const user = await requireOrgAdmin();
  const t = await getTranslations();
  const unitList = await listOrgUnits(await getDb(), user.organisationId);
  return (
    <AdminShell localeAction={setLocaleAction} user={user} title={t("admin.people.create")}>
      <ActionForm
        action={createPersonAction}
        submitLabel={t("admin.people.createSubmit")}
        className={`${ui.card} max-w-xl space-y-4`}
      >
        <Field name="name" label={t("admin.fields.name")} autoComplete="off" />
        <Field name="email" type="email" label={t("admin.fields.email")} autoComplete="off" />
        <Field name="title" label={t("admin.fields.title")} />
        <SelectField
          name="level"
          label={t("admin.fields.level")}
          defaultValue="operativ"
          options={USER_LEVELS.map((l) => ({ value: l, label: t(`levels.${l}`) }))}
        />
        <fieldset>
          <legend className={ui.label}>{t("admin.fields.units")}</legend>
          <div className="mt-2 grid grid-cols-2 gap-1">
            {unitList.map((u) => (
              <label key={u.id} className="flex items-center gap-2 text-sm">
                <input type="checkbox" name="unitIds" value={u.id} />
                {u.name}
              </label>
            ))}
          </div>
        </fieldset>
        <Field
          name="temporaryPassword"
          type="text"
          autoComplete="off"
          label={t("admin.fields.temporaryPassword")}
          help={t("admin.people.temporaryHelp", { min: MIN_PASSWORD_LENGTH })}
        />
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" name="isOrgAdmin" />
          {t("admin.people.makeAdmin")}
        </label>
      </ActionForm>
    </AdminShell>
  );
}
