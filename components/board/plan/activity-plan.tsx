"use client";

import { Plus, X } from "lucide-react";
import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { useViewState } from "@/components/meeting/view-state";
import { addActivityRow } from "@/lib/board/activity-rows";
import { addScheduleRow, removeScheduleRow, scheduleRowIds, updateScheduleRow } from "@/lib/board/doc-model";
import type { PksBoard, ScheduleRow } from "@/lib/engine";
import { planningObjectLabel } from "@/lib/import/validate";
import { NumberField } from "../balance/number-field";
import { useBoardRoom } from "../board-room";
import { ActivityRowCard, useActivityRows } from "./activity-row-card";

const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;
const SESSIONS = ["am", "pm"] as const;

function RowCard(props: { board: PksBoard; row: ScheduleRow; rowId: string; dayLabel: string; sessionLabel: string }) {
  const t = useTranslations("plan.activity");
  const room = useBoardRoom();
  const [isConfirming, setIsConfirming] = useState(false);
  const selectId = useId();
  const po = props.board.planningObjects.find((p) => p.id === props.row.planningObjectId);
  const where = `${props.dayLabel} ${props.sessionLabel}`;
  return (
    <li className="rounded-md border border-slate-200 bg-slate-50 p-2" data-testid="schedule-row">
      <label htmlFor={selectId} className="sr-only">
        {t("objectFor", { where })}
      </label>
      <select
        id={selectId}
        value={props.row.planningObjectId}
        disabled={!room.canEdit}
        onChange={(e) => updateScheduleRow(room.doc, props.rowId, { planningObjectId: e.target.value }, room.origin)}
        className="w-full rounded border border-slate-300 bg-white px-1 py-1 text-xs"
        title={po ? planningObjectLabel(po) : undefined}
      >
        {props.board.planningObjects.map((p) => (
          <option key={p.id} value={p.id}>
            {planningObjectLabel(p)}
          </option>
        ))}
      </select>
      <div className="mt-1 flex items-end gap-1">
        <NumberField
          label={t("slotsFor", { where, object: po ? planningObjectLabel(po) : "" })}
          hideLabel
          value={props.row.slots}
          min={0}
          decimals={1}
          suffix={t("slotsUnit")}
          disabled={!room.canEdit}
          className="flex-1"
          onCommit={(value) => updateScheduleRow(room.doc, props.rowId, { slots: value ?? 0 }, room.origin)}
        />
        {room.canEdit &&
          (isConfirming ? (
            <span className="flex gap-1 text-xs">
              <button
                type="button"
                className="rounded bg-deficit px-2 py-1 font-semibold text-white"
                onClick={() => removeScheduleRow(room.doc, props.rowId, room.origin)}
              >
                {t("remove")}
              </button>
              <button type="button" className="rounded px-1 py-1 underline" onClick={() => setIsConfirming(false)}>
                {t("keep")}
              </button>
            </span>
          ) : (
            <button
              type="button"
              className="rounded p-1.5 text-slate-600 hover:bg-deficit-soft hover:text-deficit"
              aria-label={t("removeRow", { where, object: po ? planningObjectLabel(po) : "" })}
              onClick={() => setIsConfirming(true)}
            >
              <X aria-hidden className="size-4" />
            </button>
          ))}
      </div>
    </li>
  );
}

/**
 * The activity plan (behovsmatris): for a room or team, weekday × fm/em → planning object and
 * slots per session. Rows are the board's schedule rows, edited in place.
 */
