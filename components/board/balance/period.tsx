"use client";

import { useTranslations } from "next-intl";
import { weekAxisLabels } from "@/components/charts/week-line-chart";
import { aggregateSum, type PeriodKind } from "@/lib/engine";
import { formatPeriod, formatWeekShort } from "@/lib/format";

/** The grain numbers are shown in: a week, or a month, quarter or year (sum of its weeks). */
export type Period = "week" | PeriodKind;
export const PERIODS: readonly Period[] = ["week", "month", "tertial", "quarter", "year"];

export interface RolledUp {
  keys: string[];
  labels: string[];
  values: number[];
}

/** A weekly series at the chosen grain; months, quarters and years by the engine's aggregateSum. */
export function rollUp(weeks: readonly string[], values: readonly (number | null)[], period: Period): RolledUp {
  if (period === "week") {
    return { keys: [...weeks], labels: weekAxisLabels(weeks), values: values.map((v) => v ?? 0) };
  }
  const series = aggregateSum(weeks, values, period);
  return {
    keys: series.keys,
    labels: series.keys.map((k) => formatPeriod(k)),
    values: series.values.map((v) => v ?? 0),
  };
}

/**
 * Keys and table header labels of the periods of a horizon (same for every series of the board).
 * Within one year the labels drop the year ("jan", "v. 12") to fit a projector; `year` names it.
 */
export function periodColumns(
  weeks: readonly string[],
  period: Period,
): { keys: string[]; labels: string[]; year: string | null } {
  const { keys, labels } = rollUp(weeks, new Array(weeks.length).fill(0), period);
  const years = new Set(keys.map((k) => k.slice(0, 4)));
  if (years.size !== 1 || period === "year") return { keys, labels, year: null };
  const short = keys.map((k) => (period === "week" ? formatWeekShort(k) : formatPeriod(k, false)));
  return { keys, labels: short, year: String(Number(keys[0].slice(0, 4))) };
}

/** Vecka / månad / tertial / kvartal / år as a segmented control. */
export function PeriodSelect({ value, onChange }: { value: Period; onChange: (period: Period) => void }) {
  const t = useTranslations("balance.period");
  return (
    <fieldset className="inline-flex rounded-md border border-slate-300 bg-white p-0.5" data-testid="period-select">
      <legend className="sr-only">{t("label")}</legend>
      {PERIODS.map((period) => (
        <label
          key={period}
          className={`cursor-pointer rounded px-3 py-1.5 text-sm has-[:focus-visible]:outline has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-accent ${value === period ? "bg-accent text-white" : "text-slate-700 hover:bg-slate-100"}`}
        >
          <input
            type="radio"
            className="sr-only"
            name="period"
            value={period}
            checked={value === period}
            onChange={() => onChange(period)}
          />
          {t(period)}
        </label>
      ))}
    </fieldset>
  );
}

/**
 * The frame of a table with one column per period. Months, quarters and years fit the page
 * (no inner scrolling); the 52 weeks cannot, so the week view scrolls inside and says so.
 */
export function PeriodTableFrame({
  period,
  count,
  children,
}: {
  period: Period;
  count: number;
  children: React.ReactNode;
}) {
  const t = useTranslations("periodTable");
  const scrolls = period === "week";
  return (
    <>
      {scrolls && (
        <p className="mt-2 text-sm font-medium text-slate-700" data-testid="more-columns">
          {t("moreColumns", { count })} <span aria-hidden>→</span>
        </p>
      )}
      {/* relative: screen-reader-only text inside cells is positioned within the frame, not the page */}
      <div
        className={`relative mt-3 rounded-lg border border-slate-200 bg-white ${scrolls ? "overflow-x-auto" : "overflow-hidden"}`}
      >
        {children}
      </div>
    </>
  );
}
