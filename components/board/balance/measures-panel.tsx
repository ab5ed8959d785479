"use client";

import { Pencil, Plus, Trash2 } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useRemoveWithUndo } from "@/components/board/use-remove-with-undo";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { ui } from "@/components/ui/styles";
import { setMeasureStatus } from "@/lib/board/doc-model";
import { leverKey } from "@/lib/board/measure-meta";
import { isMeasureCounted, type Measure, type MeasureStatus, type PksBoard } from "@/lib/engine";
import { formatNumber, formatWeekWithYear } from "@/lib/format";
import { planningObjectLabel } from "@/lib/import/validate";
import { useBoardRoom, usePresence } from "../board-room";
import { realizedStatusKey } from "./measure-basis";
import { MeasureForm } from "./measure-form";

const STATUS_STYLE: Record<MeasureStatus, string> = {
  proposed: "border-amber-300 bg-amber-50 text-amber-900",
  decided: "border-accent bg-accent-soft text-accent-strong",
  realized: "border-surplus bg-surplus-soft text-surplus",
};

function signed(value: number | undefined, unit: string): string {
  if (value === undefined) return `0 ${unit}`;
  return `${value > 0 ? "+" : ""}${formatNumber(value, 1).replace(/,0$/, "")} ${unit}`;
}

function Effect({ board, measure }: { board: PksBoard; measure: Measure }) {
  const t = useTranslations("balance.measures");
  if (measure.kind === "capacity") {
    const resource = board.resources.find((r) => r.id === measure.resourceId);
    return (
      <>
        <span className="tabular font-medium">{signed(measure.hoursPerWeek, t("hoursUnit"))}</span>
        <span className="block text-xs text-slate-600">{resource?.name}</span>
      </>
    );
  }
  const po = board.planningObjects.find((p) => p.id === measure.planningObjectId);
  return (
    <>
      <span className="tabular font-medium">
        {t("volume")} {signed(measure.volumePct, "%")} · {t("time")} {signed(measure.timePct, "%")}
      </span>
      <span className="block text-xs text-slate-600">{po ? planningObjectLabel(po) : ""}</span>
    </>
  );
}

function MeasureRow(props: { board: PksBoard; measure: Measure; canEdit: boolean; onEdit: () => void }) {
  const t = useTranslations("balance.measures");
  const tUndo = useTranslations("undo");
  const room = useBoardRoom();
  const removeWithUndo = useRemoveWithUndo();
  const { measure } = props;
  const counts = isMeasureCounted(measure, "plan");
  return (
    <tr className="border-t border-slate-100 align-top" data-testid={`measure-${measure.id}`}>
      <th scope="row" className="px-3 py-2 text-left font-medium text-slate-900">
        {measure.title}
        {measure.note && <span className="mt-0.5 block text-xs font-normal text-slate-600">{measure.note}</span>}
      </th>
      <td className="px-3 py-2">{t(`kind.${measure.kind}`)}</td>
      <td className="px-3 py-2">{measure.lever ? t(`levers.${leverKey(measure.lever)}`) : "–"}</td>
      <td className="px-3 py-2">
        <Effect board={props.board} measure={measure} />
      </td>
      <td className="whitespace-nowrap px-3 py-2 text-slate-700">
        {measure.from ? formatWeekWithYear(measure.from) : "…"} – {measure.to ? formatWeekWithYear(measure.to) : "…"}
      </td>
      <td className="px-3 py-2">{measure.owner ?? "–"}</td>
      <td className="px-3 py-2">
        <select
          aria-label={t("statusFor", { title: measure.title })}
          value={measure.status}
          disabled={!props.canEdit}
          onChange={(e) => setMeasureStatus(room.doc, measure.id, e.target.value as MeasureStatus, room.origin)}
          className={`min-h-9 rounded-md border px-2 text-sm font-semibold ${STATUS_STYLE[measure.status]}`}
          data-testid={`measure-status-${measure.id}`}
        >
          {(["proposed", "decided", "realized"] as const).map((s) => (
            <option key={s} value={s}>
              {t(s === "realized" ? realizedStatusKey(measure) : `status.${s}`)}
            </option>
          ))}
        </select>
        <span className="mt-1 block text-xs text-slate-600">
          {counts ? `✓ ${t("countsInPlan")}` : `○ ${t("scenarioOnly")}`}
        </span>
      </td>
      <td className="whitespace-nowrap px-3 py-2 text-right">
        {props.canEdit && (
          <span className="inline-flex gap-1">
            <button
              type="button"
              className="rounded p-2 hover:bg-slate-100"
              onClick={props.onEdit}
              aria-label={t("editNamed", { title: measure.title })}
            >
              <Pencil aria-hidden className="size-4" />
            </button>
            <ConfirmButton
              question={t("confirmRemove", { title: measure.title })}
              description={tUndo("canUndo")}
              onConfirm={() => removeWithUndo("measure", measure.id, measure.title)}
              className="rounded p-2 text-deficit hover:bg-deficit-soft"
              label={t("removeNamed", { title: measure.title })}
            >
              <Trash2 aria-hidden className="size-4" />
            </ConfirmButton>
          </span>
        )}
      </td>
    </tr>
  );
}

