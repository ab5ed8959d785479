"use client";

import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { Legend } from "@/components/ui/legend";
import { ui } from "@/components/ui/styles";
import { planningObjectLabel } from "@/lib/import/validate";
import { NumberField } from "../balance/number-field";
import { useAnnounceSection, useBoardData, useBoardResult } from "../board-room";
import { DeviationTable } from "./deviation-table";
import { CapacityChart, followUpWindow, ObjectCharts } from "./followup-charts";
import { CapacityGrid, OutcomeGrid } from "./outcome-grids";
import { useDeviationThreshold } from "./use-threshold";

/** Uppföljning: outcomes per week, plan vs outcome, forecast vs inflow, waiting list and capacity. */
export function FollowUpSection() {
  const t = useTranslations("followup");
  const tl = useTranslations("legend");
  useAnnounceSection("followup");
  const board = useBoardData();
  const result = useBoardResult(board, "plan");
  const [threshold, setThreshold, canChangeThreshold] = useDeviationThreshold(board);
  const [poId, setPoId] = useState<string | null>(null);
  const [resourceId, setResourceId] = useState<string | null>(null);
  const poSelect = useId();
  const resourceSelect = useId();
  if (!board || !result) {
    return (
      <p role="status" className="text-sm text-slate-600">
        {t("loading")}
      </p>
    );
  }
  const withOutcomes = board.planningObjects.filter((p) => board.outcomes?.[p.id]);
  const selected = board.planningObjects.find((p) => p.id === poId) ?? withOutcomes[0] ?? board.planningObjects[0];
  const resource =
    board.resources.find((r) => r.id === resourceId) ??
    board.resources.find((r) => board.actualCapacity?.[r.id]) ??
    board.resources[0];
  const count = followUpWindow(board, result);
  return (
    <div className="space-y-8">
      <div className="flex flex-wrap items-end gap-4">
        <div className="min-w-0 flex-1">
          <h2 className={ui.h1}>{t("title")}</h2>
          <p className="mt-1 text-sm text-slate-600">{t("subtitle")}</p>
        </div>
        <NumberField
          label={t("threshold")}
          value={Math.round(threshold * 1000) / 10}
          min={0.1}
          max={100}
          suffix="%"
          className="w-40"
          testId="deviation-threshold"
          disabled={!canChangeThreshold}
          onCommit={(value) => value !== null && setThreshold(value / 100)}
        />
      </div>
      {board.planningObjects.length === 0 ? (
        <div className={ui.card}>
          <p className="text-slate-700">{t("empty")}</p>
        </div>
      ) : (
        <>
          <section aria-labelledby="outcome-grid-heading" className="space-y-2">
            <h3 id="outcome-grid-heading" className="text-lg font-semibold text-slate-900">
              {t("outcomeGrid")}
            </h3>
            <p className="text-sm text-slate-600">{t("outcomeGridHelp", { threshold: Math.round(threshold * 100) })}</p>
            <Legend
              items={[
                { meaning: "worse", label: tl("worse") },
                { meaning: "better", label: tl("better") },
                { pattern: "low", label: tl("lowWeek") },
              ]}
            />
            <OutcomeGrid board={board} result={result} threshold={threshold} />
          </section>
          <section aria-labelledby="object-heading" className="space-y-4">
            <div className="flex flex-wrap items-end gap-3">
              <h3 id="object-heading" className="flex-1 text-lg font-semibold text-slate-900">
                {t("objectTitle")}
              </h3>
              <label htmlFor={poSelect} className="text-sm text-slate-700">
                {t("object")}
              </label>
              <select
                id={poSelect}
                value={selected?.id}
                onChange={(e) => setPoId(e.target.value)}
                className="min-h-9 max-w-80 rounded-md border border-slate-300 bg-white px-2 text-sm"
              >
                {board.planningObjects.map((p) => (
                  <option key={p.id} value={p.id}>
                    {planningObjectLabel(p)}
                    {board.outcomes?.[p.id] ? " ●" : ""}
                  </option>
                ))}
              </select>
            </div>
            {selected && (
              <>
                <DeviationTable board={board} result={result} poId={selected.id} threshold={threshold} />
                <ObjectCharts board={board} result={result} poId={selected.id} count={count} />
              </>
            )}
          </section>
          {board.resources.length > 0 && (
            <section aria-labelledby="capacity-heading" className="space-y-4">
              <div className="flex flex-wrap items-end gap-3">
                <h3 id="capacity-heading" className="flex-1 text-lg font-semibold text-slate-900">
                  {t("capacityGrid")}
                </h3>
                <label htmlFor={resourceSelect} className="text-sm text-slate-700">
                  {t("resource")}
                </label>
                <select
                  id={resourceSelect}
                  value={resource?.id}
                  onChange={(e) => setResourceId(e.target.value)}
                  className="min-h-9 rounded-md border border-slate-300 bg-white px-2 text-sm"
                >
                  {board.resources.map((r) => (
                    <option key={r.id} value={r.id}>
                      {r.name}
                    </option>
                  ))}
                </select>
              </div>
              <CapacityGrid board={board} result={result} />
              {resource && <CapacityChart board={board} result={result} resourceId={resource.id} count={count} />}
            </section>
          )}
        </>
      )}
    </div>
  );
}
