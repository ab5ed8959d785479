import { getLocale, getTranslations } from "next-intl/server";
import { LOCALES } from "@/lib/i18n/config";

/**
 * Svenska / English buttons (SV / EN when compact); the current language is marked as pressed.
 * `action` is the page's locale server action (components do not import from app/).
 */
export async function LanguageSwitch({
  action,
  compact = false,
}: {
  action: (formData: FormData) => Promise<void>;
  compact?: boolean;
}) {
  const locale = await getLocale();
  const t = await getTranslations("language");
  return (
    <form action={action} className="flex items-center gap-1" aria-label={t("switchTo")}>
      {LOCALES.map((l) => (
        <button
          key={l}
          type="submit"
          name="locale"
          value={l}
          lang={l}
          aria-pressed={l === locale}
          // The visible "SV" stays part of the name (WCAG 2.5.3 label in name).
          aria-label={compact ? `${l.toUpperCase()} – ${t(l)}` : undefined}
          title={compact ? t(l) : undefined}
          className={`rounded px-2 py-1 text-sm ${l === locale ? "bg-slate-800 font-semibold text-white" : "text-slate-700 hover:bg-slate-200"}`}
        >
          {compact ? l.toUpperCase() : t(l)}
        </button>
      ))}
    </form>
  );
}
