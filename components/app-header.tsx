import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { User } from "@/lib/db/schema";
import { LanguageSwitch } from "./language-switch";
import { NotificationBell } from "./notifications/notification-bell";
import { SignOutButton } from "./sign-out-button";

/** The bar above every signed-in page outside a board: product name, boards, profile, language, sign out. */
export async function AppHeader({
  user,
  localeAction,
}: {
  user: User;
  /** The locale server action for the language switch (passed in: components do not import app/). */
  localeAction: (formData: FormData) => Promise<void>;
}) {
  const t = await getTranslations("nav");
  const ta = await getTranslations("admin.nav");
  return (
    <header className="no-print border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-4 px-4 py-3">
        <Link href="/" className="text-lg font-bold text-accent-strong">
          Planeringstavlan
        </Link>
        <nav className="flex items-center gap-3 text-sm" aria-label="Huvudmeny">
          <Link href="/" className="rounded px-2 py-1 hover:bg-slate-100">
            {t("boards")}
          </Link>
          {user.isOrgAdmin && (
            <Link href="/admin/people" className="rounded px-2 py-1 hover:bg-slate-100">
              {ta("label")}
            </Link>
          )}
        </nav>
        <div className="ml-auto flex items-center gap-3">
          <NotificationBell />
          <LanguageSwitch action={localeAction} />
          <Link href="/profile" className="rounded px-2 py-1 text-sm hover:bg-slate-100" data-testid="user-menu">
            {user.name}
          </Link>
          <SignOutButton label={t("signOut")} />
        </div>
      </div>
    </header>
  );
}
