"use client";

import { Plus, Upload } from "lucide-react";
import { useTranslations } from "next-intl";
import { startTransition, useCallback, useMemo, useState } from "react";
import { useAnnounceSection, useBoardData, useBoardResult, useBoardRoom } from "@/components/board/board-room";
import type { GridRow } from "@/components/grid/grid-types";
import { ui } from "@/components/ui/styles";
import { weekRange } from "@/lib/engine";
import { formatWeekWithYear } from "@/lib/format";
import { AllocationPanel } from "./allocation-panel";
import { ForecastChart, ForecastGrid } from "./forecast-view";
import { HistoryGrid } from "./history-grid";
import { ObjectDetails } from "./object-details";
import { ObjectForm } from "./object-form";
import { groupObjects, type ObjectGrouping, objectDetail, objectLabel } from "./object-label";
import { ObjectList } from "./object-list";
import { useAfterFirstPaint } from "./use-after-first-paint";

/** Object-list rows drawn before the first paint (the list box shows about a dozen). */
const FIRST_PAINT_ROWS = 24;

/** Behov: planning objects, their history, growth, adjustments and waiting-list goals, and the forecast. */
export function DemandSection({ importHref }: { importHref?: string }) {
  const t = useTranslations("demand");
  useAnnounceSection("demand");
  const room = useBoardRoom();
  const board = useBoardData();
  const result = useBoardResult(board);
  const [grouping, setGrouping] = useState<ObjectGrouping>("service");
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [isAdding, setAdding] = useState(false);

  const groups = useMemo(
    () => groupObjects(board?.planningObjects ?? [], grouping, t("noGroup")),
    [board?.planningObjects, grouping, t],
  );
  const ordered = useMemo(() => groups.flatMap((g) => g.objects), [groups]);
  const rows: GridRow[] = useMemo(
    () =>
      ordered.map((o) => ({
        key: o.id,
        label: objectLabel(o),
        detail: [objectDetail(o), grouping === "providerCategory" ? o.service : null].filter(Boolean).join(" · "),
      })),
    [ordered, grouping],
  );
  const lowProduction = useMemo(() => new Set(board?.calendar?.lowProductionWeeks ?? []), [board?.calendar]);
  const horizonWeeks = useMemo(
    () =>
      board
        ? weekRange(board.horizon.start, board.horizon.weeks).map((key) => ({
            key,
            label: formatWeekWithYear(key),
          }))
        : [],
    [board],
  );
  // The chart and details follow the grid's active row at low priority, so arrow keys stay instant.
  const select = useCallback((id: string | undefined) => {
    if (id) startTransition(() => setSelectedId(id));
  }, []);
  // The history grid first; the rest of the list, the details, the forecast grid and the chart
  // (below it or out of view) in a low-priority render after the first paint.
  const isComplete = useAfterFirstPaint(!!board && !!result);

  if (!board || !result) {
    return (
      <p role="status" className="text-sm text-slate-600">
        {t("loading")}
      </p>
    );
  }
  const selected = ordered.find((o) => o.id === selectedId) ?? ordered[0];
  const isEmpty = ordered.length === 0;

  return (
    <div className="space-y-8">
      <div className="flex flex-wrap items-end gap-3">
        <div className="min-w-0 flex-1">
          <h2 className={ui.h1}>{t("title")}</h2>
          <p className="mt-1 text-sm text-slate-600">{t("subtitle")}</p>
        </div>
        {!isEmpty && room.canEdit && !isAdding && (
          <button type="button" className={ui.button} onClick={() => setAdding(true)}>
            <Plus aria-hidden className="size-4" />
            {t("add")}
          </button>
        )}
      </div>

      {isEmpty && !isAdding && (
        <div className={`${ui.card} space-y-3`} data-testid="demand-empty">
          <p className="text-slate-800">{t("empty")}</p>
          <div className="flex flex-wrap gap-3">
            {importHref && room.canEdit && (
              <a href={importHref} className={ui.buttonSecondary}>
                <Upload aria-hidden className="size-4" />
                {t("import")}
              </a>
            )}
            {room.canEdit && (
              <button type="button" className={ui.button} onClick={() => setAdding(true)}>
                <Plus aria-hidden className="size-4" />
                {t("add")}
              </button>
            )}
          </div>
        </div>
      )}

      {isAdding && (
        <ObjectForm
          objects={board.planningObjects}
          onAdded={(id) => {
            setSelectedId(id);
            setAdding(false);
          }}
          onCancel={() => setAdding(false)}
        />
      )}

      {!isEmpty && (
        <>
          <section aria-labelledby="objects-title" className="space-y-3">
            <div className="flex flex-wrap items-end gap-3">
              <h3 id="objects-title" className={`${ui.h2} flex-1`}>
                {t("objectsTitle")} <span className="font-normal text-slate-600">({ordered.length})</span>
              </h3>
              <fieldset className="inline-flex items-center gap-2 text-sm">
                <legend className="sr-only">{t("groupBy")}</legend>
                <span aria-hidden className="text-slate-700">
                  {t("groupBy")}:
                </span>
                <div className="inline-flex rounded-md border border-slate-300 bg-white p-0.5">
                  {(["service", "providerCategory"] as const).map((g) => (
                    <label
                      key={g}
                      className={`cursor-pointer rounded px-3 py-1.5 has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-accent ${grouping === g ? "bg-accent text-white" : "text-slate-700 hover:bg-slate-100"}`}
                    >
                      <input
                        type="radio"
                        name="object-grouping"
                        className="sr-only"
                        checked={grouping === g}
                        onChange={() => setGrouping(g)}
                      />
                      {t(`fields.${g}`)}
                    </label>
                  ))}
                </div>
              </fieldset>
            </div>
            <ObjectList
              groups={groups}
              grouping={grouping}
              selectedId={selected?.id ?? null}
              onSelect={select}
              rowLimit={isComplete ? undefined : FIRST_PAINT_ROWS}
            />
          </section>

          {selected && isComplete && (
            <ObjectDetails object={selected} label={objectLabel(selected)} weeks={horizonWeeks} result={result} />
          )}

          {isComplete && <AllocationPanel board={board} result={result} />}

          <HistoryGrid objects={ordered} rows={rows} horizonStart={board.horizon.start} onSelect={select} />

          {isComplete && (
            <ForecastGrid
              objects={ordered}
              rows={rows}
              result={result}
              lowProduction={lowProduction}
              onSelect={select}
            />
          )}

          {selected && isComplete && <ForecastChart object={selected} label={objectLabel(selected)} result={result} />}
        </>
      )}
    </div>
  );
}
