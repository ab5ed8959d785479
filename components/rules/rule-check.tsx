"use client";

import { AlertTriangle, CheckCircle2, Info } from "lucide-react";
import { useFormatter, useTranslations } from "next-intl";
import { ui } from "@/components/ui/styles";
import type { Finding } from "@/lib/rules/check-rules";

/** A finding in the reader's language: weekdays, sessions and activity types translated, numbers in local format. */
export function useFindingText(): (finding: Finding) => string {
  const t = useTranslations("rules");
  const format = useFormatter();
  return (finding) => {
    const values: Record<string, string> = {};
    for (const [key, value] of Object.entries(finding.values)) {
      if (key === "weekday") values.day = t(`days.${value}`);
      else if (key === "session") values.session = t(`sessions.${value}`);
      else if (key === "activity") values.activity = t(`activity.${value}`);
      else if (typeof value === "number" && key !== "number")
        values[key] = format.number(value, { maximumFractionDigits: 1 });
      else values[key] = String(value);
    }
    return t(`check.${finding.code}`, values);
  };
}

const ICONS = { violation: AlertTriangle, ok: CheckCircle2, info: Info };
const TONES = { violation: "text-deficit", ok: "text-surplus", info: "text-slate-600" };

/** The check: every violation in words, then the acute coverage and what the calendar rules imply. */
export function RuleCheck({ findings, hasAcute }: { findings: Finding[]; hasAcute: boolean }) {
  const t = useTranslations("rules.check");
  const text = useFindingText();
  const violations = findings.filter((f) => f.severity === "violation").length;
  return (
    <section aria-labelledby="rule-check" className={ui.card}>
      <h3 id="rule-check" className={ui.h2}>
        {t("title")}
      </h3>
      <p className="text-sm text-slate-600">{t("help")}</p>
      <p className="mt-2 text-sm font-semibold" data-testid="violation-count">
        {t("violations", { count: violations })}
      </p>
      <ul className="mt-2 space-y-1 text-sm" data-testid="rule-findings">
        {findings.map((f, i) => {
          const Icon = ICONS[f.severity];
          return (
            <li key={`${f.code}-${i}`} className="flex gap-2" data-severity={f.severity}>
              <Icon aria-hidden className={`mt-0.5 size-4 shrink-0 ${TONES[f.severity]}`} />
              <span>{text(f)}</span>
            </li>
          );
        })}
      </ul>
      {!hasAcute && <p className="mt-2 text-sm text-slate-600">{t("noAcute")}</p>}
    </section>
  );
}
