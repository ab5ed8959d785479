"use client";

import { useTranslations } from "next-intl";
import type { CellEdit } from "@/lib/board/doc-model";
import type { PksBoard } from "@/lib/engine";
import { formatNumber, formatWeekWithYear } from "@/lib/format";
import type { Overwrite } from "@/lib/import/overwrites";
import { planningObjectLabel } from "@/lib/import/validate";

const SHOWN = 12;

/** Where an edit lands, in the board's words: "Nybesök · Läkare · besök · P60, v. 5 2026". */
export function describeEditTarget(board: PksBoard, edit: CellEdit): string {
  const object =
    "planningObjectId" in edit ? board.planningObjects.find((p) => p.id === edit.planningObjectId) : undefined;
  const resource = "resourceId" in edit ? board.resources.find((r) => r.id === edit.resourceId) : undefined;
  const name = object ? planningObjectLabel(object) : (resource?.name ?? "");
  const week = "week" in edit ? `, ${formatWeekWithYear(edit.week)}` : "";
  const field = "field" in edit ? ` (${edit.field})` : "";
  return `${name}${week}${field}`;
}

function show(value: number | string, edit: CellEdit): string {
  if (typeof value !== "number") return value;
  return edit.kind === "availability" ? `${formatNumber(value * 100)} %` : formatNumber(value, value % 1 ? 1 : 0);
}

/** Before importing: which existing values the import replaces, old → new. */
export function OverwritePreview({ board, overwrites }: { board: PksBoard; overwrites: readonly Overwrite[] }) {
  const t = useTranslations("importUndo");
  if (overwrites.length === 0)
    return (
      <p className="text-sm text-slate-700" data-testid="import-overwrites">
        {t("noOverwrites")}
      </p>
    );
  return (
    <div className="space-y-2" data-testid="import-overwrites">
      <p className="text-sm font-semibold text-slate-900">{t("overwrites", { count: overwrites.length })}</p>
      <ul className="space-y-0.5 text-sm text-slate-800">
        {overwrites.slice(0, SHOWN).map((o) => (
          <li key={describeEditTarget(board, o.edit)} className="tabular">
            {describeEditTarget(board, o.edit)}:{" "}
            <span className="line-through decoration-slate-500">{show(o.old, o.edit)}</span> <span aria-hidden>→</span>
            <span className="sr-only">{t("becomes")}</span> <strong>{show(o.new, o.edit)}</strong>
          </li>
        ))}
      </ul>
      {overwrites.length > SHOWN && (
        <p className="text-sm text-slate-600">{t("more", { count: overwrites.length - SHOWN })}</p>
      )}
    </div>
  );
}
