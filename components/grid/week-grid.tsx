"use client";

import { elementScroll, useVirtualizer, type Virtualizer, type VirtualizerOptions } from "@tanstack/react-virtual";
import { useTranslations } from "next-intl";
import { useEffect, useId, useMemo, useRef, useState } from "react";
import { useBoardRoom } from "@/components/board/board-room";
import { useGridCommentCounts } from "@/components/comments/comment-counts";
import { useFollowScroll } from "@/components/meeting/use-follow-scroll";
import { LOW_WEEK_BG } from "@/components/ui/legend";
import { formatCell } from "@/lib/grid/codec";
import { type CellPos, type CellRange, moveBy, rangeBetween, rangeContains } from "@/lib/grid/selection";
import { GridCell, GridMessage } from "./grid-cell";
import type { WeekGridProps } from "./grid-types";
import { OutlierDialog, type OutlierQuestion } from "./outlier-dialog";
import { type Editing, type GridMessageState, useGridCommands } from "./use-grid-commands";
import { usePeerFocus, usePublishFocus, useRemoteFlashes } from "./use-grid-presence";
import { useGridView } from "./use-grid-view";

const ROW_HEIGHT = 36;
const HEADER_HEIGHT = 44;
/** The grid's size before the browser has laid it out (about the main column at 1280 px). */
const INITIAL_WIDTH = 1200;

/**
 * Like tanstack-virtual's `observeElementRect`, but without reading `clientWidth/clientHeight`
 * while mounting (that forces a synchronous layout of the whole page): the first size is the
 * virtualiser's `initialRect`, the real one comes from the ResizeObserver after the next layout.
 * The grid has no padding, so its content box is its client area.
 */
function observeRectWithoutLayout(
  instance: Virtualizer<HTMLDivElement, Element>,
  cb: (rect: { width: number; height: number }) => void,
) {
  const element = instance.scrollElement;
  const targetWindow = instance.targetWindow;
  if (!element || !targetWindow?.ResizeObserver) return;
  const observer = new targetWindow.ResizeObserver(([entry]) => {
    if (!entry) return;
    cb({ width: Math.round(entry.contentRect.width), height: Math.round(entry.contentRect.height) });
  });
  observer.observe(element, { box: "content-box" });
  return () => observer.disconnect();
}

/** Per virtualiser, the scroll element it has already written to (two virtualisers share one). */
const seenScroller = new WeakMap<object, Element>();
/**
 * tanstack-virtual's element scrolling, minus the `scrollTo(0)` it writes when it first sees a
 * scroll element: a freshly mounted grid is already at 0, and the write forces a layout.
 */
const scrollWithoutMountWrite: VirtualizerOptions<HTMLDivElement, Element>["scrollToFn"] = (
  offset,
  options,
  instance,
) => {
  const element = instance.scrollElement;
  if (element && seenScroller.get(instance) !== element) {
    seenScroller.set(instance, element);
    if (offset + (options.adjustments ?? 0) === 0) return;
  }
  elementScroll(offset, options, instance);
};

/**
 * The editable week grid: rows × columns, frozen header row and first column, virtualised in both
 * directions, with Excel-like keyboard, range selection, TSV copy/paste (one undo step), fill-down,
 * per-user undo, Swedish number entry and live presence. Every edit is one `setCells` call.
 */
