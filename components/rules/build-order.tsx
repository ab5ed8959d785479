"use client";

import { useTranslations } from "next-intl";
import { ui } from "@/components/ui/styles";
import {
  BUILD_ORDER_HEADING,
  BUILD_ORDER_INTRO,
  BUILD_ORDER_INTRO_HEADING,
  BUILD_ORDER_REMARK,
  BUILD_ORDER_STEPS,
  CATEGORY_STEP,
} from "@/lib/rules/build-order";
import type { NumberedRule } from "@/lib/rules/check-rules";

/**
 * The build order of seed `000_…` 650–664 with the rules of each step: step 1 the on-call and
 * acute rows, step 2 the patient rows (and the schedule-level rules), step 3 the rules that take
 * time. The seed's side remark on balancing is shown on its own.
 */
export function BuildOrder({ rules }: { rules: NumberedRule[] }) {
  const t = useTranslations("rules");
  return (
    <section aria-labelledby="build-order" className={ui.card}>
      <h3 id="build-order" className={ui.h2}>
        {t("order.title")}
      </h3>
      <p className="mt-1 text-sm font-semibold text-slate-800">{BUILD_ORDER_INTRO_HEADING}</p>
      <p className="text-sm text-slate-700">{BUILD_ORDER_INTRO}</p>
      <p className="mt-3 text-sm font-semibold text-slate-800">{BUILD_ORDER_HEADING}</p>
      <ol className="mt-1 space-y-2 text-sm" data-testid="build-order">
        {BUILD_ORDER_STEPS.map((step, i) => {
          const number = i + 1;
          const inStep = rules.filter((r) => CATEGORY_STEP[r.category] === number);
          return (
            <li key={step} className="rounded-md border border-slate-200 p-2">
              <p>
                <span className="font-semibold">{number}. </span>
                {step}
              </p>
              <p className="mt-1 text-xs text-slate-600">
                {number === 1 && t("order.acute")}
                {number === 2 && t("order.patient")}
                {inStep.length > 0 && (
                  <>
                    {number !== 3 && " · "}
                    {t("order.rules")}:{" "}
                    {inStep.map((r) => `${t("rule", { number: r.number })} ${r.text}`.trim()).join(" · ")}
                  </>
                )}
              </p>
            </li>
          );
        })}
      </ol>
      <p className="mt-3 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900" data-testid="build-order-remark">
        {BUILD_ORDER_REMARK}
      </p>
    </section>
  );
}