export function ActivityPlan({ board }: { board: PksBoard }) {
  const t = useTranslations("plan.activity");
  const tRows = useTranslations("activityRows");
  const room = useBoardRoom();
  const selectId = useId();
  const activities = useActivityRows(room.doc, board);
  const initial =
    board.resources.find((r) => (board.schedule ?? []).some((s) => s.resourceId === r.id))?.id ??
    board.resources[0]?.id ??
    "";
  const [resourceId, setResourceId] = useViewState("plan.resource", initial);
  const [showWeekend, setShowWeekend] = useState(() => (board.schedule ?? []).some((s) => s.weekday > 5));
  const rows = board.schedule ?? [];
  const ids = scheduleRowIds(room.doc);
  const days = WEEKDAYS.filter((d) => showWeekend || d <= 5);
  const resource = board.resources.find((r) => r.id === resourceId);
  const firstObject = board.planningObjects[0];
  return (
    <section aria-labelledby="activity-heading" className="space-y-3">
      <div className="flex flex-wrap items-end gap-4">
        <div className="min-w-0 flex-1">
          <h3 id="activity-heading" className="text-lg font-semibold text-slate-900">
            {t("title")}
          </h3>
          <p className="text-sm text-slate-600">{t("help")}</p>
        </div>
        <div className="flex items-center gap-2">
          <label htmlFor={selectId} className="text-sm text-slate-700">
            {t("resource")}
          </label>
          <select
            id={selectId}
            value={resourceId}
            onChange={(e) => setResourceId(e.target.value)}
            className="min-h-9 rounded-md border border-slate-300 bg-white px-2 text-sm"
          >
            {board.resources.map((r) => (
              <option key={r.id} value={r.id}>
                {r.name} ({rows.filter((s) => s.resourceId === r.id).length})
              </option>
            ))}
          </select>
        </div>
        <label className="flex items-center gap-2 text-sm text-slate-700">
          <input
            type="checkbox"
            className="size-4"
            checked={showWeekend}
            onChange={(e) => setShowWeekend(e.target.checked)}
          />
          {t("weekend")}
        </label>
      </div>
      {!resource || !firstObject ? (
        <p className="rounded-md border border-dashed border-slate-300 bg-white p-4 text-sm text-slate-700">
          {t("empty")}
        </p>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="w-full table-fixed text-sm" data-testid="activity-plan">
            <caption className="sr-only">{t("caption", { resource: resource.name })}</caption>
            <thead className="bg-slate-50 text-slate-700">
              <tr>
                <th scope="col" className="w-16 px-2 py-2">
                  <span className="sr-only">{t("session")}</span>
                </th>
                {days.map((d) => (
                  <th key={d} scope="col" className="min-w-40 px-2 py-2 text-left">
                    {t(`days.${d}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {SESSIONS.map((session) => (
                <tr key={session} className="border-t border-slate-200 align-top">
                  <th scope="row" className="px-2 py-2 text-left font-semibold text-slate-700">
                    {t(`sessions.${session}`)}
                  </th>
                  {days.map((d) => {
                    const cell = rows
                      .map((row, i) => ({ row, id: ids[i] }))
                      .filter(
                        ({ row }) => row.resourceId === resource.id && row.weekday === d && row.session === session,
                      );
                    const dayLabel = t(`days.${d}`);
                    const sessionLabel = t(`sessions.${session}`);
                    return (
                      <td key={d} className="border-l border-slate-100 px-2 py-2" data-testid={`cell-${d}-${session}`}>
                        <ul className="space-y-2">
                          {cell.map(({ row, id }) => (
                            <RowCard
                              key={id}
                              board={board}
                              row={row}
                              rowId={id}
                              dayLabel={dayLabel}
                              sessionLabel={sessionLabel}
                            />
                          ))}
                          {activities
                            .filter((a) => a.resourceId === resource.id && a.weekday === d && a.session === session)
                            .map((a) => (
                              <ActivityRowCard key={a.id} board={board} row={a} where={`${dayLabel} ${sessionLabel}`} />
                            ))}
                        </ul>
                        {room.canEdit && (
                          <button
                            type="button"
                            className="mt-2 inline-flex items-center gap-1 rounded px-2 py-1 text-xs font-medium text-accent hover:bg-accent-soft"
                            aria-label={t("addFor", { where: `${dayLabel} ${sessionLabel}` })}
                            onClick={() =>
                              addScheduleRow(
                                room.doc,
                                {
                                  resourceId: resource.id,
                                  weekday: d,
                                  session,
                                  planningObjectId: firstObject.id,
                                  slots: 1,
                                },
                                room.origin,
                              )
                            }
                          >
                            <Plus aria-hidden className="size-3.5" />
                            {t("add")}
                          </button>
                        )}
                        {room.canEdit && (
                          <button
                            type="button"
                            className="mt-1 inline-flex items-center gap-1 rounded px-2 py-1 text-xs font-medium text-slate-700 hover:bg-slate-100"
                            aria-label={tRows("addOtherFor", { where: `${dayLabel} ${sessionLabel}` })}
                            onClick={() =>
                              addActivityRow(
                                room.doc,
                                {
                                  resourceId: resource.id,
                                  weekday: d,
                                  session,
                                  type: "meeting",
                                  hours: 1,
                                  persons: resource.count,
                                },
                                room.origin,
                              )
                            }
                          >
                            <Plus aria-hidden className="size-3.5" />
                            {tRows("addOther")}
                          </button>
                        )}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
