import { getTranslations } from "next-intl/server";
import { LanguageSwitch } from "../language-switch";

/** The frame of pages seen before signing in (setup, invitation and reset links). */
export async function PublicPage({
  title,
  localeAction,
  children,
}: {
  title: string;
  /** The language switch's server action (components/ never import app/). */
  localeAction: (formData: FormData) => Promise<void>;
  children: React.ReactNode;
}) {
  const t = await getTranslations("app");
  return (
    <main id="main" className="flex min-h-screen flex-col items-center justify-center px-4 py-8">
      <div className="absolute right-4 top-4">
        <LanguageSwitch action={localeAction} />
      </div>
      <div className="w-full max-w-md">
        <p className="text-center text-2xl font-bold text-accent-strong">{t("name")}</p>
        <div className="mt-6 rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
          <h1 className="text-xl font-semibold">{title}</h1>
          <div className="mt-4">{children}</div>
        </div>
      </div>
    </main>
  );
}
