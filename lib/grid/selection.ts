/**
 * Pure geometry of a spreadsheet-like grid: cell positions, rectangular selections, movement
 * clamped to the grid, and where a pasted block lands. Row and column indexes are 0-based over
 * the data cells (headers excluded).
 */

export interface CellPos {
  row: number;
  col: number;
}

/** An inclusive rectangle of cells. */
export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** The rectangle spanned by an anchor cell and the active cell, in any direction. */
export function rangeBetween(anchor: CellPos, active: CellPos): CellRange {
  return {
    top: Math.min(anchor.row, active.row),
    bottom: Math.max(anchor.row, active.row),
    left: Math.min(anchor.col, active.col),
    right: Math.max(anchor.col, active.col),
  };
}

/** Whether a cell lies in the rectangle. */
export function rangeContains(range: CellRange, pos: CellPos): boolean {
  return pos.row >= range.top && pos.row <= range.bottom && pos.col >= range.left && pos.col <= range.right;
}

/** Number of cells in the rectangle. */
export function rangeSize(range: CellRange): number {
  return (range.bottom - range.top + 1) * (range.right - range.left + 1);
}

/** A cell clamped into a grid of `rows` × `cols` (which must be non-empty). */
export function clampPos(pos: CellPos, rows: number, cols: number): CellPos {
  return {
    row: Math.min(Math.max(pos.row, 0), Math.max(rows - 1, 0)),
    col: Math.min(Math.max(pos.col, 0), Math.max(cols - 1, 0)),
  };
}

/** The cell `dRow`, `dCol` away from `pos`, stopping at the grid's edges. */
export function moveBy(pos: CellPos, dRow: number, dCol: number, rows: number, cols: number): CellPos {
  return clampPos({ row: pos.row + dRow, col: pos.col + dCol }, rows, cols);
}

/** One cell of a paste: its grid position and the text to put there. */
export interface PasteCell extends CellPos {
  text: string;
}

/**
 * Where a block of pasted text lands with its top-left corner at `start`: cells that would fall
 * outside the grid are dropped (`clipped` says whether any were). A single value pasted onto a
 * larger selection fills the selection, as in Excel.
 */
export function planPaste(
  block: readonly (readonly string[])[],
  start: CellPos,
  rows: number,
  cols: number,
  selection?: CellRange,
): { cells: PasteCell[]; clipped: boolean } {
  const cells: PasteCell[] = [];
  let clipped = false;
  const isSingle = block.length === 1 && block[0].length === 1;
  if (isSingle && selection && rangeSize(selection) > 1) {
    for (let r = selection.top; r <= Math.min(selection.bottom, rows - 1); r++)
      for (let c = selection.left; c <= Math.min(selection.right, cols - 1); c++)
        cells.push({ row: r, col: c, text: block[0][0] });
    return { cells, clipped: false };
  }
  block.forEach((line, i) => {
    line.forEach((text, j) => {
      const row = start.row + i;
      const col = start.col + j;
      if (row >= rows || col >= cols || row < 0 || col < 0) clipped = true;
      else cells.push({ row, col, text });
    });
  });
  return { cells, clipped };
}

/** Fill down: every cell of the range below its top row takes the top row's cell. */
export function planFillDown(range: CellRange): { from: CellPos; to: CellPos }[] {
  const moves: { from: CellPos; to: CellPos }[] = [];
  for (let r = range.top + 1; r <= range.bottom; r++)
    for (let c = range.left; c <= range.right; c++)
      moves.push({ from: { row: range.top, col: c }, to: { row: r, col: c } });
  return moves;
}
