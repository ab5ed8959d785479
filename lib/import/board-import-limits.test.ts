import { describe, expect, it } from "vitest";
import { addWeeks, generateSampleBoard, type PksBoard, parseBoard } from "@/lib/engine";
import { checkBoardImportLimits, historyWindow, MAX_HISTORY_WEEKS_TOTAL } from "./board-import-limits";

function board(history: Record<string, number>): PksBoard {
  const sample = generateSampleBoard({ planningObjects: 1, resources: 1, weeks: 52, measures: 0 });
  const data = { ...sample, horizon: { ...sample.horizon, start: "2026-W01", weeks: 52 } };
  data.planningObjects = [{ ...data.planningObjects[0], history }];
  return data;
}

describe("checkBoardImportLimits", () => {
  it("accepts history from ten years before the horizon up to its last week", () => {
    const data = board({ "2016-W01": 3, "2025-W52": 4, "2026-W52": 5 });
    expect(historyWindow(data)).toEqual({ first: "2016-W01", last: "2026-W52" });
    expect(checkBoardImportLimits(data)).toEqual([]);
  });

  it("names each history week outside the window", () => {
    const errors = checkBoardImportLimits(board({ "2015-W53": 1, "2027-W01": 2 }));
    expect(errors).toEqual([
      'planningObjects[0].history["2015-W53"]: more than 10 years before horizon.start (first allowed 2016-W01)',
      'planningObjects[0].history["2027-W01"]: after the horizon\'s last week 2026-W52',
    ]);
  });

  it("refuses the year 1000–9999 document the engine accepts (issue 10), with a bounded error list", () => {
    const history: Record<string, number> = {};
    for (let week = "1000-W01", i = 0; i < 200_000; i++, week = addWeeks(week, 1)) history[week] = 1;
    const data = board(history);
    // The engine's format allows history outside the horizon …
    expect(parseBoard(JSON.parse(JSON.stringify(data))).ok).toBe(true);
    // … the import does not.
    const errors = checkBoardImportLimits(data);
    expect(errors[0]).toBe(
      `planningObjects[*].history: 200000 history weeks in all, at most ${MAX_HISTORY_WEEKS_TOTAL}`,
    );
    expect(errors.length).toBe(51);
    expect(errors.at(-1)).toMatch(/^… and \d+ more$/);
  });

  it("refuses names and titles over the board's text limit", () => {
    const data = board({});
    data.board = { ...data.board, name: "N".repeat(201) };
    data.measures = [
      {
        id: "m1",
        title: "T".repeat(10_000),
        status: "proposed",
        kind: "capacity",
        resourceId: data.resources[0].id,
        hoursPerWeek: 1,
      },
    ];
    expect(checkBoardImportLimits(data)).toEqual([
      "board.name: 201 characters, at most 200",
      "measures[0].title: 10000 characters, at most 200",
    ]);
  });
});
