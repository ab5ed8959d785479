/**
 * What an import would change on the board: each edit that replaces an existing, different value,
 * with the old and the new value — shown before the user confirms ("12 → 14").
 */
import type { CellEdit } from "@/lib/board/doc-cells";
import type { PksBoard } from "@/lib/engine";

export interface Overwrite {
  edit: CellEdit;
  old: number | string;
  new: number | string;
}

/** The value a cell edit would replace, or undefined when the cell is empty today. */
export function currentValue(board: PksBoard, edit: CellEdit): number | string | undefined {
  switch (edit.kind) {
    case "history":
      return board.planningObjects.find((p) => p.id === edit.planningObjectId)?.history?.[edit.week];
    case "outcome":
      return board.outcomes?.[edit.planningObjectId]?.[edit.week]?.[edit.field];
    case "availability":
      return board.resources.find((r) => r.id === edit.resourceId)?.availability?.[edit.week];
    case "actualCapacity":
      return board.actualCapacity?.[edit.resourceId]?.[edit.week];
    case "resource": {
      const resource = board.resources.find((r) => r.id === edit.resourceId) as Record<string, unknown> | undefined;
      const value = resource?.[edit.field];
      return typeof value === "number" || typeof value === "string" ? value : undefined;
    }
    default:
      return undefined;
  }
}

/** The edits that replace an existing value with a different one, in the order given. */
export function findOverwrites(board: PksBoard, edits: readonly CellEdit[]): Overwrite[] {
  const out: Overwrite[] = [];
  for (const edit of edits) {
    const old = currentValue(board, edit);
    if (old === undefined || edit.value === null || old === edit.value) continue;
    out.push({ edit, old, new: edit.value });
  }
  return out;
}
