"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { ui } from "@/components/ui/styles";
import type { StrategicMeasure } from "@/lib/db/schema";
import { formatNumber } from "@/lib/format";
import type { LinkedUnitView } from "@/lib/server/strategic/load-view";
import {
  GUIDANCE_STEP,
  STRATEGIC_MEASURE_KINDS,
  STRATEGIC_MEASURE_STATUSES,
  type StrategicMeasureKind,
} from "@/lib/strategic/measure-kinds";
import { ActionForm } from "./action-form";
import { type ActionError, periodLabel } from "./use-strategic";

type Post = (action: string, body: Record<string, unknown>) => Promise<ActionError | null>;

/** Strategic measures in the guidance's order, with status; deciding one writes it into the units' plans. */
export function MeasuresPanel(props: {
  measures: StrategicMeasure[];
  units: LinkedUnitView[];
  periods: string[];
  canEdit: boolean;
  post: Post;
}) {
  const t = useTranslations("strategic.measures");
  const [error, setError] = useState<ActionError | null>(null);
  const unitName = (id: string | null) => props.units.find((u) => u.boardId === id)?.unitName ?? "–";
  const sorted = [...props.measures].sort(
    (a, b) => GUIDANCE_STEP[a.kind as StrategicMeasureKind] - GUIDANCE_STEP[b.kind as StrategicMeasureKind],
  );
  return (
    <section aria-labelledby="measures-heading" className="space-y-2 rounded-lg border border-slate-200 bg-white p-3">
      <h3 id="measures-heading" className="text-sm font-semibold">
        {t("heading")}
      </h3>
      <p className="text-xs text-slate-600">{t("order")}</p>
      <ol className="space-y-1 text-sm" data-testid="strategic-measures">
        {sorted.map((m) => (
          <li key={m.id} className="flex flex-wrap items-center gap-2 border-t border-slate-100 pt-1">
            <span className="rounded bg-slate-100 px-1 text-xs">{t(`kinds.${m.kind}`)}</span>
            <span className="font-medium">{m.title}</span>
            {m.hours !== null && (
              <span className="text-slate-700">
                {t("effect", {
                  hours: formatNumber(m.hours),
                  resource: m.resourceName ?? "",
                  from: unitName(m.fromBoardId),
                  to: unitName(m.toBoardId),
                  period: periodLabel(m.toPeriod ?? m.fromPeriod ?? ""),
                })}
              </span>
            )}
            <label className="ml-auto text-xs">
              <span className="sr-only">{t("statusOf", { title: m.title })}</span>
              <select
                value={m.status}
                disabled={!props.canEdit}
                className="rounded border border-slate-300 px-1 py-0.5"
                onChange={async (e) =>
                  setError(await props.post("measure-status", { measureId: m.id, status: e.target.value }))
                }
              >
                {STRATEGIC_MEASURE_STATUSES.map((s) => (
                  <option key={s} value={s}>
                    {t(`statuses.${s}`)}
                  </option>
                ))}
              </select>
            </label>
          </li>
        ))}
      </ol>
      {error && (
        <p role="alert" className="text-sm font-medium text-deficit">
          {error.message}
        </p>
      )}
      {props.canEdit && <MeasureForm {...props} />}
    </section>
  );
}

function MeasureForm(props: { units: LinkedUnitView[]; periods: string[]; post: Post }) {
  const t = useTranslations("strategic.measures");
  const unitOptions = props.units.map((u) => (
    <option key={u.boardId} value={u.boardId}>
      {u.unitName}
    </option>
  ));
  const periodOptions = props.periods.map((p) => (
    <option key={p} value={p}>
      {periodLabel(p)}
    </option>
  ));
  return (
    <ActionForm label={t("new")} className="grid grid-cols-4 gap-2 text-sm" onSubmit={(v) => props.post("measure", v)}>
      <label>
        <span className={ui.label}>{t("kind")}</span>
        <select name="kind" className={ui.input}>
          {STRATEGIC_MEASURE_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`kinds.${k}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="col-span-2">
        <span className={ui.label}>{t("title")}</span>
        <input name="title" className={ui.input} />
      </label>
      <label>
        <span className={ui.label}>{t("resource")}</span>
        <input name="resourceName" className={ui.input} placeholder="Läkare" />
      </label>
      <label>
        <span className={ui.label}>{t("hours")}</span>
        <input name="hours" inputMode="decimal" className={ui.input} />
      </label>
      <label>
        <span className={ui.label}>{t("from")}</span>
        <select name="fromBoardId" className={ui.input}>
          <option value="">–</option>
          {unitOptions}
        </select>
      </label>
      <label>
        <span className={ui.label}>{t("fromPeriod")}</span>
        <select name="fromPeriod" className={ui.input}>
          <option value="">–</option>
          {periodOptions}
        </select>
      </label>
      <label>
        <span className={ui.label}>{t("to")}</span>
        <select name="toBoardId" className={ui.input}>
          <option value="">–</option>
          {unitOptions}
        </select>
      </label>
      <label>
        <span className={ui.label}>{t("toPeriod")}</span>
        <select name="toPeriod" className={ui.input}>
          <option value="">{t("samePeriod")}</option>
          {periodOptions}
        </select>
      </label>
      <div className="col-span-3 flex items-end">
        <button type="submit" className={ui.buttonSecondary}>
          {t("propose")}
        </button>
      </div>
    </ActionForm>
  );
}
