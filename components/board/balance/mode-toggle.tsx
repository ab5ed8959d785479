"use client";

import { useTranslations } from "next-intl";
import type { PksMode } from "@/lib/engine";

/** Plan ↔ Scenario: the plan counts decided measures only; the scenario every measure. */
export function ModeToggle({ mode, onChange }: { mode: PksMode; onChange: (mode: PksMode) => void }) {
  const t = useTranslations("balance.mode");
  return (
    <div role="group" aria-label={t("label")} className="inline-flex rounded-md border border-slate-300 bg-white p-0.5">
      {(["plan", "scenario"] as const).map((m) => (
        <button
          key={m}
          type="button"
          aria-pressed={mode === m}
          onClick={() => onChange(m)}
          className={`min-h-9 rounded px-4 text-sm font-medium ${mode === m ? (m === "plan" ? "bg-slate-800 text-white" : "bg-violet-700 text-white") : "text-slate-700 hover:bg-slate-100"}`}
        >
          {t(m)}
        </button>
      ))}
    </div>
  );
}
