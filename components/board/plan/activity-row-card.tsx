"use client";

import { X } from "lucide-react";
import { useTranslations } from "next-intl";
import { useEffect, useId, useMemo, useState } from "react";
import type * as Y from "yjs";
import {
  ACTIVITIES_MAP,
  ACTIVITY_TYPES,
  type ActivityRowWithId,
  type ActivityType,
  readActivityRows,
  removeActivityRow,
  updateActivityRow,
} from "@/lib/board/activity-rows";
import type { PksBoard } from "@/lib/engine";
import { NumberField } from "../balance/number-field";
import { useBoardRoom } from "../board-room";

/** The activity plan's non-patient rows, re-read whenever they (or the board) change. */
export function useActivityRows(doc: Y.Doc, board: PksBoard | null): ActivityRowWithId[] {
  const [version, setVersion] = useState(0);
  useEffect(() => {
    const map = doc.getMap(ACTIVITIES_MAP);
    const bump = () => setVersion((v) => v + 1);
    map.observeDeep(bump);
    return () => map.unobserveDeep(bump);
  }, [doc]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: version marks a change inside the map
  return useMemo(() => (board ? readActivityRows(doc, board) : []), [doc, board, version]);
}

/** A non-patient row in a cell of the activity plan: type, hours per person, persons; on-call rows also an acute object and slots. */
export function ActivityRowCard(props: { board: PksBoard; row: ActivityRowWithId; where: string }) {
  const t = useTranslations("activityRows");
  const room = useBoardRoom();
  const typeId = useId();
  const objectId = useId();
  const { row, where } = props;
  const acute = props.board.planningObjects.filter((p) => p.acute);
  const typeLabel = t(`types.${row.type}`);
  const update = (patch: Parameters<typeof updateActivityRow>[2]) =>
    updateActivityRow(room.doc, row.id, patch, room.origin);
  return (
    <li
      className="rounded-md border border-dashed border-slate-400 bg-white p-2"
      data-testid="activity-row"
      data-type={row.type}
    >
      <div className="flex items-center gap-1">
        <label htmlFor={typeId} className="sr-only">
          {t("type", { where })}
        </label>
        <select
          id={typeId}
          value={row.type}
          disabled={!room.canEdit}
          onChange={(e) => update({ type: e.target.value as ActivityType })}
          className="min-w-0 flex-1 rounded border border-slate-300 bg-slate-100 px-1 py-1 text-xs font-semibold"
        >
          {ACTIVITY_TYPES.map((type) => (
            <option key={type} value={type}>
              {t(`types.${type}`)}
            </option>
          ))}
        </select>
        {room.canEdit && (
          <button
            type="button"
            className="rounded p-1 text-slate-600 hover:bg-deficit-soft hover:text-deficit"
            aria-label={t("remove", { type: typeLabel, where })}
            onClick={() => removeActivityRow(room.doc, row.id, room.origin)}
          >
            <X aria-hidden className="size-4" />
          </button>
        )}
      </div>
      <div className="mt-1 flex gap-1">
        <NumberField
          label={t("hours", { where })}
          hideLabel
          value={row.hours}
          min={0}
          max={24}
          decimals={1}
          suffix={t("hoursUnit")}
          disabled={!room.canEdit}
          className="flex-1"
          onCommit={(value) => update({ hours: value ?? 0 })}
        />
        <NumberField
          label={t("persons", { where })}
          hideLabel
          value={row.persons}
          min={0}
          decimals={0}
          suffix={t("personsUnit")}
          disabled={!room.canEdit}
          className="flex-1"
          onCommit={(value) => update({ persons: value ?? 0 })}
        />
      </div>
      {row.type === "on-call" && (
        <div className="mt-1 space-y-1">
          <label htmlFor={objectId} className="sr-only">
            {t("acuteObject", { where })}
          </label>
          <select
            id={objectId}
            value={row.planningObjectId ?? ""}
            disabled={!room.canEdit}
            onChange={(e) => update({ planningObjectId: e.target.value || undefined })}
            className="w-full rounded border border-slate-300 bg-white px-1 py-1 text-xs"
          >
            <option value="">{t("noObject")}</option>
            {acute.map((p) => (
              <option key={p.id} value={p.id}>
                {p.service}
              </option>
            ))}
          </select>
          <NumberField
            label={t("slots", { where })}
            hideLabel
            value={row.slots ?? 0}
            min={0}
            decimals={0}
            suffix={t("slotsUnit")}
            disabled={!room.canEdit}
            onCommit={(value) => update({ slots: value ?? 0 })}
          />
        </div>
      )}
    </li>
  );
}
