"use client";

import { Trash2 } from "lucide-react";
import { useTranslations } from "next-intl";
import { memo } from "react";
import { useBoardRoom } from "@/components/board/board-room";
import { useRemoveWithUndo } from "@/components/board/use-remove-with-undo";
import { InlineNumber, InlineText } from "@/components/grid/inline-field";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { ui } from "@/components/ui/styles";
import { updatePlanningObject } from "@/lib/board/doc-model";
import type { PlanningObject } from "@/lib/engine";
import { type ObjectGrouping, objectLabel } from "./object-label";

const TEXT_FIELDS = ["service", "providerCategory", "contactType", "priority"] as const;

/** The planning objects, grouped, each field editable in place; removal asks once in words. */
export function ObjectList(props: {
  groups: { group: string; objects: PlanningObject[] }[];
  grouping: ObjectGrouping;
  selectedId: string | null;
  onSelect: (id: string) => void;
  /** Draw only this many rows (the first paint); the rest follow in a later render. */
  rowLimit?: number;
}) {
  const t = useTranslations("demand");
  let remaining = props.rowLimit ?? Number.POSITIVE_INFINITY;
  const shown = props.groups.flatMap((g) => {
    if (remaining <= 0) return [];
    const objects = remaining >= g.objects.length ? g.objects : g.objects.slice(0, remaining);
    remaining -= objects.length;
    return [{ group: g.group, objects }];
  });
  return (
    <div className="max-h-[28rem] overflow-auto rounded-lg border border-slate-200 bg-white [contain:content]">
      <table className="w-full text-sm">
        <caption className="sr-only">{t("objectsTitle")}</caption>
        <thead className="sticky top-0 z-10 bg-slate-50 text-left text-slate-700">
          <tr>
            {TEXT_FIELDS.map((field) => (
              <th key={field} scope="col" className="px-2 py-2 font-medium">
                {t(`fields.${field}`)}
              </th>
            ))}
            <th scope="col" className="px-2 py-2 text-right font-medium">
              {t("fields.growthPct")}
            </th>
            <th scope="col" className="px-2 py-2">
              <span className="sr-only">{t("actions")}</span>
            </th>
          </tr>
        </thead>
        {shown.map(({ group, objects }) => (
          <tbody key={group}>
            <tr className="border-t border-slate-200 bg-slate-50/60">
              <th
                scope="colgroup"
                colSpan={6}
                className="px-3 py-1.5 text-left text-xs font-semibold tracking-wide text-slate-600 uppercase"
              >
                {t(`groupHeading.${props.grouping}`, { group })}
              </th>
            </tr>
            {objects.map((object) => (
              <ObjectRow
                key={object.id}
                object={object}
                isSelected={object.id === props.selectedId}
                onSelect={props.onSelect}
              />
            ))}
          </tbody>
        ))}
      </table>
    </div>
  );
}

/** One planning object; memoised so moving the selection re-renders two rows, not all. */
const ObjectRow = memo(function ObjectRow({
  object,
  isSelected,
  onSelect,
}: {
  object: PlanningObject;
  isSelected: boolean;
  onSelect: (id: string) => void;
}) {
  const t = useTranslations("demand");
  const tUndo = useTranslations("undo");
  const room = useBoardRoom();
  const removeWithUndo = useRemoveWithUndo();
  const disabled = !room.canEdit;
  const label = objectLabel(object);
  return (
    <tr
      data-testid={`object-row-${object.id}`}
      aria-current={isSelected ? "true" : undefined}
      className={`border-t border-slate-100 ${isSelected ? "bg-accent-soft/50" : ""}`}
      onFocusCapture={() => onSelect(object.id)}
    >
      {TEXT_FIELDS.map((field) => (
        <td key={field} className="px-2 py-1">
          <InlineText
            label={`${t(`fields.${field}`)}, ${label}`}
            isLabelHidden
            value={object[field] ?? ""}
            required={field === "service"}
            disabled={disabled}
            onSave={(value) => updatePlanningObject(room.doc, object.id, { [field]: value || undefined }, room.origin)}
          />
        </td>
      ))}
      <td className="w-28 px-2 py-1">
        <InlineNumber
          label={`${t("fields.growthPct")}, ${label}`}
          isLabelHidden
          value={object.growthPct ?? 0}
          disabled={disabled}
          onSave={(value) => updatePlanningObject(room.doc, object.id, { growthPct: value ?? undefined }, room.origin)}
        />
      </td>
      <td className="px-2 py-1 whitespace-nowrap">
        <button
          type="button"
          className="rounded px-2 py-1.5 text-sm text-accent-strong underline-offset-2 hover:underline"
          onClick={() => onSelect(object.id)}
          aria-pressed={isSelected}
        >
          {t("details")}
          <span className="sr-only">: {label}</span>
        </button>
        {!disabled && (
          <ConfirmButton
            question={t("confirmRemove", { name: label })}
            description={tUndo("canUndo")}
            onConfirm={() => removeWithUndo("planningObject", object.id, label)}
            className={`${ui.buttonDanger} ml-1 border-transparent`}
            label={t("remove", { name: label })}
          >
            <Trash2 aria-hidden className="size-4" />
          </ConfirmButton>
        )}
      </td>
    </tr>
  );
});
