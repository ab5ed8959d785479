import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { setLocaleAction } from "@/app/actions/locale";
import { PublicPage } from "@/components/admin/public-page";
import { getDb } from "@/lib/db/client";
import { isSetupDone } from "@/lib/server/setup/setup-state";

export async function generateMetadata() {
  const t = await getTranslations("admin.setup");
  return { title: t("title") };
}

/** Every page leads here until the organisation exists. */
export default async function SetupRequiredPage() {
  if (await isSetupDone(await getDb())) redirect("/");
  const t = await getTranslations("admin.setup");
  return (
    <PublicPage localeAction={setLocaleAction} title={t("requiredTitle")}>
      <p className="text-sm text-slate-700" data-testid="setup-required">
        {t("required")}
      </p>
      <pre className="mt-3 overflow-x-auto rounded bg-slate-100 p-2 text-xs">
        npm run admin -- create-admin --email … --name … --password …
      </pre>
    </PublicPage>
  );
}
