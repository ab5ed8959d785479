"use client";

import { useTranslations } from "next-intl";
import { useId, useMemo, useState } from "react";
import { WeekLineChart, type WeekSeries } from "@/components/charts/week-line-chart";
import type { PksBoard, PksResult } from "@/lib/engine";
import { planningObjectLabel } from "@/lib/import/validate";

/**
 * The waiting-list path of a planning object with a waiting goal: the plan as a solid line, the
 * scenario (every proposed measure counted) dashed, and the goal.
 */
export function WaitingChart(props: { board: PksBoard; plan: PksResult; scenario: PksResult | null }) {
  const t = useTranslations("balance.waiting");
  const selectId = useId();
  const objects = props.board.planningObjects.filter((p) => p.waitingList);
  const [selected, setSelected] = useState(objects[0]?.id ?? "");
  const po = objects.find((p) => p.id === selected) ?? objects[0];
  const series = useMemo(() => {
    if (!po?.waitingList) return [];
    const list: WeekSeries[] = [
      { key: "plan", label: t("plan"), values: props.plan.planningObjects[po.id]?.waiting ?? [], tone: "plan" },
    ];
    const sc = props.scenario?.planningObjects[po.id];
    if (sc) list.push({ key: "scenario", label: t("scenario"), values: sc.waiting, tone: "scenario" });
    list.push({
      key: "target",
      label: t("target"),
      values: props.plan.weeks.map(() => po.waitingList?.target ?? null),
      tone: "surplus",
      dash: "2 4",
      marker: "none",
    });
    return list;
  }, [po, props.plan, props.scenario, t]);
  if (!po) return <p className="text-sm text-slate-600">{t("none")}</p>;
  return (
    <WeekLineChart
      title={t("title", { object: planningObjectLabel(po) })}
      description={props.scenario ? t("descriptionScenario") : t("description")}
      weeks={props.plan.weeks}
      series={series}
      unit={t("unit")}
      actions={
        objects.length > 1 ? (
          <div className="flex items-center gap-2">
            <label htmlFor={selectId} className="text-sm text-slate-700">
              {t("object")}
            </label>
            <select
              id={selectId}
              value={po.id}
              onChange={(e) => setSelected(e.target.value)}
              className="min-h-9 max-w-56 rounded-md border border-slate-300 bg-white px-2 text-sm"
            >
              {objects.map((p) => (
                <option key={p.id} value={p.id}>
                  {planningObjectLabel(p)}
                </option>
              ))}
            </select>
          </div>
        ) : undefined
      }
    />
  );
}
