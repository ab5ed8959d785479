"use client";

import { useTranslations } from "next-intl";
import { weekAxisLabels } from "@/components/charts/week-line-chart";
import { aggregateSum, type PeriodKind } from "@/lib/engine";

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
  return { keys: series.keys, labels: series.labels, values: series.values.map((v) => v ?? 0) };
}

/** Labels and keys of the periods of a horizon (same for every series of the board). */
export function periodColumns(weeks: readonly string[], period: Period): { keys: string[]; labels: string[] } {
  const { keys, labels } = rollUp(weeks, new Array(weeks.length).fill(0), period);
  return { keys, labels };
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
