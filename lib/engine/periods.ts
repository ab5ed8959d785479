/**
 * Aggregation of weekly series to months, tertials, quarters and years for the strategic level. A week
 * belongs to the period that holds its Thursday, as ISO 8601 does, so every week lands in
 * exactly one period and week 1 of 2027 (Thursday 7 January) counts to January 2027.
 */
import { weekThursday } from "./iso-week";

export type PeriodKind = "month" | "tertial" | "quarter" | "year";

export interface PeriodSeries {
  /** Sortable period keys: `2027-01`, `2027-T1`, `2027-Q1`, `2027`. */
  keys: string[];
  /** Swedish labels: `jan 2027`, `T1 2027`, `kv. 1 2027`, `2027`. */
  labels: string[];
  values: (number | null)[];
  /** How many weeks of the input fall in each period. */
  weekCounts: number[];
}

const MONTHS = ["jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec"];

/** Key of the period a week belongs to (by its Thursday). */
export function periodKey(week: string, kind: PeriodKind): string {
  const { year, month } = weekThursday(week);
  const y = String(year).padStart(4, "0");
  if (kind === "year") return y;
  if (kind === "quarter") return `${y}-Q${Math.floor((month - 1) / 3) + 1}`;
  if (kind === "tertial") return `${y}-T${Math.floor((month - 1) / 4) + 1}`;
  return `${y}-${String(month).padStart(2, "0")}`;
}

/** Swedish label of a period key: `2027-01` → `jan 2027`, `2027-T2` → `T2 2027`, `2027-Q1` → `kv. 1 2027`. */
export function formatPeriodLabel(key: string): string {
  const year = String(Number(key.slice(0, 4)));
  if (key.length === 4) return year;
  if (key[5] === "Q") return `kv. ${key.slice(6)} ${year}`;
  if (key[5] === "T") return `T${key.slice(6)} ${year}`;
  return `${MONTHS[Number(key.slice(5, 7)) - 1]} ${year}`;
}

function aggregate(
  weeks: readonly string[],
  values: readonly (number | null)[],
  kind: PeriodKind,
  isMean: boolean,
): PeriodSeries {
  if (weeks.length !== values.length) throw new Error(`aggregate: ${weeks.length} weeks but ${values.length} values`);
  const series: PeriodSeries = { keys: [], labels: [], values: [], weekCounts: [] };
  const sums: number[] = [];
  const counted: number[] = [];
  const position = new Map<string, number>();
  for (let i = 0; i < weeks.length; i++) {
    const key = periodKey(weeks[i], kind);
    let p = position.get(key);
    if (p === undefined) {
      p = series.keys.length;
      position.set(key, p);
      series.keys.push(key);
      series.labels.push(formatPeriodLabel(key));
      series.weekCounts.push(0);
      sums.push(0);
      counted.push(0);
    }
    series.weekCounts[p]++;
    const value = values[i];
    if (value === null || value === undefined) continue;
    sums[p] += value;
    counted[p]++;
  }
  // A sum over weeks without values is 0 (nothing planned); a mean of nothing is unknown.
  series.values = sums.map((total, p) => (isMean ? (counted[p] === 0 ? null : total / counted[p]) : total));
  return series;
}

/** Sums a weekly series per month, tertial, quarter or year (volumes, hours); nulls count as 0. */
export function aggregateSum(
  weeks: readonly string[],
  values: readonly (number | null)[],
  kind: PeriodKind,
): PeriodSeries {
  return aggregate(weeks, values, kind, false);
}

/** Averages a weekly series per period (ratios, shares), ignoring nulls; null when none. */
export function aggregateMean(
  weeks: readonly string[],
  values: readonly (number | null)[],
  kind: PeriodKind,
): PeriodSeries {
  return aggregate(weeks, values, kind, true);
}