export function WeekGrid(props: WeekGridProps) {
  const t = useTranslations("grid");
  const room = useBoardRoom();
  const domId = useId();
  const format = props.format ?? {};
  const view = useGridView(props.columns, props.getValue, props.period ?? "week", props.periodAggregate ?? "sum");
  const rows = props.rows;
  const columns = view.columns;
  const commentCounts = useGridCommentCounts(props.id, props.columns, props.period ?? "week");
  const rowCount = rows.length;
  const colCount = columns.length;
  const rowHeaderWidth = props.rowHeaderWidth ?? 240;
  const columnWidth = props.columnWidth ?? 76;

  const scrollRef = useRef<HTMLDivElement>(null);
  useFollowScroll(scrollRef, props.id, columns, columnWidth);
  const inputRef = useRef<HTMLInputElement>(null);
  const [active, setActive] = useState<CellPos>({ row: 0, col: 0 });
  const [anchor, setAnchor] = useState<CellPos>({ row: 0, col: 0 });
  const [isFocused, setFocused] = useState(false);
  const [editing, setEditingState] = useState<Editing | null>(null);
  // Mirrors `editing` synchronously: the input's blur fires before React re-renders.
  const editingRef = useRef<Editing | null>(null);
  const setEditing = (next: Editing | null | ((old: Editing | null) => Editing | null)) => {
    editingRef.current = typeof next === "function" ? next(editingRef.current) : next;
    setEditingState(editingRef.current);
  };
  const [message, setMessage] = useState<GridMessageState | null>(null);
  const [question, setQuestion] = useState<OutlierQuestion | null>(null);
  const dragging = useRef(false);

  // Computed before the virtualisers so they start from the grid's real height.
  const estimatedHeight = props.height ?? Math.min(props.maxHeight ?? 460, HEADER_HEIGHT + rowCount * ROW_HEIGHT + 18);
  const initialRect = { width: INITIAL_WIDTH, height: estimatedHeight };
  const rowVirtualizer = useVirtualizer({
    count: rowCount,
    initialRect,
    observeElementRect: observeRectWithoutLayout,
    scrollToFn: scrollWithoutMountWrite,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    paddingStart: HEADER_HEIGHT,
    scrollPaddingStart: HEADER_HEIGHT,
    overscan: 8,
  });
  const colVirtualizer = useVirtualizer({
    horizontal: true,
    count: colCount,
    initialRect,
    observeElementRect: observeRectWithoutLayout,
    scrollToFn: scrollWithoutMountWrite,
    getScrollElement: () => scrollRef.current,
    estimateSize: (i) => columns[i]?.width ?? columnWidth,
    paddingStart: rowHeaderWidth,
    scrollPaddingStart: rowHeaderWidth,
    overscan: 4,
  });
  // Column widths change with the roll-up mode.
  const widthsKey = columns.map((c) => c.width ?? columnWidth).join(",");
  useEffect(() => {
    void widthsKey;
    colVirtualizer.measure();
  }, [colVirtualizer, widthsKey]);

  const virtualRows = rowVirtualizer.getVirtualItems();
  const virtualCols = colVirtualizer.getVirtualItems();
  const selection: CellRange = rangeBetween(anchor, active);

  // Keep the active cell inside the grid when rows or columns go away.
  const safeActive = useMemo(
    () => moveBy(active, 0, 0, Math.max(rowCount, 1), Math.max(colCount, 1)),
    [active, rowCount, colCount],
  );
  useEffect(() => {
    if (safeActive.row !== active.row || safeActive.col !== active.col) {
      setActive(safeActive);
      setAnchor(safeActive);
    }
  }, [safeActive, active]);

  const peers = usePeerFocus(props.id);
  const focusCell =
    isFocused && rows[safeActive.row] && columns[safeActive.col]
      ? { row: rows[safeActive.row].key, col: columns[safeActive.col].key }
      : null;
  usePublishFocus(props.id, focusCell);
  const flashes = useRemoteFlashes(
    room.doc,
    { rows: virtualRows.map((r) => r.index), cols: virtualCols.map((c) => c.index) },
    rows,
    columns,
    view.getValue,
    peers,
  );

  const { onActiveCellChange } = props;
  // Only the user's moves count: rows added or removed by others must not change the caller's choice.
  const activeRow = rows[safeActive.row]?.key;
  useEffect(() => {
    if (isFocused && activeRow !== undefined) onActiveCellChange?.(safeActive.row, safeActive.col);
  }, [onActiveCellChange, isFocused, activeRow, safeActive.row, safeActive.col]);

  useEffect(() => {
    if (message?.kind !== "info") return;
    const timer = setTimeout(() => setMessage(null), 5000);
    return () => clearTimeout(timer);
  }, [message]);

  const commands = useGridCommands({
    props,
    view,
    safeActive,
    selection,
    editing,
    editingRef,
    setEditing,
    setMessage,
    setActive,
    setAnchor,
    inputRef,
    scrollRef,
    scrollToCell: (pos) => {
      rowVirtualizer.scrollToIndex(pos.row);
      colVirtualizer.scrollToIndex(pos.col);
    },
    rowHeight: ROW_HEIGHT,
    headerHeight: HEADER_HEIGHT,
    ask: setQuestion,
  });
  const { canEditCell, commit, startEditing, clearSelection, copyText, pasteText } = commands;
  const focusGrid = () => scrollRef.current?.focus({ preventScroll: true });
  const isSingle = selection.top === selection.bottom && selection.left === selection.right;

  /** The data cell an event happened in (mouse handling is delegated to the grid). */
  const cellAt = (target: EventTarget | null): CellPos | null => {
    const element = target instanceof Element ? target.closest<HTMLElement>("[data-cell]") : null;
    if (!element) return null;
    return { row: Number(element.dataset.row), col: Number(element.dataset.col) };
  };

  const onCellMouseDown = (e: React.MouseEvent, pos: CellPos) => {
    if (e.button !== 0) return;
    if (editing && !(pos.row === safeActive.row && pos.col === safeActive.col)) {
      if (!commit(0, 0)) return;
    }
    e.preventDefault();
    focusGrid();
    dragging.current = true;
    setActive(pos);
    if (!e.shiftKey) setAnchor(pos);
    setMessage(null);
  };
  useEffect(() => {
    const stop = () => {
      dragging.current = false;
    };
    window.addEventListener("mouseup", stop);
    return () => window.removeEventListener("mouseup", stop);
  }, []);

  const selectLine = (kind: "row" | "col", index: number) => {
    focusGrid();
    if (kind === "row") {
      setAnchor({ row: index, col: 0 });
      setActive({ row: index, col: colCount - 1 });
    } else {
      setAnchor({ row: 0, col: index });
      setActive({ row: rowCount - 1, col: index });
    }
  };

  const totalWidth = colVirtualizer.getTotalSize();
  const totalHeight = rowVirtualizer.getTotalSize();
  const height = props.height ?? Math.min(props.maxHeight ?? 460, totalHeight + 18);
  const cellId = (row: number, col: number) => `${domId}-${row}-${col}`;
  const activeRendered =
    virtualRows.some((r) => r.index === safeActive.row) && virtualCols.some((c) => c.index === safeActive.col);
  const messageCol = message ? virtualCols.find((c) => c.index === message.pos.col) : undefined;
  const messageRow = message ? rowVirtualizer.measurementsCache[message.pos.row] : undefined;

  return (
    <div className={`rounded-lg border border-slate-200 bg-white ${props.className ?? ""}`}>
      <p id={`${domId}-help`} className="sr-only">
        {t("help")}
      </p>
      <div
        ref={scrollRef}
        id={`${domId}-grid`}
        role="grid"
        tabIndex={0}
        aria-label={props.label}
        aria-describedby={`${domId}-help`}
        aria-rowcount={rowCount + 1}
        aria-colcount={colCount + 1}
        aria-multiselectable="true"
        aria-readonly={!room.canEdit || !props.toEdit || view.isRollUp}
        aria-activedescendant={activeRendered && !editing ? cellId(safeActive.row, safeActive.col) : undefined}
        data-grid-id={props.id}
        className="relative overflow-auto rounded-lg outline-none [will-change:scroll-position] focus-visible:ring-2 focus-visible:ring-accent"
        style={{ height }}
        onKeyDown={commands.onGridKeyDown}
        onMouseDown={(e) => {
          const pos = cellAt(e.target);
          if (pos) onCellMouseDown(e, pos);
        }}
        onMouseOver={(e) => {
          const pos = dragging.current ? cellAt(e.target) : null;
          if (pos && (pos.row !== active.row || pos.col !== active.col)) setActive(pos);
        }}
        onDoubleClick={(e) => {
          if (cellAt(e.target)) startEditing(null, "edit");
        }}
        onFocus={() => setFocused(true)}
        onBlur={(e) => {
          if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setFocused(false);
        }}
        onCopy={(e) => {
          if (editing) return;
          e.preventDefault();
          e.clipboardData.setData("text/plain", copyText());
        }}
        onCut={(e) => {
          if (editing) return;
          e.preventDefault();
          e.clipboardData.setData("text/plain", copyText());
          clearSelection();
        }}
        onPaste={(e) => {
          if (editing) return;
          e.preventDefault();
          pasteText(e.clipboardData.getData("text/plain"));
        }}
      >
        <div style={{ width: totalWidth, height: totalHeight, position: "relative" }}>
          {/* biome-ignore lint/a11y/useFocusableInteractive: header row of the grid */}
          <div
            role="row"
            aria-rowindex={1}
            className="sticky top-0 z-30 flex border-b border-slate-300 bg-slate-50"
            style={{ height: HEADER_HEIGHT, width: totalWidth }}
          >
            <div
              role="columnheader"
              tabIndex={-1}
              aria-colindex={1}
              className="sticky left-0 z-40 flex items-end border-r border-slate-300 bg-slate-50 px-3 pb-2 text-left text-sm font-semibold text-slate-800"
              style={{ width: rowHeaderWidth, minWidth: rowHeaderWidth }}
            >
              {props.rowHeader}
            </div>
            {virtualCols.map((vc) => {
              const column = columns[vc.index];
              return (
                <div
                  key={column.key}
                  role="columnheader"
                  tabIndex={-1}
                  aria-colindex={vc.index + 2}
                  title={column.title ?? column.label}
                  onMouseDown={(e) => {
                    e.preventDefault();
                    selectLine("col", vc.index);
                  }}
                  className={`absolute top-0 flex h-full cursor-pointer items-end justify-end border-r border-slate-200 px-2 pb-2 text-right text-sm font-semibold text-slate-700 ${column.isMuted ? LOW_WEEK_BG : ""}`}
                  style={{ left: vc.start, width: vc.size }}
                >
                  <span className="truncate">{column.label}</span>
                </div>
              );
            })}
          </div>
          {virtualRows.map((vr) => {
            const row = rows[vr.index];
            return (
              // biome-ignore lint/a11y/useFocusableInteractive: focus stays on the grid (aria-activedescendant)
              <div
                key={row.key}
                role="row"
                aria-rowindex={vr.index + 2}
                className="absolute left-0 flex"
                style={{ top: vr.start, height: vr.size, width: totalWidth }}
              >
                <div
                  role="rowheader"
                  tabIndex={-1}
                  aria-colindex={1}
                  title={row.detail ? `${row.label} — ${row.detail}` : row.label}
                  onMouseDown={(e) => {
                    e.preventDefault();
                    selectLine("row", vr.index);
                  }}
                  className="sticky left-0 z-20 flex cursor-pointer flex-col justify-center overflow-hidden border-r border-b border-slate-200 border-r-slate-300 bg-white px-3 text-sm"
                  style={{ width: rowHeaderWidth, minWidth: rowHeaderWidth }}
                >
                  <span className="truncate font-medium text-slate-900">{row.label}</span>
                  {row.detail && <span className="truncate text-xs text-slate-600">{row.detail}</span>}
                </div>
                {virtualCols.map((vc) => {
                  const column = columns[vc.index];
                  const pos = { row: vr.index, col: vc.index };
                  const isActive = pos.row === safeActive.row && pos.col === safeActive.col;
                  const value = view.getValue(pos.row, pos.col);
                  const key = `${row.key}|${column.key}`;
                  return (
                    <GridCell
                      key={column.key}
                      id={cellId(pos.row, pos.col)}
                      row={pos.row}
                      col={pos.col}
                      colIndex={vc.index + 2}
                      left={vc.start}
                      width={vc.size}
                      text={formatCell(value, format)}
                      placeholder={value === null ? (props.placeholder?.(pos.row, pos.col) ?? null) : null}
                      tone={props.cellTone?.(pos.row, pos.col) ?? null}
                      isMuted={column.isMuted}
                      isActive={isActive}
                      showFocus={isActive && isFocused}
                      isSelected={rangeContains(selection, pos)}
                      isHighlighted={(isFocused || !isSingle) && rangeContains(selection, pos)}
                      isReadOnly={!room.canEdit || !canEditCell(pos.row, pos.col)}
                      peers={peers.get(key)}
                      flash={flashes.get(key)}
                      commentCount={commentCounts.get(key)}
                      commentAnchor={props.period && props.period !== "week" ? undefined : `${props.id}|${key}`}
                      editor={
                        isActive && editing
                          ? {
                              text: editing.text,
                              isInvalid: message?.kind === "error",
                              inputRef,
                              label: `${row.label}, ${column.title ?? column.label}`,
                              errorId: `${domId}-message`,
                              onEditText: (text) => setEditing((old) => (old ? { ...old, text } : old)),
                              onKeyDown: commands.onInputKeyDown,
                              onBlur: () => {
                                if (editingRef.current) commit(0, 0, true);
                              },
                            }
                          : undefined
                      }
                    />
                  );
                })}
              </div>
            );
          })}
          {message && messageRow && messageCol && (
            <GridMessage
              id={`${domId}-message`}
              kind={message.kind}
              text={message.text}
              top={messageRow.end + 2}
              left={messageCol.start}
            />
          )}
        </div>
      </div>
      {message && (!messageRow || !messageCol) && (
        <GridMessage id={`${domId}-message`} kind={message.kind} text={message.text} />
      )}
      <OutlierDialog question={question} onDone={() => setQuestion(null)} returnFocus={focusGrid} />
    </div>
  );
}
