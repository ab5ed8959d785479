"use client";

import { useTranslations } from "next-intl";
import { useCallback } from "react";
import { useBoardRoom } from "@/components/board/board-room";
import { type CellEdit, setCells } from "@/lib/board/doc-model";
import { editText, type ParsedCell, parseCell } from "@/lib/grid/codec";
import { type CellPos, type CellRange, moveBy, planFillDown, planPaste } from "@/lib/grid/selection";
import { formatTsv, parseTsv } from "@/lib/grid/tsv";
import type { GridColumn, WeekGridProps } from "./grid-types";
import type { OutlierQuestion } from "./outlier-dialog";
import { useBoardUndo } from "./use-board-undo";
import { useOutlierCheck } from "./use-outlier-check";

/** A cell being edited. */
export interface Editing {
  text: string;
  /** "enter": started by typing, arrows commit and move (as in Excel); "edit": F2/Enter, arrows move the caret. */
  mode: "enter" | "edit";
}

/** A message next to a cell: an error explaining a refusal, or a short confirmation. */
export interface GridMessageState {
  pos: CellPos;
  text: string;
  kind: "error" | "info";
}

export interface GridCommandState {
  props: WeekGridProps;
  view: { columns: readonly GridColumn[]; getValue: (row: number, col: number) => number | null; isRollUp: boolean };
  safeActive: CellPos;
  selection: CellRange;
  editing: Editing | null;
  editingRef: React.RefObject<Editing | null>;
  setEditing: (next: Editing | null | ((old: Editing | null) => Editing | null)) => void;
  setMessage: (message: GridMessageState | null) => void;
  setActive: (pos: CellPos) => void;
  setAnchor: (pos: CellPos) => void;
  inputRef: React.RefObject<HTMLInputElement | null>;
  scrollRef: React.RefObject<HTMLDivElement | null>;
  scrollToCell: (pos: CellPos) => void;
  rowHeight: number;
  headerHeight: number;
  /** Asks before absurd values are stored (the grid's OutlierDialog). */
  ask: (question: OutlierQuestion) => void;
}

/**
 * The grid's commands — editing, validation, clipboard, fill-down, clearing, undo — and its
 * keyboard model. Every write is one `setCells` call with this tab's origin (one undo step).
 */
