"use client";

import { useTranslations } from "next-intl";
import type { CellEdit } from "@/lib/board/doc-model";
import { formatNumber } from "@/lib/format";
import { findOutlier, neighbourValues } from "@/lib/grid/outlier";
import type { GridColumn, GridRow } from "./grid-types";

interface OutlierCheckInput {
  rows: readonly GridRow[];
  columns: readonly GridColumn[];
  getValue: (row: number, col: number) => number | null;
  /** Shares (percent) and roll-ups are not checked. */
  isEnabled: boolean;
}

/**
 * The question to ask before storing cell edits whose values lie far outside their row's weeks
 * (null when none does): one sentence for one cell, the cell named when there are several.
 */
export function useOutlierCheck(input: OutlierCheckInput) {
  const t = useTranslations("outlier");
  return (cells: readonly { row: number; col: number; edit: CellEdit }[]): string | null => {
    if (!input.isEnabled) return null;
    const found: string[] = [];
    for (const { row, col, edit } of cells) {
      if (typeof edit.value !== "number") continue;
      const line = input.columns.map((_, c) => input.getValue(row, c));
      const outlier = findOutlier(edit.value, neighbourValues(line, col));
      if (!outlier) continue;
      const text = t(outlier.direction, { ratio: formatNumber(outlier.ratio) });
      found.push(
        cells.length === 1
          ? text
          : t("where", { where: `${input.rows[row]?.label}, ${input.columns[col]?.label}`, text }),
      );
    }
    if (found.length === 0) return null;
    return found.slice(0, 3).join(" ");
  };
}
