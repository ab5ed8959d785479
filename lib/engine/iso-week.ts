/**
 * ISO-8601 week arithmetic on `YYYY-Www` strings.
 *
 * Weeks are mapped to a dense integer index (the Thursday of week i is day 7·i counted from
 * 1970-01-01, itself a Thursday) so that the engine can do arithmetic and range checks on
 * integers instead of parsing strings in inner loops. Dates are computed with plain integer
 * civil-calendar arithmetic rather than `Date`, which maps years 0–99 to 1900–1999.
 */

export interface IsoWeek {
  year: number;
  week: number;
}

const WEEK_PATTERN = /^(\d{4})-W(\d{2})$/;

/** Days since 1970-01-01 of a proleptic Gregorian date (Hinnant's days_from_civil). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Inverse of daysFromCivil. */
function civilFromDays(days: number): { year: number; month: number; day: number } {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** Day number of the Monday of ISO week 1 of `year` (the week holding 4 January). */
function week1Monday(year: number): number {
  const jan4 = daysFromCivil(year, 1, 4);
  const weekday = (((jan4 + 3) % 7) + 7) % 7; // 0 = Monday
  return jan4 - weekday;
}

/** Number of ISO weeks in an ISO week-numbering year: 52 or 53. */
export function weeksInIsoYear(year: number): number {
  return (week1Monday(year + 1) - week1Monday(year)) / 7;
}

/** Parses `YYYY-Www`; null when malformed or when the week does not exist in the ISO calendar. */
export function parseWeek(text: string): IsoWeek | null {
  const match = WEEK_PATTERN.exec(text);
  if (!match) return null;
  const year = Number(match[1]);
  const week = Number(match[2]);
  if (week < 1 || week > weeksInIsoYear(year)) return null;
  return { year, week };
}

/** True when `text` is a `YYYY-Www` week that exists (e.g. 2026-W53 yes, 2027-W53 no). */
export function isValidWeek(text: string): boolean {
  return parseWeek(text) !== null;
}

/** Formats a year and week as `YYYY-Www`. */
export function formatWeek(year: number, week: number): string {
  return `${String(year).padStart(4, "0")}-W${String(week).padStart(2, "0")}`;
}

/** Dense integer index of an ISO week; consecutive weeks differ by 1. Throws on invalid weeks. */
export function weekToIndex(text: string): number {
  const parsed = parseWeek(text);
  if (!parsed) throw new Error(`no such ISO week: ${JSON.stringify(text)}`);
  return isoWeekToIndex(parsed.year, parsed.week);
}

/** Dense integer index of a (year, week) pair assumed valid. */
export function isoWeekToIndex(year: number, week: number): number {
  return (week1Monday(year) + 7 * (week - 1) + 3) / 7;
}

/** The ISO week with the given dense index. */
export function indexToIsoWeek(index: number): IsoWeek {
  const thursday = index * 7;
  const { year } = civilFromDays(thursday);
  return { year, week: (thursday - (week1Monday(year) + 3)) / 7 + 1 };
}

/** `YYYY-Www` of the given dense index. */
export function indexToWeek(index: number): string {
  const { year, week } = indexToIsoWeek(index);
  return formatWeek(year, week);
}

/** The week `count` weeks after `week` (negative goes back), across year boundaries. */
export function addWeeks(week: string, count: number): string {
  return indexToWeek(weekToIndex(week) + count);
}

/** Number of weeks from `from` to `to` (negative when `to` is earlier). */
export function weeksBetween(from: string, to: string): number {
  return weekToIndex(to) - weekToIndex(from);
}

/** `count` consecutive ISO weeks starting at `start`, e.g. a planning horizon. */
export function weekRange(start: string, count: number): string[] {
  const first = weekToIndex(start);
  const weeks: string[] = new Array(count);
  for (let i = 0; i < count; i++) weeks[i] = indexToWeek(first + i);
  return weeks;
}

/** The ISO week number (1–53) of a `YYYY-Www` string. */
export function weekNumber(week: string): number {
  const parsed = parseWeek(week);
  if (!parsed) throw new Error(`no such ISO week: ${JSON.stringify(week)}`);
  return parsed.week;
}

/** Orders two weeks: negative when a is earlier, 0 when equal, positive when later. */
export function compareWeeks(a: string, b: string): number {
  return weekToIndex(a) - weekToIndex(b);
}

/** The Thursday of a week as a calendar date; it decides the week's month, tertial, quarter and year. */
export function weekThursday(week: string): { year: number; month: number; day: number } {
  return civilFromDays(weekToIndex(week) * 7);
}

/** The Thursday of a week as a UTC `Date` (for display code that wants a Date). */
export function weekThursdayDate(week: string): Date {
  const { year, month, day } = weekThursday(week);
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date;
}

/** Calendar month (1–12) and year a week belongs to, by its Thursday. */
export function weekMonth(week: string): { year: number; month: number } {
  const { year, month } = weekThursday(week);
  return { year, month };
}

/** Calendar quarter (1–4) and year a week belongs to, by its Thursday. */
export function weekQuarter(week: string): { year: number; quarter: number } {
  const { year, month } = weekThursday(week);
  return { year, quarter: Math.floor((month - 1) / 3) + 1 };
}

/** Tertial (1 = January–April, 2 = May–August, 3 = September–December) and year, by its Thursday. */
export function weekTertial(week: string): { year: number; tertial: number } {
  const { year, month } = weekThursday(week);
  return { year, tertial: Math.floor((month - 1) / 4) + 1 };
}

/** Calendar year a week belongs to (equals its ISO week-numbering year). */
export function weekYear(week: string): number {
  return weekThursday(week).year;
}

/** Swedish short label: `formatWeekLabel("2027-W12")` → `"v. 12"`. */
export function formatWeekLabel(week: string): string {
  return `v. ${weekNumber(week)}`;
}

/** Swedish label with year: `formatWeekLabelWithYear("2027-W12")` → `"v. 12 2027"`. */
export function formatWeekLabelWithYear(week: string): string {
  const parsed = parseWeek(week);
  if (!parsed) throw new Error(`no such ISO week: ${JSON.stringify(week)}`);
  return `v. ${parsed.week} ${parsed.year}`;
}
