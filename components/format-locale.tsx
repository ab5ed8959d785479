"use client";

import { type FormatLocale as Locale, setFormatLocale } from "@/lib/format";

/**
 * Makes numbers and weeks follow the UI language in the browser. Rendered before the page, so
 * every component below formats in the right language on its first render.
 */
export function FormatLocale({ locale }: { locale: Locale }) {
  if (typeof window !== "undefined") setFormatLocale(locale);
  return null;
}
