import type { CellEdit } from "@/lib/board/doc-model";
import type { PeriodKind } from "@/lib/engine";
import type { CellFormat, CellRangeRule } from "@/lib/grid/codec";

/** A data row of the grid (a planning object, a resource …). */
export interface GridRow {
  /** Stable id (presence, highlights): the entity id. */
  key: string;
  label: string;
  /** Second line under the label, e.g. "Läkare · besök · P60". */
  detail?: string;
}

/** A data column (a week, a resource …). */
export interface GridColumn {
  /** Stable id: an ISO week "2027-W12" for week grids, else any id. */
  key: string;
  label: string;
  /** Longer text for hover and screen readers ("v. 12 2027 — lågproduktionsvecka"). */
  title?: string;
  /** Width in px (default: the grid's columnWidth). */
  width?: number;
  /** Tinted background, e.g. low-production weeks. */
  isMuted?: boolean;
}

/** What a cell may look like beyond its number. */
export type CellTone = "deficit" | "surplus" | "worse" | "better" | "muted" | null;

/** Weeks or a read-only roll-up to months, quarters or years. */
export type GridPeriod = "week" | PeriodKind;

export interface WeekGridProps {
  /** Table name for presence and DOM ids, unique on the page ("history", "availability"). */
  id: string;
  /** Accessible name of the grid. */
  label: string;
  /** Header of the first column ("Planeringsobjekt"). */
  rowHeader: string;
  rows: readonly GridRow[];
  columns: readonly GridColumn[];
  /**
   * The stored value of a cell (row and column index into `rows`/`columns`). Memoise it on the
   * data (useCallback) — the grid caches roll-ups per identity of this function.
   */
  getValue: (row: number, col: number) => number | null;
  /** Display and entry format (percent shares, decimals). */
  format?: CellFormat;
  /** Allowed stored values; out-of-range entries are rejected in place. */
  range?: CellRangeRule;
  /** Extra check of a parsed value (stored units); return a message to reject it. */
  validate?: (value: number, row: number, col: number) => string | null;
  /** The edit that stores `value` (null = clear) in a cell. Absent: the grid is read-only. */
  toEdit?: (row: number, col: number, value: number | null) => CellEdit | null;
  /** Whether a cell may be edited (default: every cell when `toEdit` is given). */
  isEditable?: (row: number, col: number) => boolean;
  /** Why a read-only cell can't be typed into, and what to do instead (default "Den här cellen kan inte ändras"). */
  readOnlyHint?: string;
  /** Grey text shown in an empty cell (e.g. the calendar default "50 %"). */
  placeholder?: (row: number, col: number) => string | null;
  cellTone?: (row: number, col: number) => CellTone;
  /** "week" (default) or a read-only roll-up; then `columns` must be ISO weeks. */
  period?: GridPeriod;
  /** How a roll-up combines weeks (default "sum"; "mean" for shares). */
  periodAggregate?: "sum" | "mean";
  /** Height of the scroll area in px (default: fits the rows, at most `maxHeight`). */
  height?: number;
  maxHeight?: number;
  rowHeaderWidth?: number;
  columnWidth?: number;
  /** Told when the active cell moves (e.g. to pick the object shown in a chart). */
  onActiveCellChange?: (row: number, col: number) => void;
  /** Extra class names of the outer frame. */
  className?: string;
}
