import { getTranslations } from "next-intl/server";
import { setLocaleAction } from "@/app/actions/locale";
import { ActionForm } from "@/components/admin/action-form";
import { AdminShell } from "@/components/admin/admin-shell";
import { Field } from "@/components/admin/field";
import { ui } from "@/components/ui/styles";
import { requireOrgAdmin } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { formatDateTime } from "@/lib/format";
import { archiveUnitAction, createUnitAction, renameUnitAction } from "../actions";
import { listOrgUnits } from "../queries";

export async function generateMetadata() {
  const t = await getTranslations("admin.units");
  return { title: t("title") };
}

export default async function UnitsPage() {
  const user = await requireOrgAdmin();
  const t = await getTranslations("admin");
  const list = await listOrgUnits(await getDb(), user.organisationId, true);
  return (
    <AdminShell localeAction={setLocaleAction} user={user} title={t("units.title")}>
      <section className={ui.card} aria-labelledby="new-unit">
        <h2 id="new-unit" className={ui.h2}>
          {t("units.create")}
        </h2>
        <ActionForm
          action={createUnitAction}
          submitLabel={t("units.createSubmit")}
          className="mt-3 flex flex-wrap items-end gap-3"
        >
          <div className="min-w-64 flex-1">
            <Field name="name" label={t("fields.name")} />
          </div>
        </ActionForm>
      </section>
      <ul className="mt-6 space-y-3" aria-label={t("units.title")}>
        {list.map((unit) => (
          <li key={unit.id} className={`${ui.card} flex flex-wrap items-end gap-4`} data-testid="unit-row">
            <div className="min-w-48 flex-1">
              <p className="font-semibold">{unit.name}</p>
              {unit.archivedAt && (
                <p className="text-sm text-slate-600">
                  {t("units.archivedAt", { date: formatDateTime(unit.archivedAt) })}
                </p>
              )}
            </div>
            {!unit.archivedAt && (
              <>
                <ActionForm action={renameUnitAction} submitLabel={t("units.rename")} className="flex items-end gap-2">
                  <input type="hidden" name="unitId" value={unit.id} />
                  <div>
                    <label className={ui.label} htmlFor={`rename-${unit.id}`}>
                      {t("units.newName")}
                    </label>
                    <input
                      id={`rename-${unit.id}`}
                      name="name"
                      defaultValue={unit.name}
                      className={`${ui.input} mt-1`}
                    />
                  </div>
                </ActionForm>
                <ActionForm
                  action={archiveUnitAction}
                  submitLabel={t("units.archive")}
                  danger
                  confirm={t("units.archiveConfirm", { name: unit.name })}
                >
                  <input type="hidden" name="unitId" value={unit.id} />
                </ActionForm>
              </>
            )}
          </li>
        ))}
      </ul>
    </AdminShell>
  );
}
