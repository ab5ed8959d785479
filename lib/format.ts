// Numbers, weeks and periods in the UI language: Swedish "1 234,5", "v. 12 2027", "jan 2027";
// English "1,234.5", "wk 12 2027", "Jan 2027". The browser sets the language once per page
// (setFormatLocale, from the root layout); server rendering keeps Swedish, the default.
import { parseWeek } from "@/lib/engine/iso-week";

export type FormatLocale = "sv" | "en";

let current: FormatLocale = "sv";
const formatters = new Map<string, Intl.NumberFormat>();

/** Sets the language numbers and weeks are written in (the UI language). */
export function setFormatLocale(locale: FormatLocale): void {
  current = locale;
}

/** The language numbers and weeks are written in now. */
export function getFormatLocale(): FormatLocale {
  return current;
}

/** Formats a number in the UI language with a fixed number of decimals (default 0). */
export function formatNumber(value: number | null | undefined, decimals = 0): string {
  if (value === null || value === undefined || Number.isNaN(value)) return "–";
  const key = `${current}:${decimals}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(current === "en" ? "en-GB" : "sv-SE", {
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
    });
    formatters.set(key, formatter);
  }
  // Intl uses U+2212 for minus in sv-SE; keep it (it reads better) but normalise -0.
  return formatter.format(Object.is(value, -0) ? 0 : value);
}

/** Formats a ratio (0.93) as a percentage ("93 %"; "93%" in English). */
export function formatPercent(value: number | null | undefined, decimals = 0): string {
  if (value === null || value === undefined || Number.isNaN(value)) return "–";
  return `${formatNumber(value * 100, decimals)}${current === "en" ? "%" : " %"}`;
}

/** The decimal mark of the UI language ("," or "."), for text people edit. */
export function decimalMark(): string {
  return current === "en" ? "." : ",";
}

/** Short week label for headers and axes: "v. 12" (Swedish) or "wk 12" (English). */
export function formatWeekShort(week: string): string {
  const n = Number(week.slice(6));
  return current === "en" ? `wk ${n}` : `v. ${n}`;
}

/** Week label with its ISO year: "v. 12 2027" or "wk 12 2027" (the year last, so charts can wrap it). */
export function formatWeekWithYear(week: string): string {
  const parsed = parseWeek(week);
  if (!parsed) return week;
  return `${formatWeekShort(week)} ${parsed.year}`;
}

/** Week in running text ("största v. 27", "largest week 27"): "v. 27" or "week 27". */
export function formatWeekInText(week: string): string {
  const n = Number(week.slice(6));
  return current === "en" ? `week ${n}` : `v. ${n}`;
}

const MONTHS = {
  sv: ["jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec"],
  en: ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
};

/**
 * Label of a period key (`2027-01`, `2027-T2`, `2027-Q1`, `2027`): "jan 2027", "T2 2027", "kv. 1 2027" /
 * "Jan 2027", "T2 2027", "Q1 2027".
 */
export function formatPeriod(key: string, withYear = true): string {
  const year = String(Number(key.slice(0, 4)));
  if (key.length === 4) return year;
  const suffix = withYear ? ` ${year}` : "";
  if (key[5] === "Q") return current === "en" ? `Q${key.slice(6)}${suffix}` : `kv. ${key.slice(6)}${suffix}`;
  if (key[5] === "T") return `T${key.slice(6)}${suffix}`;
  return `${MONTHS[current][Number(key.slice(5, 7)) - 1]}${suffix}`;
}

/** Formats a date as "2027-01-04 14:05" in Stockholm time. */
export function formatDateTime(date: Date | string): string {
  const d = typeof date === "string" ? new Date(date) : date;
  return new Intl.DateTimeFormat("sv-SE", {
    timeZone: "Europe/Stockholm",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
  }).format(d);
}
