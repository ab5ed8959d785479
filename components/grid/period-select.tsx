"use client";

import { useTranslations } from "next-intl";
import { useId } from "react";
import type { GridPeriod } from "./grid-types";

const PERIODS: GridPeriod[] = ["week", "month", "tertial", "quarter", "year"];

/** Vecka / månad / tertial / kvartal / år as a segmented control; other periods than week are read-only sums. */
export function PeriodSelect({ value, onChange }: { value: GridPeriod; onChange: (period: GridPeriod) => void }) {
  const t = useTranslations("grid");
  const name = useId();
  return (
    <fieldset className="no-print inline-flex rounded-md border border-slate-300 bg-white p-0.5">
      <legend className="sr-only">{t("period")}</legend>
      {PERIODS.map((period) => (
        <label
          key={period}
          className={`cursor-pointer rounded px-3 py-1.5 text-sm has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-accent ${value === period ? "bg-accent text-white" : "text-slate-700 hover:bg-slate-100"}`}
        >
          <input
            type="radio"
            className="sr-only"
            name={name}
            checked={value === period}
            onChange={() => onChange(period)}
          />
          {t(`periods.${period}`)}
        </label>
      ))}
    </fieldset>
  );
}
