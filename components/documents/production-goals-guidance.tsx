"use client";

import { useTranslations } from "next-intl";
import { PRODUCTION_GOALS_GUIDANCE, PRODUCTION_GOALS_RESULT } from "@/lib/templates/production-goals";

/** Socialstyrelsen's words on balancing between the levels, read-only and verbatim, folded by default. */
export function ProductionGoalsGuidance() {
  const t = useTranslations("productionGoals");
  return (
    <details className="rounded-md border border-slate-200 bg-slate-50 px-3 py-2 text-sm text-slate-700">
      <summary className="cursor-pointer font-medium text-slate-800">{t("guidance")}</summary>
      <div className="mt-2 space-y-2">
        {PRODUCTION_GOALS_GUIDANCE.map((paragraph) => (
          <p key={paragraph.slice(0, 40)}>{paragraph}</p>
        ))}
        <p>
          <strong>Balansering:</strong> {PRODUCTION_GOALS_RESULT}
        </p>
      </div>
    </details>
  );
}
