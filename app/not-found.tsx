import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ui } from "@/components/ui/styles";

export default async function NotFound() {
  const t = await getTranslations("errors");
  return (
    <main id="main" className="mx-auto max-w-xl px-4 py-24 text-center">
      <p className="text-5xl font-bold text-slate-500">404</p>
      <h1 className={`${ui.h1} mt-4`}>{t("notFoundTitle")}</h1>
      <p className="mt-2 text-slate-700">{t("notFound")}</p>
      <Link href="/" className={`${ui.button} mt-6`}>
        {t("backToBoards")}
      </Link>
    </main>
  );
}