/** The balancing options (åtgärder): list, status förslag → beslutad → genomförd, add/edit/remove. */
export function MeasuresPanel({ board, weeks }: { board: PksBoard; weeks: readonly string[] }) {
  const t = useTranslations("balance.measures");
  const room = useBoardRoom();
  const presence = usePresence();
  const people = [...new Set(presence.map((p) => p.state.user.name))];
  const [editing, setEditing] = useState<string | "new" | null>(null);
  const measures = board.measures ?? [];
  const editingMeasure = measures.find((m) => m.id === editing) ?? null;
  return (
    <section aria-labelledby="measures-heading" className="space-y-3">
      <div className="flex flex-wrap items-end gap-3">
        <div className="flex-1">
          <h3 id="measures-heading" className="text-lg font-semibold text-slate-900">
            {t("title")}
          </h3>
          <p className="text-sm text-slate-600">{t("help")}</p>
        </div>
        {room.canEdit && editing === null && (
          <button type="button" className={ui.button} onClick={() => setEditing("new")}>
            <Plus aria-hidden className="size-4" />
            {t("add")}
          </button>
        )}
      </div>
      {editing !== null && (
        <MeasureForm
          key={editing}
          board={board}
          weeks={weeks}
          measure={editingMeasure}
          people={people}
          onDone={() => setEditing(null)}
        />
      )}
      {measures.length === 0 ? (
        <p className="rounded-md border border-dashed border-slate-300 bg-white p-4 text-sm text-slate-700">
          {t("empty")}
        </p>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="w-full text-sm" data-testid="measures-table">
            <thead className="bg-slate-50 text-left text-slate-700">
              <tr>
                <th scope="col" className="px-3 py-2">
                  {t("fields.title")}
                </th>
                <th scope="col" className="px-3 py-2">
                  {t("fields.kind")}
                </th>
                <th scope="col" className="px-3 py-2">
                  {t("fields.lever")}
                </th>
                <th scope="col" className="px-3 py-2">
                  {t("fields.effect")}
                </th>
                <th scope="col" className="px-3 py-2">
                  {t("fields.period")}
                </th>
                <th scope="col" className="px-3 py-2">
                  {t("fields.owner")}
                </th>
                <th scope="col" className="px-3 py-2">
                  {t("fields.status")}
                </th>
                <th scope="col" className="px-3 py-2">
                  <span className="sr-only">{t("actions")}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {measures.map((m) => (
                <MeasureRow
                  key={m.id}
                  board={board}
                  measure={m}
                  canEdit={room.canEdit}
                  onEdit={() => setEditing(m.id)}
                />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
