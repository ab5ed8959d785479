/**
 * Server-side limits of the board import (POST /api/boards/import), on top of the engine's
 * validation. The `pks-board` format allows history outside the horizon (ENGINE.md), and the
 * engine keeps allowing it; what a server accepts into a shared board is narrower, so that one
 * upload cannot fill the database and every member's browser (a document with 467 948 history
 * weeks from year 1000 to 9999 was once accepted):
 *
 * - history weeks from IMPORT_HISTORY_YEARS years before `horizon.start` up to the horizon's
 *   last week, and at most MAX_HISTORY_WEEKS_TOTAL history values in the whole document;
 * - names, titles and labels within the board's text limits (lib/board/text-limits.ts).
 *
 * Every error names the field, as the engine's do (`planningObjects[3].history["1000-W01"]: …`).
 */
import { MAX_NAME_LENGTH } from "@/lib/board/text-limits";
import { addWeeks, formatPath, formatWeek, type PksBoard, parseWeek, weeksInIsoYear, weekToIndex } from "@/lib/engine";

type PathKey = string | number;

/** How far back history may reach, in years before the horizon start. */
export const IMPORT_HISTORY_YEARS = 10;
/** History values over all planning objects. */
export const MAX_HISTORY_WEEKS_TOTAL = 100_000;
/** Error lines reported at most (the rest are summarised). */
const MAX_ERRORS = 50;

/** The history window of a board: first and last allowed week. */
export function historyWindow(board: PksBoard): { first: string; last: string } {
  const start = parseWeek(board.horizon.start) ?? { year: 2000, week: 1 };
  // The same week number IMPORT_HISTORY_YEARS years earlier (week 52 when that year has no 53).
  const year = Math.max(1, start.year - IMPORT_HISTORY_YEARS);
  return {
    first: formatWeek(year, Math.min(start.week, weeksInIsoYear(year))),
    last: addWeeks(board.horizon.start, board.horizon.weeks - 1),
  };
}

function checkHistory(board: PksBoard, errors: string[]): void {
  const { first, last } = historyWindow(board);
  const [lo, hi] = [weekToIndex(first), weekToIndex(last)];
  let total = 0;
  board.planningObjects.forEach((object, i) => {
    for (const week of Object.keys(object.history ?? {})) {
      total++;
      const index = weekToIndex(week);
      const path: PathKey[] = ["planningObjects", i, "history", week];
      if (index < lo)
        errors.push(
          `${formatPath(path)}: more than ${IMPORT_HISTORY_YEARS} years before horizon.start (first allowed ${first})`,
        );
      else if (index > hi) errors.push(`${formatPath(path)}: after the horizon's last week ${last}`);
    }
  });
  if (total > MAX_HISTORY_WEEKS_TOTAL)
    errors.unshift(`planningObjects[*].history: ${total} history weeks in all, at most ${MAX_HISTORY_WEEKS_TOTAL}`);
}

function checkLength(errors: string[], path: PathKey[], value: string | undefined): void {
  if (value !== undefined && value.length > MAX_NAME_LENGTH)
    errors.push(`${formatPath(path)}: ${value.length} characters, at most ${MAX_NAME_LENGTH}`);
}

function checkTexts(board: PksBoard, errors: string[]): void {
  checkLength(errors, ["board", "name"], board.board.name);
  checkLength(errors, ["board", "unit"], board.board.unit);
  board.resources.forEach((resource, i) => {
    checkLength(errors, ["resources", i, "name"], resource.name);
  });
  board.planningObjects.forEach((object, i) => {
    for (const field of ["service", "providerCategory", "contactType", "priority"] as const)
      checkLength(errors, ["planningObjects", i, field], object[field]);
  });
  board.measures?.forEach((measure, i) => {
    checkLength(errors, ["measures", i, "title"], measure.title);
  });
}

/** Error lines for a board (already valid for the engine) that the import refuses; empty when accepted. */
export function checkBoardImportLimits(board: PksBoard): string[] {
  const errors: string[] = [];
  checkHistory(board, errors);
  checkTexts(board, errors);
  if (errors.length <= MAX_ERRORS) return errors;
  return [...errors.slice(0, MAX_ERRORS), `… and ${errors.length - MAX_ERRORS} more`];
}
