"use client";

import { Plus, Trash2 } from "lucide-react";
import { useTranslations } from "next-intl";
import { useBoardRoom } from "@/components/board/board-room";
import { InlineNumber, WeekSelect } from "@/components/grid/inline-field";
import { ui } from "@/components/ui/styles";
import {
  addAdjustment,
  adjustmentIds,
  removeAdjustment,
  setCells,
  setWaitingList,
  updateAdjustment,
  updatePlanningObject,
} from "@/lib/board/doc-model";
import { compareWeeks, type PksResult, type PlanningObject } from "@/lib/engine";
import { RankField, WaitTimeFields } from "./object-v2-fields";

/** Growth, annual volume, adjustments and the waiting-list goal of one planning object. */
export function ObjectDetails(props: {
  object: PlanningObject;
  label: string;
  weeks: readonly { key: string; label: string }[];
  result: PksResult;
}) {
  const t = useTranslations("demand");
  const room = useBoardRoom();
  const { object } = props;
  const disabled = !room.canEdit;
  const ids = adjustmentIds(room.doc, object.id);
  const adjustments = object.adjustments ?? [];
  const waiting = object.waitingList;
  const firstWeek = props.weeks[0]?.key;
  const lastWeek = props.weeks[props.weeks.length - 1]?.key;

  const setAdjustmentWeek = (id: string, field: "from" | "to", value: string | undefined, other?: string) => {
    // from after to is invalid input for the engine: refuse it here, in place.
    if (value && other && (field === "from" ? compareWeeks(value, other) > 0 : compareWeeks(other, value) > 0)) {
      window.alert(t("adjustments.order"));
      return;
    }
    updateAdjustment(room.doc, object.id, id, { [field]: value }, room.origin);
  };

  return (
    <section aria-labelledby="po-details-title" className={`${ui.card} space-y-5`}>
      <h3 id="po-details-title" className={ui.h2}>
        {t("detailsTitle", { name: props.label })}
      </h3>
      <div className="grid gap-4 sm:grid-cols-3">
        <InlineNumber
          label={t("fields.growthPct")}
          unit="%"
          value={object.growthPct ?? 0}
          disabled={disabled}
          onSave={(value) => updatePlanningObject(room.doc, object.id, { growthPct: value ?? undefined }, room.origin)}
        />
        <InlineNumber
          label={t("fields.annualVolume")}
          unit={t("units.perYear")}
          value={object.annualVolume ?? null}
          range={{ min: 0 }}
          disabled={disabled}
          onSave={(value) =>
            updatePlanningObject(room.doc, object.id, { annualVolume: value ?? undefined }, room.origin)
          }
        />
      </div>
      <p className="text-sm text-slate-600">{t("annualVolumeHelp")}</p>
      <RankField object={object} />

      <div>
        <h4 className="font-semibold text-slate-900">{t("adjustments.title")}</h4>
        <p className="text-sm text-slate-600">{t("adjustments.help")}</p>
        {adjustments.length > 0 && (
          <table className="mt-2 w-full max-w-2xl text-sm">
            <thead className="text-left text-slate-700">
              <tr>
                <th scope="col" className="py-1 pr-2 font-medium">
                  {t("adjustments.from")}
                </th>
                <th scope="col" className="py-1 pr-2 font-medium">
                  {t("adjustments.to")}
                </th>
                <th scope="col" className="py-1 pr-2 text-right font-medium">
                  {t("adjustments.perWeek")}
                </th>
                <th scope="col">
                  <span className="sr-only">{t("actions")}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {adjustments.map((adjustment, i) => {
                const id = ids[i];
                if (!id) return null;
                return (
                  <tr key={id}>
                    <td className="py-1 pr-2">
                      <WeekSelect
                        label={t("adjustments.from")}
                        isLabelHidden
                        value={adjustment.from}
                        weeks={props.weeks}
                        emptyLabel={t("adjustments.open")}
                        disabled={disabled}
                        onSave={(v) => setAdjustmentWeek(id, "from", v, adjustment.to)}
                      />
                    </td>
                    <td className="py-1 pr-2">
                      <WeekSelect
                        label={t("adjustments.to")}
                        isLabelHidden
                        value={adjustment.to}
                        weeks={props.weeks}
                        emptyLabel={t("adjustments.open")}
                        disabled={disabled}
                        onSave={(v) => setAdjustmentWeek(id, "to", v, adjustment.from)}
                      />
                    </td>
                    <td className="w-36 py-1 pr-2">
                      <InlineNumber
                        label={t("adjustments.perWeek")}
                        isLabelHidden
                        value={adjustment.perWeek}
                        required
                        disabled={disabled}
                        onSave={(v) => updateAdjustment(room.doc, object.id, id, { perWeek: v ?? 0 }, room.origin)}
                      />
                    </td>
                    <td className="py-1">
                      {!disabled && (
                        <button
                          type="button"
                          className={`${ui.buttonDanger} border-transparent`}
                          aria-label={t("adjustments.remove")}
                          title={t("adjustments.remove")}
                          onClick={() => removeAdjustment(room.doc, object.id, id, room.origin)}
                        >
                          <Trash2 aria-hidden className="size-4" />
                        </button>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
        {!disabled && (
          <button
            type="button"
            className={`${ui.buttonSecondary} mt-2`}
            onClick={() =>
              addAdjustment(room.doc, object.id, { from: firstWeek, to: lastWeek, perWeek: 0 }, room.origin)
            }
          >
            <Plus aria-hidden className="size-4" />
            {t("adjustments.add")}
          </button>
        )}
      </div>

      <div>
        <h4 className="font-semibold text-slate-900">{t("waiting.title")}</h4>
        <p className="text-sm text-slate-600">{t("waiting.help")}</p>
        {waiting ? (
          <div className="mt-2 grid max-w-2xl gap-4 sm:grid-cols-3">
            {(["current", "target"] as const).map((field) => (
              <InlineNumber
                key={field}
                label={t(`waiting.${field}`)}
                unit={t("units.patients")}
                value={waiting[field]}
                range={{ min: 0 }}
                required
                disabled={disabled}
                onSave={(value) =>
                  setCells(
                    room.doc,
                    [{ kind: "waitingList", planningObjectId: object.id, field, value: value ?? 0 }],
                    room.origin,
                  )
                }
              />
            ))}
            <WeekSelect
              label={t("waiting.targetWeek")}
              value={waiting.targetWeek}
              weeks={props.weeks}
              emptyLabel={t("waiting.endOfHorizon")}
              disabled={disabled}
              onSave={(value) =>
                setCells(
                  room.doc,
                  [{ kind: "waitingList", planningObjectId: object.id, field: "targetWeek", value: value ?? null }],
                  room.origin,
                )
              }
            />
          </div>
        ) : null}
        {waiting && <WaitTimeFields object={object} result={props.result} />}
        {!disabled && (
          <button
            type="button"
            className={`${ui.buttonSecondary} mt-2`}
            onClick={() => setWaitingList(room.doc, object.id, waiting ? null : { current: 0, target: 0 }, room.origin)}
          >
            {waiting ? t("waiting.remove") : t("waiting.add")}
          </button>
        )}
      </div>
    </section>
  );
}
