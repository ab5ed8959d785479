import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { setLocaleAction } from "@/app/actions/locale";
import { PublicPage } from "@/components/admin/public-page";

export async function generateMetadata() {
  const t = await getTranslations("admin.noAccount");
  return { title: t("title") };
}

/** Single sign-on worked but the person has no account here (and auto-provisioning is off), or is deactivated. */
export default async function NoAccountPage({ searchParams }: { searchParams: Promise<{ reason?: string }> }) {
  const { reason } = await searchParams;
  const t = await getTranslations("admin.noAccount");
  return (
    <PublicPage localeAction={setLocaleAction} title={t("title")}>
      <p className="text-sm text-slate-700" data-testid="no-account">
        {reason === "deactivated" ? t("deactivated") : t("askAdmin")}
      </p>
      <Link href="/login" className="mt-4 inline-block text-sm text-accent-strong underline">
        {t("back")}
      </Link>
    </PublicPage>
  );
}
