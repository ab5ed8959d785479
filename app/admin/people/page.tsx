import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { setLocaleAction } from "@/app/actions/locale";
import { AdminShell } from "@/components/admin/admin-shell";
import { ui } from "@/components/ui/styles";
import { USER_LEVELS } from "@/lib/auth/roles";
import { requireOrgAdmin } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { listOrgUnits, listPeople, type PeopleFilter } from "../queries";

export async function generateMetadata() {
  const t = await getTranslations("admin.people");
  return { title: t("title") };
}

type Search = { q?: string; unit?: string; level?: string; status?: string };

function filterFrom(search: Search): PeopleFilter {
  const status = search.status === "deactivated" || search.status === "all" ? search.status : "active";
  const level = (USER_LEVELS as readonly string[]).includes(search.level ?? "") ? search.level : undefined;
  const unitId = /^[0-9a-f-]{36}$/i.test(search.unit ?? "") ? search.unit : undefined;
  return { q: (search.q ?? "").slice(0, 100), unitId, level, status };
}

export default async function PeoplePage({ searchParams }: { searchParams: Promise<Search> }) {
  const user = await requireOrgAdmin();
  const t = await getTranslations();
  const filter = filterFrom(await searchParams);
  const db = await getDb();
  const [people, unitList] = await Promise.all([
    listPeople(db, user.organisationId, filter),
    listOrgUnits(db, user.organisationId),
  ]);
  return (
    <AdminShell localeAction={setLocaleAction} user={user} title={t("admin.people.title")}>
      <div className="flex flex-wrap items-end gap-3">
        <form role="search" action="/admin/people" className="flex flex-wrap items-end gap-2">
          <div>
            <label htmlFor="q" className={ui.label}>
              {t("admin.people.search")}
            </label>
            <input id="q" name="q" type="search" defaultValue={filter.q} className={`${ui.input} mt-1`} />
          </div>
          <div>
            <label htmlFor="unit" className={ui.label}>
              {t("admin.fields.units")}
            </label>
            <select id="unit" name="unit" defaultValue={filter.unitId ?? ""} className={`${ui.input} mt-1`}>
              <option value="">{t("admin.people.allUnits")}</option>
              {unitList.map((u) => (
                <option key={u.id} value={u.id}>
                  {u.name}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="level" className={ui.label}>
              {t("admin.fields.level")}
            </label>
            <select id="level" name="level" defaultValue={filter.level ?? ""} className={`${ui.input} mt-1`}>
              <option value="">{t("admin.people.allLevels")}</option>
              {USER_LEVELS.map((l) => (
                <option key={l} value={l}>
                  {t(`levels.${l}`)}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="status" className={ui.label}>
              {t("admin.people.status")}
            </label>
            <select id="status" name="status" defaultValue={filter.status} className={`${ui.input} mt-1`}>
              {(["active", "deactivated", "all"] as const).map((s) => (
                <option key={s} value={s}>
                  {t(`admin.people.statuses.${s}`)}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className={ui.buttonSecondary}>
            {t("admin.people.filter")}
          </button>
        </form>
        <Link href="/admin/people/new" className={`${ui.button} ml-auto`}>
          {t("admin.people.create")}
        </Link>
      </div>
      <p className="mt-4 text-sm text-slate-600" role="status">
        {t("admin.people.count", { count: people.length })}
      </p>
      <table className="mt-2 w-full text-left text-sm">
        <thead className="border-b border-slate-200 text-slate-600">
          <tr>
            <th className="py-2 pr-3">{t("admin.fields.name")}</th>
            <th className="py-2 pr-3">{t("admin.fields.email")}</th>
            <th className="py-2 pr-3">{t("admin.fields.level")}</th>
            <th className="py-2 pr-3">{t("admin.fields.units")}</th>
            <th className="py-2">{t("admin.people.status")}</th>
          </tr>
        </thead>
        <tbody>
          {people.map((p) => (
            <tr key={p.id} className="border-b border-slate-100" data-testid="person-row">
              <td className="py-2 pr-3">
                <Link href={`/admin/people/${p.id}`} className="font-medium text-accent-strong underline">
                  {p.name}
                </Link>
                {p.title && <span className="block text-xs text-slate-600">{p.title}</span>}
              </td>
              <td className="py-2 pr-3">{p.email}</td>
              <td className="py-2 pr-3">{t(`levels.${p.level}`)}</td>
              <td className="py-2 pr-3">{p.units.join(", ")}</td>
              <td className="py-2">
                {p.deactivatedAt ? t("admin.people.statuses.deactivated") : t("admin.people.statuses.active")}
                {p.isOrgAdmin && ` · ${t("admin.people.adminBadge")}`}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </AdminShell>
  );
}
