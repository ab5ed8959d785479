"use client";

import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { ui } from "@/components/ui/styles";
import { computeCapacityFormula } from "@/lib/engine";
import { formatNumber } from "@/lib/format";
import { formatCell, parseCell } from "@/lib/grid/codec";

type Field = "resources" | "availableTime" | "utilization" | "meanTime";
const FIELDS: { field: Field; symbol: string; percent?: boolean }[] = [
  { field: "resources", symbol: "P_res" },
  { field: "availableTime", symbol: "t_res" },
  { field: "utilization", symbol: "N", percent: true },
  { field: "meanTime", symbol: "t_med" },
];

/** Region Örebro's K = P_res · t_res · N / t_med as a calculator, the result said in words. */
export function CapacityFormula() {
  const t = useTranslations("capacity");
  const tg = useTranslations("grid");
  const id = useId();
  const [texts, setTexts] = useState<Record<Field, string>>({
    resources: "3",
    availableTime: "40",
    utilization: "75",
    meanTime: "2,5",
  });
  const values: Partial<Record<Field, number>> = {};
  const errors: Partial<Record<Field, string>> = {};
  for (const { field, percent } of FIELDS) {
    const parsed = parseCell(texts[field], percent ? { kind: "percent" } : {});
    if (parsed.ok && parsed.value !== null) values[field] = parsed.value;
    else if (!parsed.ok && parsed.error === "invalid") errors[field] = tg("notANumber", { text: parsed.text });
    else errors[field] = tg("required");
  }
  const isComplete = Object.keys(errors).length === 0;
  const result = isComplete
    ? computeCapacityFormula({
        resources: values.resources!,
        availableTime: values.availableTime!,
        utilization: values.utilization!,
        meanTime: values.meanTime!,
      })
    : null;
  const ruleError = result && !result.ok ? t(`formula.errors.${result.error.split(" ")[0]}`) : null;
  return (
    <section aria-labelledby={`${id}-title`} className={`${ui.card} space-y-4`}>
      <div>
        <h3 id={`${id}-title`} className={ui.h2}>
          {t("formula.title")}
        </h3>
        <p className="text-sm text-slate-600">{t("formula.help")}</p>
        <p className="mt-2 font-mono text-base text-slate-900" aria-hidden>
          K = P<sub>res</sub> · t<sub>res</sub> · N / t<sub>med</sub>
        </p>
      </div>
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        {FIELDS.map(({ field, symbol, percent }) => (
          <div key={field}>
            <label htmlFor={`${id}-${field}`} className={`${ui.label} min-h-12`}>
              {t(`formula.fields.${field}`)} <span className="font-mono text-slate-600">({symbol})</span>
            </label>
            <div className="mt-1 flex items-center gap-1">
              <input
                id={`${id}-${field}`}
                value={texts[field]}
                inputMode="decimal"
                onChange={(e) => setTexts((old) => ({ ...old, [field]: e.target.value }))}
                aria-invalid={Boolean(errors[field])}
                aria-describedby={`${id}-${field}-help`}
                className={`${ui.input} tabular text-right`}
              />
              <span className="w-8 text-sm text-slate-600">{percent ? "%" : t(`formula.units.${field}`)}</span>
            </div>
            <p id={`${id}-${field}-help`} className={errors[field] ? ui.fieldError : ui.help}>
              {errors[field] ?? t(`formula.hints.${field}`)}
            </p>
          </div>
        ))}
      </div>
      <output htmlFor={FIELDS.map((f) => `${id}-${f.field}`).join(" ")} className="block" aria-live="polite">
        {result?.ok ? (
          <span className="block rounded-md bg-accent-soft px-4 py-3 text-slate-900">
            <span className="tabular block text-2xl font-semibold" data-testid="formula-result">
              K = {formatNumber(result.capacity, 1)}
            </span>
            <span className="mt-1 block text-sm">
              {t("formula.explain", {
                resources: formatCell(values.resources!, {}),
                time: formatCell(values.availableTime!, {}),
                utilization: formatCell(values.utilization! * 100, {}),
                mean: formatCell(values.meanTime!, {}),
                capacity: formatNumber(result.capacity, 1),
              })}
            </span>
          </span>
        ) : (
          <span role="alert" className="block text-sm font-medium text-deficit">
            {ruleError ?? t("formula.incomplete")}
          </span>
        )}
      </output>
    </section>
  );
}
