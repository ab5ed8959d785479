import { getLocale, getTranslations } from "next-intl/server";
import { setLocaleAction } from "@/app/actions/locale";
import { LOCALES } from "@/lib/i18n/config";

/** Two buttons, Svenska / English; the current language is marked as pressed. */
export async function LanguageSwitch() {
  const locale = await getLocale();
  const t = await getTranslations("language");
  return (
    <form action={setLocaleAction} className="flex items-center gap-1" aria-label={t("switchTo")}>
      {LOCALES.map((l) => (
        <button
          key={l}
          type="submit"
          name="locale"
          value={l}
          lang={l}
          aria-pressed={l === locale}
          className={`rounded px-2 py-1 text-sm ${l === locale ? "bg-slate-800 font-semibold text-white" : "text-slate-700 hover:bg-slate-200"}`}
        >
          {t(l)}
        </button>
      ))}
    </form>
  );
}