export function useGridCommands(state: GridCommandState) {
  const t = useTranslations("grid");
  const room = useBoardRoom();
  const undo = useBoardUndo();
  const { props, view, safeActive, selection, editing, editingRef, setEditing, setMessage, setActive, setAnchor } =
    state;
  const { inputRef, scrollRef } = state;
  const rows = props.rows;
  const columns = view.columns;
  const rowCount = rows.length;
  const colCount = columns.length;
  const format = props.format ?? {};
  const outliers = useOutlierCheck({
    rows,
    columns,
    getValue: view.getValue,
    isEnabled: format.kind !== "percent" && !view.isRollUp,
  });
  /** Stores edits at once, or after "spara ändå" when a value lies far outside its row. */
  const store = (cells: { row: number; col: number; edit: CellEdit }[]) => {
    const edits = cells.map((c) => c.edit);
    const question = outliers(cells);
    if (question) state.ask({ text: question, apply: () => setCells(room.doc, edits, room.origin) });
    else setCells(room.doc, edits, room.origin);
  };
  const ROW_HEIGHT = state.rowHeight;
  const HEADER_HEIGHT = state.headerHeight;

  const canEditCell = useCallback(
    (row: number, col: number) => !view.isRollUp && Boolean(props.toEdit) && (props.isEditable?.(row, col) ?? true),
    [view.isRollUp, props.toEdit, props.isEditable],
  );

  /** Why the cell can't be edited, or null when it can. */
  const refusal = (pos: CellPos): string | null => {
    if (!room.canEdit) return t("readOnly");
    if (view.isRollUp) return t("rollUpReadOnly");
    if (!canEditCell(pos.row, pos.col)) return props.readOnlyHint ?? t("cellReadOnly");
    return null;
  };

  const describeError = (parsed: Exclude<ParsedCell, { ok: true }>): string => {
    if (parsed.error === "invalid") return t("notANumber", { text: parsed.text.trim() });
    const unit = format.kind === "percent" ? " %" : "";
    if (parsed.min !== undefined && parsed.max !== undefined)
      return t("between", { min: `${parsed.min}${unit}`, max: `${parsed.max}${unit}` });
    if (parsed.min !== undefined) return t("min", { min: `${parsed.min}${unit}` });
    return t("max", { max: `${parsed.max}${unit}` });
  };

  /** Parses and checks one text for a cell: the edit to make, or the message explaining why not. */
  const prepare = (pos: CellPos, text: string): { edit: CellEdit | null } | { error: string } => {
    const parsed = parseCell(text, format, props.range);
    if (!parsed.ok) return { error: describeError(parsed) };
    if (parsed.value !== null) {
      const problem = props.validate?.(parsed.value, pos.row, pos.col);
      if (problem) return { error: problem };
    }
    if (parsed.value === view.getValue(pos.row, pos.col)) return { edit: null };
    return { edit: props.toEdit?.(pos.row, pos.col, parsed.value) ?? null };
  };

  const focusGrid = () => scrollRef.current?.focus({ preventScroll: true });

  const goTo = (pos: CellPos, extend = false) => {
    const next = moveBy(pos, 0, 0, rowCount, colCount);
    setActive(next);
    if (!extend) setAnchor(next);
    setMessage(null);
    state.scrollToCell(next);
  };

  const startEditing = (initial: string | null, mode: Editing["mode"]) => {
    const why = refusal(safeActive);
    if (why) {
      setMessage({ pos: safeActive, text: why, kind: "error" });
      return;
    }
    setMessage(null);
    setAnchor(safeActive);
    setEditing({ text: initial ?? editText(view.getValue(safeActive.row, safeActive.col), format), mode });
  };

  /** Saves the edited cell and moves; on bad input explains in place and keeps the editor open. */
  const commit = (dRow: number, dCol: number, isBlur = false): boolean => {
    const current = editingRef.current;
    if (!current) return true;
    const result = prepare(safeActive, current.text);
    if ("error" in result) {
      setMessage({ pos: safeActive, text: result.error, kind: "error" });
      // Leaving the cell with the mouse doesn't pull focus back; the message stays until fixed.
      if (!isBlur) inputRef.current?.focus();
      return false;
    }
    if (result.edit) store([{ ...safeActive, edit: result.edit }]);
    setEditing(null);
    goTo(moveBy(safeActive, dRow, dCol, rowCount, colCount));
    if (!isBlur) focusGrid();
    return true;
  };

  const cancel = () => {
    setEditing(null);
    setMessage(null);
    focusGrid();
  };

  /** Applies texts to many cells as ONE transaction (one undo step), or nothing if any is invalid. */
  const applyTexts = (cells: { row: number; col: number; text: string }[]): number | null => {
    const edits: { row: number; col: number; edit: CellEdit }[] = [];
    for (const cell of cells) {
      if (!canEditCell(cell.row, cell.col)) continue;
      const result = prepare(cell, cell.text);
      if ("error" in result) {
        const where = `${rows[cell.row]?.label}, ${columns[cell.col]?.label}`;
        setMessage({ pos: cell, text: t("pasteRejected", { where, error: result.error }), kind: "error" });
        return null;
      }
      if (result.edit) edits.push({ row: cell.row, col: cell.col, edit: result.edit });
    }
    if (edits.length > 0) store(edits);
    return edits.length;
  };

  const selectedCells = (): CellPos[] => {
    const cells: CellPos[] = [];
    for (let r = selection.top; r <= selection.bottom; r++)
      for (let c = selection.left; c <= selection.right; c++) cells.push({ row: r, col: c });
    return cells;
  };

  const clearSelection = () => {
    const why = refusal(safeActive);
    if (why && (why === t("readOnly") || selectedCells().every((p) => !canEditCell(p.row, p.col)))) {
      setMessage({ pos: safeActive, text: why, kind: "error" });
      return;
    }
    applyTexts(selectedCells().map((p) => ({ ...p, text: "" })));
  };

  const fillDown = () => {
    const why = refusal(safeActive);
    if (why === t("readOnly") || view.isRollUp) {
      setMessage({ pos: safeActive, text: why ?? t("rollUpReadOnly"), kind: "error" });
      return;
    }
    const moves = planFillDown(selection);
    applyTexts(moves.map((m) => ({ ...m.to, text: editText(view.getValue(m.from.row, m.from.col), format) })));
  };

  const copyText = (): string => {
    const lines: string[][] = [];
    for (let r = selection.top; r <= selection.bottom; r++) {
      const line: string[] = [];
      for (let c = selection.left; c <= selection.right; c++) line.push(editText(view.getValue(r, c), format));
      lines.push(line);
    }
    return formatTsv(lines);
  };

  const pasteText = (text: string) => {
    const why = refusal(safeActive);
    if (why === t("readOnly") || view.isRollUp) {
      setMessage({ pos: safeActive, text: why ?? t("rollUpReadOnly"), kind: "error" });
      return;
    }
    const block = parseTsv(text);
    if (block.length === 0) return;
    const start = { row: selection.top, col: selection.left };
    const plan = planPaste(block, start, rowCount, colCount, selection);
    const count = applyTexts(plan.cells);
    if (count === null) return;
    const last = plan.cells[plan.cells.length - 1];
    if (last) {
      setAnchor(start);
      setActive({ row: last.row, col: last.col });
    }
    const text2 = plan.clipped ? t("pasteClipped", { count }) : t("pasted", { count });
    setMessage({ pos: start, text: text2, kind: "info" });
  };

  const onGridKeyDown = (e: React.KeyboardEvent<HTMLDivElement>) => {
    if (editing || rowCount === 0 || colCount === 0) return;
    const ctrl = e.ctrlKey || e.metaKey;
    const key = e.key;
    const page = Math.max(1, Math.floor(((scrollRef.current?.clientHeight ?? 400) - HEADER_HEIGHT) / ROW_HEIGHT) - 1);
    const moves: Record<string, [number, number]> = {
      ArrowUp: [-1, 0],
      ArrowDown: [1, 0],
      ArrowLeft: [0, -1],
      ArrowRight: [0, 1],
      PageUp: [-page, 0],
      PageDown: [page, 0],
    };
    if (key in moves) {
      e.preventDefault();
      const [dr, dc] = moves[key];
      const far = ctrl && !key.startsWith("Page");
      const next = far
        ? {
            row: dr ? (dr < 0 ? 0 : rowCount - 1) : safeActive.row,
            col: dc ? (dc < 0 ? 0 : colCount - 1) : safeActive.col,
          }
        : moveBy(safeActive, dr, dc, rowCount, colCount);
      goTo(next, e.shiftKey);
      return;
    }
    if (key === "Home" || key === "End") {
      e.preventDefault();
      const col = key === "Home" ? 0 : colCount - 1;
      goTo({ row: ctrl ? (key === "Home" ? 0 : rowCount - 1) : safeActive.row, col }, e.shiftKey);
      return;
    }
    if (key === "Tab") {
      const next = moveBy(safeActive, 0, e.shiftKey ? -1 : 1, rowCount, colCount);
      if (next.col === safeActive.col) return; // at the edge: let focus leave the grid
      e.preventDefault();
      goTo(next);
      return;
    }
    if (ctrl && !e.altKey) {
      const lower = key.toLowerCase();
      if (lower === "z" || lower === "y") {
        e.preventDefault();
        if (lower === "y" || e.shiftKey) undo.redo();
        else undo.undo();
        return;
      }
      if (lower === "d") {
        e.preventDefault();
        fillDown();
        return;
      }
      if (lower === "a") {
        e.preventDefault();
        setAnchor({ row: 0, col: 0 });
        setActive({ row: rowCount - 1, col: colCount - 1 });
        return;
      }
      return; // Ctrl+C / Ctrl+V / Ctrl+X arrive as clipboard events
    }
    if (key === "Enter" || key === "F2") {
      e.preventDefault();
      startEditing(null, "edit");
      return;
    }
    if (key === "Escape") {
      setAnchor(safeActive);
      setMessage(null);
      return;
    }
    if (key === "Delete" || key === "Backspace") {
      e.preventDefault();
      clearSelection();
      return;
    }
    if (key.length === 1 && !e.altKey) {
      e.preventDefault();
      startEditing(key, "enter");
    }
  };

  const onInputKeyDown = (e: React.KeyboardEvent<HTMLInputElement>) => {
    const key = e.key;
    if (key === "Enter") {
      e.preventDefault();
      commit(e.shiftKey ? -1 : 1, 0);
    } else if (key === "Tab") {
      e.preventDefault();
      commit(0, e.shiftKey ? -1 : 1);
    } else if (key === "Escape") {
      e.preventDefault();
      cancel();
    } else if (editing?.mode === "enter" && key.startsWith("Arrow")) {
      e.preventDefault();
      const d: Record<string, [number, number]> = {
        ArrowUp: [-1, 0],
        ArrowDown: [1, 0],
        ArrowLeft: [0, -1],
        ArrowRight: [0, 1],
      };
      commit(...d[key]);
    }
  };

  return {
    canEditCell,
    startEditing,
    commit,
    clearSelection,
    copyText,
    pasteText,
    onGridKeyDown,
    onInputKeyDown,
  };
}
