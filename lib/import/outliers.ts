/**
 * Absurd values in an import: weekly numbers far outside the same object's weeks around them
 * (what is on the board merged with the file), so the user is asked once before they are stored.
 */
import type { CellEdit } from "@/lib/board/doc-cells";
import type { PksBoard } from "@/lib/engine";
import { findOutlier, neighbourValues, type Outlier } from "@/lib/grid/outlier";
import { currentValue } from "./overwrites";

type WeeklyEdit = Extract<CellEdit, { week: string }>;

function seriesKey(edit: WeeklyEdit): string | null {
  if (edit.kind === "history") return `h|${edit.planningObjectId}`;
  if (edit.kind === "outcome") return `o|${edit.planningObjectId}|${edit.field}`;
  if (edit.kind === "actualCapacity") return `c|${edit.resourceId}`;
  return null; // availability is a share 0..1, not a count
}

function existingSeries(board: PksBoard, edit: WeeklyEdit): Record<string, number | undefined> {
  if (edit.kind === "history") return { ...board.planningObjects.find((p) => p.id === edit.planningObjectId)?.history };
  if (edit.kind === "actualCapacity") return { ...board.actualCapacity?.[edit.resourceId] };
  if (edit.kind === "outcome") {
    const out: Record<string, number | undefined> = {};
    for (const [week, entry] of Object.entries(board.outcomes?.[edit.planningObjectId] ?? {}))
      out[week] = entry?.[edit.field];
    return out;
  }
  return {};
}

/** The imported weekly values that lie ten times or more above or below their neighbours' median. */
export function findImportOutliers(
  board: PksBoard,
  edits: readonly CellEdit[],
): { edit: CellEdit; outlier: Outlier }[] {
  const series = new Map<string, Record<string, number | undefined>>();
  for (const edit of edits) {
    if (!("week" in edit)) continue;
    const key = seriesKey(edit);
    if (!key) continue;
    let values = series.get(key);
    if (!values) {
      values = existingSeries(board, edit);
      series.set(key, values);
    }
    values[edit.week] = edit.value ?? undefined;
  }
  const found: { edit: CellEdit; outlier: Outlier }[] = [];
  const sortedWeeks = new Map<string, { weeks: string[]; row: (number | null)[] }>();
  for (const edit of edits) {
    if (!("week" in edit) || typeof edit.value !== "number" || currentValue(board, edit) === edit.value) continue;
    const key = seriesKey(edit);
    if (!key) continue;
    let sorted = sortedWeeks.get(key);
    if (!sorted) {
      const values = series.get(key)!;
      const weeks = Object.keys(values).sort();
      sorted = { weeks, row: weeks.map((w) => values[w] ?? null) };
      sortedWeeks.set(key, sorted);
    }
    const outlier = findOutlier(edit.value, neighbourValues(sorted.row, sorted.weeks.indexOf(edit.week)));
    if (outlier) found.push({ edit, outlier });
  }
  return found;
}
