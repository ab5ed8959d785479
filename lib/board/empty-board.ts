import { formatWeek, type PksBoard, weeksInIsoYear } from "@/lib/engine";

/** A new, empty `pks-board` v1 document covering the ISO weeks of one year. */
export function createEmptyBoard(input: {
  name: string;
  unit: string;
  level: "strategic" | "tactical" | "operational";
  year: number;
}): PksBoard {
  return {
    format: "pks-board",
    version: 1,
    board: { name: input.name, unit: input.unit, level: input.level },
    horizon: { start: formatWeek(input.year, 1), weeks: weeksInIsoYear(input.year) },
    calendar: { lowProductionWeeks: [], lowProductionAvailability: 0.5 },
    resources: [],
    planningObjects: [],
    measures: [],
  };
}
