import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { User } from "@/lib/db/schema";
import { AppHeader } from "../app-header";
import { ui } from "../ui/styles";

const LINKS = [
  ["/admin/people", "people"],
  ["/admin/units", "units"],
  ["/admin/boards", "boards"],
  ["/admin/invite", "invite"],
  ["/admin/people/import", "import"],
] as const;

/** The frame of the organisation administration pages: header, section links and the page title. */
export async function AdminShell({
  user,
  title,
  localeAction,
  children,
}: {
  user: User;
  title: string;
  /** The language switch's server action (components/ never import app/). */
  localeAction: (formData: FormData) => Promise<void>;
  children: React.ReactNode;
}) {
  const t = await getTranslations("admin");
  return (
    <>
      <AppHeader user={user} localeAction={localeAction} />
      <div className="mx-auto flex max-w-6xl gap-6 px-4 py-6">
        <nav aria-label={t("nav.label")} className="w-48 shrink-0">
          <p className="mb-2 text-xs font-semibold uppercase text-slate-500">{t("nav.label")}</p>
          <ul className="space-y-1 text-sm">
            {LINKS.map(([href, key]) => (
              <li key={href}>
                <Link href={href} className="block rounded px-2 py-1.5 text-slate-700 hover:bg-slate-100">
                  {t(`nav.${key}`)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <main id="main" className="min-w-0 flex-1">
          <h1 className={ui.h1}>{title}</h1>
          <div className="mt-4">{children}</div>
        </main>
      </div>
    </>
  );
}
