"use client";

import { memo, useLayoutEffect } from "react";
import { MEANING_GLYPH, type Meaning } from "@/components/ui/legend";
import type { CellTone } from "./grid-types";
import type { PeerFocus } from "./use-grid-presence";

/** The in-cell editor's state and handlers; given only to the cell being edited. */
export interface CellEditor {
  text: string;
  isInvalid: boolean;
  inputRef: React.RefObject<HTMLInputElement | null>;
  label: string;
  errorId: string;
  onEditText: (text: string) => void;
  onKeyDown: (e: React.KeyboardEvent<HTMLInputElement>) => void;
  onBlur: () => void;
}

// Mouse events are handled by the grid (delegated via data-row / data-col), so a cell's props are
// plain values and memo skips every cell that did not change while scrolling.
interface GridCellProps {
  id: string;
  row: number;
  col: number;
  colIndex: number;
  left: number;
  width: number;
  text: string;
  placeholder: string | null;
  tone: CellTone;
  isMuted?: boolean;
  isActive: boolean;
  showFocus: boolean;
  isSelected: boolean;
  /** Tinted as selected (a lone active cell isn't while the grid is not focused). */
  isHighlighted: boolean;
  isReadOnly: boolean;
  peers?: PeerFocus[];
  /** Colour of a soft highlight after someone else changed the value. */
  flash?: string;
  editor?: CellEditor;
  /** Open comment threads on the cell (a corner marker) and the cell's comment anchor "table|row|col". */
  commentCount?: number;
  commentAnchor?: string;
}

const TONE_CLASS: Record<Exclude<CellTone, null>, string> = {
  deficit: "text-deficit font-medium",
  surplus: "text-surplus",
  worse: "text-deficit font-medium",
  better: "text-surplus font-medium",
  muted: "text-slate-500",
};

/** Tones that carry a meaning show its glyph too (legend.tsx), never colour alone. */
const TONE_GLYPH: Partial<Record<Exclude<CellTone, null>, Meaning>> = {
  deficit: "shortage",
  surplus: "surplus",
  worse: "worse",
  better: "better",
};

/** One cell of the week grid: its number, selection, focus ring, others' cursors and the editor. */
export const GridCell = memo(function GridCell(props: GridCellProps) {
  const peer = props.peers?.[0];
  const background = props.isHighlighted
    ? "bg-accent-soft/70"
    : props.isMuted
      ? "bg-amber-50/70"
      : props.isReadOnly
        ? "bg-slate-50/60"
        : "bg-white";
  return (
    // biome-ignore lint/a11y/useFocusableInteractive: focus stays on the grid (aria-activedescendant)
    <div
      id={props.id}
      role="gridcell"
      aria-colindex={props.colIndex}
      aria-selected={props.isSelected}
      aria-readonly={props.isReadOnly || undefined}
      data-active={props.isActive || undefined}
      data-cell=""
      data-row={props.row}
      data-col={props.col}
      data-comment-anchor={props.commentAnchor}
      data-comments={props.commentCount || undefined}
      title={peer ? props.peers?.map((p) => p.name).join(", ") : undefined}
      className={`tabular absolute top-0 flex h-full items-center justify-end border-r border-b border-slate-200 px-2 text-right text-sm transition-[background-color] duration-700 select-none ${background} ${props.tone ? TONE_CLASS[props.tone] : "text-slate-900"}`}
      style={{
        left: props.left,
        width: props.width,
        backgroundColor: props.flash ? `${props.flash}2e` : undefined,
        boxShadow: peer ? `inset 0 0 0 2px ${peer.color}` : undefined,
      }}
    >
      {props.editor ? (
        <CellInput editor={props.editor} />
      ) : props.text ? (
        <span className="truncate">
          {props.tone && TONE_GLYPH[props.tone] && <span aria-hidden>{MEANING_GLYPH[TONE_GLYPH[props.tone]!]} </span>}
          {props.text}
        </span>
      ) : (
        props.placeholder && <span className="truncate text-slate-500 italic">{props.placeholder}</span>
      )}
      {peer && (
        <span
          aria-hidden
          className="absolute top-0 right-0 size-0 border-t-[7px] border-l-[7px] border-l-transparent"
          style={{ borderTopColor: peer.color }}
        />
      )}
      {props.commentCount ? (
        <span
          aria-hidden
          className="absolute top-0 left-0 size-0 border-t-[8px] border-r-[8px] border-t-amber-500 border-r-transparent"
        />
      ) : null}
      {props.showFocus && (
        <span aria-hidden className="pointer-events-none absolute inset-0 z-10 ring-2 ring-accent ring-inset" />
      )}
    </div>
  );
});

function CellInput({ editor }: { editor: CellEditor }) {
  const { inputRef } = editor;
  useLayoutEffect(() => {
    const input = inputRef.current;
    if (!input) return;
    input.focus({ preventScroll: true });
    const end = input.value.length;
    input.setSelectionRange(end, end);
  }, [inputRef]);
  return (
    <input
      ref={inputRef}
      value={editor.text}
      onChange={(e) => editor.onEditText(e.target.value)}
      onKeyDown={editor.onKeyDown}
      onBlur={editor.onBlur}
      onMouseDown={(e) => e.stopPropagation()}
      aria-label={editor.label}
      aria-invalid={editor.isInvalid || undefined}
      aria-describedby={editor.isInvalid ? editor.errorId : undefined}
      inputMode="decimal"
      autoComplete="off"
      className={`tabular absolute inset-0 z-20 w-full border-2 bg-white px-2 text-right text-sm outline-none ${editor.isInvalid ? "border-deficit" : "border-accent"}`}
    />
  );
}

/** The grid's message next to a cell: an error (role="alert") or a short confirmation. */
export function GridMessage(props: { id: string; kind: "error" | "info"; text: string; top?: number; left?: number }) {
  const isFloating = props.top !== undefined;
  return (
    <div
      id={props.id}
      role={props.kind === "error" ? "alert" : "status"}
      data-testid="grid-message"
      className={`z-50 max-w-xs rounded-md px-3 py-1.5 text-sm shadow-md ${props.kind === "error" ? "border border-deficit bg-deficit-soft font-medium text-deficit" : "border border-slate-300 bg-white text-slate-800"} ${isFloating ? "absolute" : "m-2"}`}
      style={isFloating ? { top: props.top, left: props.left } : undefined}
    >
      {props.text}
    </div>
  );
}
