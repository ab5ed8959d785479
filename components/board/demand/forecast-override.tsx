"use client";

import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { useBoardRoom } from "@/components/board/board-room";
import { ui } from "@/components/ui/styles";
import { addAdjustment } from "@/lib/board/doc-model";
import type { PksResult, PlanningObject } from "@/lib/engine";
import { formatNumber, formatWeekWithYear } from "@/lib/format";
import { parseSwedishNumber } from "@/lib/parse-number";

/**
 * Setting one forecast week directly: the forecast is computed, so the wanted value becomes an
 * adjustment of that week, pre-filled with the difference (wanted − computed vårdbehov).
 */
export function ForecastOverride(props: {
  object: PlanningObject | undefined;
  label: string;
  week: string | undefined;
  result: PksResult;
}) {
  const t = useTranslations("forecastOverride");
  const room = useBoardRoom();
  const inputId = useId();
  const { object, week } = props;
  const index = week ? props.result.weeks.indexOf(week) : -1;
  const computed = object && index >= 0 ? (props.result.planningObjects[object.id]?.demand[index] ?? null) : null;
  // Pre-filled with the computed value; the caller keys this by object and week, so moving to
  // another cell starts afresh while the adjustment just made (which changes `computed`) does not.
  const [text, setText] = useState(() => (computed === null ? "" : formatNumber(computed, 1)));
  const [done, setDone] = useState<string | null>(null);
  if (!object || !week || computed === null || !room.canEdit) return null;
  const parsed = parseSwedishNumber(text);
  const difference = parsed.ok ? Math.round((parsed.value - computed) * 10) / 10 : null;
  const isUsable = difference !== null && difference !== 0 && parsed.ok && parsed.value >= 0;
  const create = () => {
    if (!isUsable || difference === null) return;
    addAdjustment(room.doc, object.id, { from: week, to: week, perWeek: difference }, room.origin);
    setDone(t("done", { week: formatWeekWithYear(week), difference: signed(difference) }));
  };
  return (
    <section
      aria-labelledby={`${inputId}-title`}
      className="rounded-lg border border-slate-200 bg-white p-4"
      data-testid="forecast-override"
    >
      <h4 id={`${inputId}-title`} className="font-semibold text-slate-900">
        {t("title", { week: formatWeekWithYear(week), name: props.label })}
      </h4>
      <p className="mt-1 text-sm text-slate-600">{t("help", { computed: formatNumber(computed, 1) })}</p>
      <div className="mt-3 flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor={inputId} className={ui.label}>
            {t("wanted")}
          </label>
          <input
            id={inputId}
            inputMode="decimal"
            className={`${ui.input} mt-1 w-32 text-right`}
            value={text}
            onChange={(e) => setText(e.target.value)}
            onKeyDown={(e) => e.key === "Enter" && create()}
            aria-invalid={!parsed.ok && text.trim() !== ""}
          />
        </div>
        <p className="tabular pb-2 text-sm text-slate-800" data-testid="forecast-override-difference">
          {difference === null ? t("notANumber") : t("difference", { difference: signed(difference) })}
        </p>
        <button type="button" className={ui.button} disabled={!isUsable} onClick={create}>
          {t("create")}
        </button>
      </div>
      {done && (
        <p role="status" className="mt-2 text-sm font-medium text-surplus">
          {done}
        </p>
      )}
    </section>
  );
}

function signed(value: number): string {
  return `${value > 0 ? "+" : ""}${formatNumber(value, value % 1 ? 1 : 0)}`;
}
