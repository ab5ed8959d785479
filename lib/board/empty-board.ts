import { type BoardLevel, formatWeek, type PksBoard, weeksInIsoYear } from "@/lib/engine";

/** A new, empty `pks-board` v2 document covering the ISO weeks of one year. */
export function createEmptyBoard(input: { name: string; unit: string; level: BoardLevel; year: number }): PksBoard {
  return {
    format: "pks-board",
    version: 2,
    board: { name: input.name, unit: input.unit, level: input.level },
    horizon: { start: formatWeek(input.year, 1), weeks: weeksInIsoYear(input.year) },
    calendar: { lowProductionWeeks: [], lowProductionAvailability: 0.5 },
    resources: [],
    planningObjects: [],
    measures: [],
  };
}
