/**
 * The balance verdict of Översikt and Balansering (ENGINE.md v2, "Balance period"): "I balans"
 * only when no resource is short in any period of the board's balance period; otherwise the
 * number of short periods, the short resources and the largest shortfall of one period.
 */
import { type BalancePeriod, type PksBoard, type PksResult, periodKey } from "@/lib/engine";
import { formatNumber, formatPercent, formatPeriod, formatWeekInText } from "@/lib/format";

export interface VerdictWorst {
  resourceId: string;
  resourceName: string;
  /** In the UI language: "v. 28", "jan 2027", "T2 2027", "kv. 3 2027", "2027" (English "week 28", "Jan 2027"…). */
  periodLabel: string;
  /** Available − need in that period (negative, hours). */
  gap: number;
}

export interface BalanceVerdict {
  balanced: boolean;
  period: BalancePeriod;
  /** Periods of the horizon (partial ones at the edges count). */
  totalPeriods: number;
  /** Periods in which at least one resource is short. */
  shortPeriods: number;
  /** The short resources, most short periods first (ties: input order). */
  shortResources: { id: string; name: string; shortPeriods: number }[];
  worst: VerdictWorst | null;
  /** Coverage of the limiting resource over the whole horizon (secondary figure). */
  coverage: number | null;
  limitingName: string | null;
}

/** Index of each week's period and the periods' labels. */
function periodsOf(weeks: readonly string[], period: BalancePeriod): { index: number[]; labels: string[] } {
  const index: number[] = [];
  const labels: string[] = [];
  const position = new Map<string, number>();
  for (const week of weeks) {
    const key = period === "week" ? week : periodKey(week, period);
    let p = position.get(key);
    if (p === undefined) {
      p = labels.length;
      position.set(key, p);
      labels.push(period === "week" ? formatWeekInText(week) : formatPeriod(key));
    }
    index.push(p);
  }
  return { index, labels };
}

/** Judges the balance of a result per balance period (result.balancePeriod). */
export function computeBalanceVerdict(board: PksBoard, result: PksResult): BalanceVerdict {
  const period = result.balancePeriod;
  const { index, labels } = periodsOf(result.weeks, period);
  const anyShort = new Array<boolean>(labels.length).fill(false);
  const shortResources: BalanceVerdict["shortResources"] = [];
  let worst: VerdictWorst | null = null;
  for (const resource of board.resources) {
    const res = result.resources[resource.id];
    if (!res) continue;
    const gaps = new Array<number>(labels.length).fill(0);
    const needs = new Array<number>(labels.length).fill(0);
    const avails = new Array<number>(labels.length).fill(0);
    index.forEach((p, w) => {
      needs[p] += res.need[w] ?? 0;
      avails[p] += res.available[w] ?? 0;
    });
    let short = 0;
    for (let p = 0; p < labels.length; p++) {
      gaps[p] = avails[p] - needs[p];
      if (avails[p] >= needs[p] - 1e-9) continue;
      short++;
      anyShort[p] = true;
      if (!worst || gaps[p] < worst.gap) {
        worst = { resourceId: resource.id, resourceName: resource.name, periodLabel: labels[p], gap: gaps[p] };
      }
    }
    if (short > 0) shortResources.push({ id: resource.id, name: resource.name, shortPeriods: short });
  }
  shortResources.sort((a, b) => b.shortPeriods - a.shortPeriods);
  const limiting = board.resources.find((r) => r.id === result.limitingResource);
  return {
    balanced: shortResources.length === 0,
    period,
    totalPeriods: labels.length,
    shortPeriods: anyShort.filter(Boolean).length,
    shortResources,
    worst,
    coverage: limiting ? (result.resources[limiting.id]?.coverage ?? null) : null,
    limitingName: limiting?.name ?? null,
  };
}

/** A translator of the `balance.verdict` messages (next-intl's `t`). */
export type VerdictTranslate = (key: string, values?: Record<string, string | number>) => string;

/** At most two resource names, then "+ n till". */
function resourceList(verdict: BalanceVerdict, t: VerdictTranslate): string {
  const names = verdict.shortResources.map((r) => r.name);
  if (names.length <= 2) return names.join(", ");
  return t("more", { names: names.slice(0, 2).join(", "), count: names.length - 2 });
}

/** The verdict in words: "I balans" or "Kapacitetsbrist i 3 av 52 veckor (Läkare), störst v. 28: −42 h". */
export function describeBalanceVerdict(verdict: BalanceVerdict, t: VerdictTranslate): string {
  if (verdict.balanced) return t("balanced");
  const worst = verdict.worst;
  return t("short", {
    short: verdict.shortPeriods,
    total: verdict.totalPeriods,
    period: verdict.period,
    resources: resourceList(verdict, t),
    worst: worst ? worst.periodLabel : "",
    gap: worst ? formatNumber(worst.gap) : "",
  });
}

/** The secondary figure: coverage of the limiting resource over the whole horizon. */
export function describeVerdictCoverage(verdict: BalanceVerdict, t: VerdictTranslate): string | null {
  if (verdict.limitingName === null) return null;
  return t("coverage", { resource: verdict.limitingName, value: formatPercent(verdict.coverage) });
}
