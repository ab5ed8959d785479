import { and, eq } from "drizzle-orm";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { setLocaleAction } from "@/app/actions/locale";
import { ActionForm } from "@/components/admin/action-form";
import { AdminShell } from "@/components/admin/admin-shell";
import { Field, SelectField } from "@/components/admin/field";
import { ui } from "@/components/ui/styles";
import { USER_LEVELS } from "@/lib/auth/roles";
import { requireOrgAdmin } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { isUuid } from "@/lib/db/queries/boards";
import { users } from "@/lib/db/schema";
import { formatDateTime } from "@/lib/format";
import {
  changeLevelAction,
  sendPasswordResetAction,
  setActiveAction,
  setAdminRoleAction,
  setTemporaryPasswordAction,
} from "../../actions";
import { listPeople } from "../../queries";

export default async function PersonPage({
  params,
  searchParams,
}: {
  params: Promise<{ userId: string }>;
  searchParams: Promise<{ created?: string }>;
}) {
  const user = await requireOrgAdmin();
  const { userId } = await params;
  const { created } = await searchParams;
  if (!isUuid(userId)) notFound();
  const t = await getTranslations();
  const db = await getDb();
  const [person] = await db
    .select()
    .from(users)
    .where(and(eq(users.id, userId), eq(users.organisationId, user.organisationId)));
  if (!person) notFound();
  const row = (await listPeople(db, user.organisationId, { q: person.email, status: "all" })).find(
    (p) => p.id === person.id,
  );
  const hidden = <input type="hidden" name="userId" value={person.id} />;
  return (
    <AdminShell localeAction={setLocaleAction} user={user} title={person.name}>
      {created && (
        <p role="status" className="mb-4 text-sm font-medium text-surplus">
          {t("admin.notices.personCreated")}
        </p>
      )}
      <dl className={`${ui.card} grid max-w-2xl grid-cols-[10rem_1fr] gap-2 text-sm`}>
        <dt className="text-slate-600">{t("admin.fields.email")}</dt>
        <dd>{person.email}</dd>
        <dt className="text-slate-600">{t("admin.fields.title")}</dt>
        <dd>{person.title ?? "—"}</dd>
        <dt className="text-slate-600">{t("admin.fields.units")}</dt>
        <dd>{row?.units.join(", ") || "—"}</dd>
        <dt className="text-slate-600">{t("admin.people.status")}</dt>
        <dd data-testid="person-status">
          {person.deactivatedAt
            ? t("admin.people.deactivatedAt", { date: formatDateTime(person.deactivatedAt) })
            : t("admin.people.statuses.active")}
          {person.mustChangePassword && ` · ${t("admin.people.mustChange")}`}
        </dd>
      </dl>
      <div className="mt-6 grid max-w-4xl gap-4 md:grid-cols-2">
        <section className={ui.card}>
          <h2 className={ui.h2}>{t("admin.fields.level")}</h2>
          <ActionForm action={changeLevelAction} submitLabel={t("admin.people.changeLevel")} className="mt-3 space-y-3">
            {hidden}
            <SelectField
              name="level"
              label={t("admin.fields.level")}
              defaultValue={person.level}
              options={USER_LEVELS.map((l) => ({ value: l, label: t(`levels.${l}`) }))}
            />
          </ActionForm>
        </section>
        <section className={ui.card}>
          <h2 className={ui.h2}>{t("admin.people.access")}</h2>
          <ActionForm
            action={setActiveAction}
            submitLabel={person.deactivatedAt ? t("admin.people.reactivate") : t("admin.people.deactivate")}
            danger={!person.deactivatedAt}
            confirm={person.deactivatedAt ? undefined : t("admin.people.deactivateConfirm", { name: person.name })}
            className="mt-3 space-y-3"
          >
            {hidden}
            <input type="hidden" name="active" value={person.deactivatedAt ? "1" : "0"} />
            <p className="text-sm text-slate-600">{t("admin.people.deactivateHelp")}</p>
          </ActionForm>
          <ActionForm
            action={setAdminRoleAction}
            submitLabel={person.isOrgAdmin ? t("admin.people.removeAdmin") : t("admin.people.grantAdmin")}
            className="mt-4 space-y-3"
          >
            {hidden}
            <input type="hidden" name="isOrgAdmin" value={person.isOrgAdmin ? "0" : "1"} />
          </ActionForm>
        </section>
        <section className={ui.card}>
          <h2 className={ui.h2}>{t("admin.people.temporaryPassword")}</h2>
          <ActionForm
            action={setTemporaryPasswordAction}
            submitLabel={t("admin.people.setTemporary")}
            className="mt-3 space-y-3"
          >
            {hidden}
            <Field name="temporaryPassword" label={t("admin.fields.temporaryPassword")} autoComplete="off" />
          </ActionForm>
        </section>
        <section className={ui.card}>
          <h2 className={ui.h2}>{t("admin.people.resetLink")}</h2>
          <ActionForm
            action={sendPasswordResetAction}
            submitLabel={t("admin.people.sendReset")}
            linkLabel={t("admin.copyLink")}
            className="mt-3 space-y-3"
          >
            {hidden}
            <p className="text-sm text-slate-600">{t("admin.people.resetHelp")}</p>
          </ActionForm>
        </section>
      </div>
    </AdminShell>
  );
}
