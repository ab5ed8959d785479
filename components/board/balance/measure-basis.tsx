"use client";

import { useTranslations } from "next-intl";
import { ui } from "@/components/ui/styles";
import type { Measure, MeasureBasis, MeasureLever } from "@/lib/engine";
import { measureBasis } from "@/lib/engine/measures";

/** Lever values of older documents (camelCase) and of pks-board version 2. */
const LEVER_VALUES: Record<string, MeasureLever> = {
  careNeed: "care-need",
  productionNeed: "production-need",
  capacityNeed: "capacity-need",
  availableCapacity: "available-capacity",
  resources: "resources",
};

/** The basis a measure gets: its own, else the default of its kind and lever (ENGINE.md v2). */
export function effectiveBasis(kind: Measure["kind"], lever: string, basis: MeasureBasis | ""): MeasureBasis {
  const normalised = LEVER_VALUES[lever] ?? (lever as MeasureLever);
  const probe = { kind, lever: normalised || undefined, basis: basis || undefined } as Measure;
  return measureBasis(probe);
}

/** The realised status in words: "Genomförd" for a decision, "Effekt realiserad" for a change. */
export function realizedStatusKey(measure: Measure): "status.realized" | "status.realizedChange" {
  return measureBasis(measure) === "change" ? "status.realizedChange" : "status.realized";
}

/**
 * Grund för effekten: a decision (counts in the plan when decided) or a changed way of working
 * (counts only when the effect is realised), said in words under the choice.
 */
export function MeasureBasisField(props: {
  id: string;
  kind: Measure["kind"];
  lever: string;
  value: MeasureBasis | "";
  inputClassName: string;
  onChange: (basis: MeasureBasis | "") => void;
}) {
  const t = useTranslations("balance.measures.basis");
  const basis = effectiveBasis(props.kind, props.lever, props.value);
  return (
    <div>
      <label htmlFor={props.id} className={ui.label}>
        {t("label")}
      </label>
      <select
        id={props.id}
        className={props.inputClassName}
        value={props.value}
        aria-describedby={`${props.id}-rule`}
        onChange={(e) => props.onChange(e.target.value as MeasureBasis | "")}
        data-testid="measure-basis"
      >
        <option value="">{t("default", { basis: t(basis) })}</option>
        <option value="decision">{t("decision")}</option>
        <option value="change">{t("change")}</option>
      </select>
      <p id={`${props.id}-rule`} className={ui.help} data-testid="measure-basis-rule">
        {basis === "decision" ? t("countsWhenDecided") : t("countsWhenRealised")}
      </p>
    </div>
  );
}
