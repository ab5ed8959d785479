/**
 * Reading single spreadsheet cells the way Swedish planners type them: numbers with decimal comma
 * and space thousands ("1 234,5"), weeks as "2026-W05", "v. 5 2026", "2026 v5" or a date.
 */
import { formatWeek, indexToWeek, isValidWeek, weeksInIsoYear } from "@/lib/engine";

/** A cell as read from CSV (text) or XLSX (number, text, date), or empty. */
export type CellValue = string | number | Date | null;

export type NumberParse = { ok: true; value: number | null } | { ok: false };

const MINUS = /[\u2212\u2013]/g;
const SPACES = /[\s\u00a0\u202f]/g;

/**
 * Parses a number in Swedish or plain format: "1 234,5", "1234.5", "1.234,5", "−3", "12 %"
 * (the percent sign is dropped; the caller decides what a percentage means). Empty → null.
 */
export function parseNumberCell(cell: CellValue): NumberParse {
  if (cell === null || cell === undefined) return { ok: true, value: null };
  if (typeof cell === "number") return Number.isFinite(cell) ? { ok: true, value: cell } : { ok: false };
  if (cell instanceof Date) return { ok: false };
  let text = cell.replace(SPACES, "").replace(MINUS, "-");
  if (text === "") return { ok: true, value: null };
  if (text.endsWith("%")) text = text.slice(0, -1);
  const commas = (text.match(/,/g) ?? []).length;
  const dots = (text.match(/\./g) ?? []).length;
  if (commas > 1) return { ok: false };
  if (commas === 1 && dots > 0) {
    // "1.234,5": dots group thousands, the comma is the decimal mark.
    if (text.indexOf(".") > text.indexOf(",")) return { ok: false };
    text = text.replace(/\./g, "");
  } else if (dots > 1) {
    return { ok: false };
  }
  text = text.replace(",", ".");
  if (!/^[-+]?(\d+\.?\d*|\.\d+)$/.test(text)) return { ok: false };
  const value = Number(text);
  return Number.isFinite(value) ? { ok: true, value } : { ok: false };
}

/** True when a percentage was written with a percent sign ("45 %"). */
export function hasPercentSign(cell: CellValue): boolean {
  return typeof cell === "string" && cell.trim().endsWith("%");
}

/** `noSuchWeek`: reads as a week that does not exist ("v. 54 2026"); `unreadable`: not a week at all. */
export type WeekParse =
  | { ok: true; week: string | null }
  | { ok: false; reason: "noSuchWeek" | "noYear" | "unreadable" };

const DAY_MS = 86_400_000;

/** The ISO week (`YYYY-Www`) of a calendar date (its UTC date parts, as spreadsheets store dates). */
export function weekOfDate(date: Date): string {
  const days = Math.floor(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()) / DAY_MS);
  // 1970-01-01 was a Thursday; the week's index is its Thursday's day number / 7.
  const weekday = (((days + 3) % 7) + 7) % 7; // 0 = Monday
  return indexToWeek((days - weekday + 3) / 7);
}

function weekFrom(year: number, week: number): WeekParse {
  if (year < 1000 || year > 9999 || week < 1 || week > weeksInIsoYear(year)) return { ok: false, reason: "noSuchWeek" };
  return { ok: true, week: formatWeek(year, week) };
}

const PATTERNS: { re: RegExp; year: number; week: number }[] = [
  { re: /^(\d{4})-?w(\d{1,2})$/i, year: 1, week: 2 }, // 2026-W05, 2026W5
  { re: /^(?:v\.?|vecka|week|wk)\s*(\d{1,2})[\s,/-]+(\d{4})$/i, year: 2, week: 1 }, // v. 5 2026, vecka 5, 2026
  { re: /^(\d{4})[\s,/-]*(?:v\.?|vecka|week|wk)\s*(\d{1,2})$/i, year: 1, week: 2 }, // 2026 v5, 2026 v. 5
  { re: /^(\d{1,2})\s*\/\s*(\d{4})$/, year: 2, week: 1 }, // 5/2026
];

/**
 * Parses a week cell: "2026-W05", "v. 5 2026", "2026 v5", "vecka 5 2026", a date ("2026-02-03",
 * "3/2/2026" is not accepted: ambiguous) or a spreadsheet date → its ISO week. Empty → null.
 * A week that does not exist ("v. 54 2026") is an error.
 */
export function parseWeekCell(cell: CellValue): WeekParse {
  if (cell === null || cell === undefined) return { ok: true, week: null };
  if (cell instanceof Date) {
    return Number.isNaN(cell.getTime()) ? { ok: false, reason: "unreadable" } : { ok: true, week: weekOfDate(cell) };
  }
  if (typeof cell === "number") return { ok: false, reason: "unreadable" };
  const text = cell.trim().replace(/\s+/g, " ");
  if (text === "") return { ok: true, week: null };
  if (isValidWeek(text)) return { ok: true, week: text };
  for (const { re, year, week } of PATTERNS) {
    const match = re.exec(text);
    if (match) return weekFrom(Number(match[year]), Number(match[week]));
  }
  const bare = /^(?:v\.?|vecka|week)\s*(\d{1,3})$/i.exec(text);
  if (bare) return { ok: false, reason: Number(bare[1]) >= 1 && Number(bare[1]) <= 53 ? "noYear" : "noSuchWeek" };
  const date = /^(\d{4})-(\d{2})-(\d{2})(?:[T ].*)?$/.exec(text);
  if (date) {
    const [y, m, d] = [Number(date[1]), Number(date[2]), Number(date[3])];
    const value = new Date(Date.UTC(y, m - 1, d));
    if (value.getUTCMonth() !== m - 1 || value.getUTCDate() !== d) return { ok: false, reason: "noSuchWeek" };
    return { ok: true, week: weekOfDate(value) };
  }
  return { ok: false, reason: "unreadable" };
}

/** Text of a cell for messages and previews ("" for empty). */
export function cellText(cell: CellValue): string {
  if (cell === null || cell === undefined) return "";
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? "" : cell.toISOString().slice(0, 10);
  return String(cell).trim();
}
