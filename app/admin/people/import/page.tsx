import { getTranslations } from "next-intl/server";
import { setLocaleAction } from "@/app/actions/locale";
import { importPeopleAction } from "@/app/admin/import-actions";
import { AdminShell } from "@/components/admin/admin-shell";
import { PeopleImport } from "@/components/admin/people-import";
import { requireOrgAdmin } from "@/lib/auth/session";
import { PEOPLE_FIELDS } from "@/lib/import/people-mapping";

export async function generateMetadata() {
  const t = await getTranslations("admin.import");
  return { title: t("title") };
}

export default async function ImportPeoplePage() {
  const user = await requireOrgAdmin();
  const t = await getTranslations("admin");
  const raw = (key: string) => t.raw(`import.${key}`) as string;
  return (
    <AdminShell localeAction={setLocaleAction} user={user} title={t("import.title")}>
      <p className="mb-4 max-w-2xl text-sm text-slate-700">{t("import.intro")}</p>
      <PeopleImport
        importPeopleAction={importPeopleAction}
        labels={{
          file: raw("file"),
          reading: raw("reading"),
          readFailed: raw("readFailed"),
          mapping: raw("mapping"),
          notMapped: raw("notMapped"),
          fields: Object.fromEntries(PEOPLE_FIELDS.map((f) => [f, t(`fields.${f}`)])) as Record<
            (typeof PEOPLE_FIELDS)[number],
            string
          >,
          check: raw("check"),
          checking: raw("checking"),
          rowsRead: raw("rowsRead"),
          problems: raw("problems"),
          exclude: raw("exclude"),
          excludeAll: raw("excludeAll"),
          excludedCount: raw("excludedCount"),
          ready: raw("ready"),
          confirm: raw("confirm"),
          importing: raw("importing"),
          done: raw("done"),
        }}
      />
    </AdminShell>
  );
}
