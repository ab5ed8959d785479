import { type BoardLevel, formatWeek, type PksBoard, weeksInIsoYear } from "@/lib/engine";

/** A new, empty `pks-board` document covering the ISO weeks of `years` (1–4, default 1) years from `year`. */
export function createEmptyBoard(input: {
  name: string;
  unit: string;
  level: BoardLevel;
  year: number;
  years?: number;
}): PksBoard {
  let weeks = 0;
  for (let y = input.year; y < input.year + Math.min(4, Math.max(1, input.years ?? 1)); y++) weeks += weeksInIsoYear(y);
  return {
    format: "pks-board",
    version: 2,
    board: { name: input.name, unit: input.unit, level: input.level },
    horizon: { start: formatWeek(input.year, 1), weeks },
    calendar: { lowProductionWeeks: [], lowProductionAvailability: 0.5 },
    resources: [],
    planningObjects: [],
    measures: [],
  };
}
