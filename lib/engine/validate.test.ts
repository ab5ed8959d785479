import { describe, expect, it } from "vitest";
import { computeBoard } from "./compute";
import { generateSampleBoard } from "./sample-board";
import type { PksBoard } from "./schema";
import { makeBoard, makeCapacityMeasure, makeNeedMeasure, makeObject, makeResource } from "./test-factories";
import {
  BoardValidationError,
  formatPath,
  parseBoard,
  parseBoardOrThrow,
  parseBoardText,
  parseResult,
  serializeBoard,
} from "./validate";

/** The first error for a board, or "ok". */
function firstError(json: unknown): string {
  const result = parseBoard(json);
  return result.ok ? "ok" : result.errors[0];
}

const loose = (value: unknown) => value as PksBoard;

describe("parseBoard", () => {
  it("accepts the example document of ENGINE.md and a generated large board", () => {
    expect(firstError(makeBoard())).toBe("ok");
    expect(firstError(generateSampleBoard({ planningObjects: 20, weeks: 53, start: "2026-W01" }))).toBe("ok");
  });

  it.each([
    ["a non-object", 5, "(document): expected an object, got 5"],
    ["the wrong format", { ...makeBoard(), format: "x" }, 'format: expected "pks-board", got "x"'],
    ["another version", { ...makeBoard(), version: 3 }, "version: expected 1 or 2, got 3"],
    ["a missing section", { ...makeBoard(), board: undefined }, "board: required"],
    ["an unknown top-level field", { ...makeBoard(), extra: 1 }, "extra: unknown field"],
    [
      "an unknown nested field",
      makeBoard({ resources: [loose({ ...makeResource(), colour: "red" }) as never] }),
      "resources[0].colour: unknown field",
    ],
    [
      "a missing required number",
      makeBoard({ resources: [loose({ ...makeResource(), count: undefined }) as never] }),
      "resources[0].count: required",
    ],
    [
      "a string for a number",
      makeBoard({ resources: [makeResource({ count: "8" as never })] }),
      'resources[0].count: expected a number, got "8"',
    ],
    ["null for a list", makeBoard({ resources: null as never }), "resources: expected an array, got null"],
  ])("rejects %s", (_, json, message) => {
    expect(firstError(json)).toBe(message);
  });

  it.each([
    [
      "a negative count",
      makeBoard({ resources: [makeResource({ count: -1 })] }),
      "resources[0].count: must be ≥ 0, got -1",
    ],
    [
      "utilization 0",
      makeBoard({ resources: [makeResource({ utilization: 0 })] }),
      "resources[0].utilization: must be in (0, 1], got 0",
    ],
    [
      "availability above 1",
      makeBoard({ resources: [makeResource({ availability: { "2027-W02": 1.5 } })] }),
      'resources[0].availability["2027-W02"]: must be in [0, 1], got 1.5',
    ],
    [
      "an unknown resource kind",
      makeBoard({ resources: [makeResource({ kind: "robot" as never })] }),
      'resources[0].kind: expected one of "staff", "room", "equipment", "bed", got "robot"',
    ],
    [
      "horizon of 0 weeks",
      makeBoard({ horizon: { start: "2027-W01", weeks: 0 } }),
      "horizon.weeks: must be an integer 1…260, got 0",
    ],
    [
      "horizon of 261 weeks",
      makeBoard({ horizon: { start: "2027-W01", weeks: 261 } }),
      "horizon.weeks: must be an integer 1…260, got 261",
    ],
    [
      "a fractional horizon",
      makeBoard({ horizon: { start: "2027-W01", weeks: 1.5 } }),
      "horizon.weeks: must be an integer, got 1.5",
    ],
    [
      "volumePct below −100",
      makeBoard({ measures: [makeNeedMeasure({ volumePct: -101 })] }),
      "measures[0].volumePct: must be ≥ −100, got -101",
    ],
    [
      "coveragePct 0",
      makeBoard({ planningObjects: [makeObject({ acute: { dailyDemand: [1], coveragePct: 0 } })] }),
      "planningObjects[0].acute.coveragePct: must be in (0, 100], got 0",
    ],
    [
      "empty daily demand",
      makeBoard({ planningObjects: [makeObject({ acute: { dailyDemand: [], coveragePct: 50 } })] }),
      "planningObjects[0].acute.dailyDemand: needs at least one value",
    ],
    [
      "weekday 8",
      makeBoard({ schedule: [{ resourceId: "lak", weekday: 8, session: "am", planningObjectId: "p", slots: 1 }] }),
      "schedule[0].weekday: must be an integer 1…7, got 8",
    ],
    [
      "a waiting list without target",
      makeBoard({ planningObjects: [makeObject({ waitingList: loose({ current: 1 }) as never })] }),
      "planningObjects[0].waitingList.target: required",
    ],
  ])("rejects %s", (_, json, message) => {
    expect(firstError(json)).toBe(message);
  });

  it.each([
    [
      "a malformed week",
      makeBoard({ horizon: { start: "2027-53", weeks: 4 } }),
      'horizon.start: expected a week "YYYY-Www", got "2027-53"',
    ],
    [
      "week 53 of a 52-week year",
      makeBoard({ horizon: { start: "2027-W53", weeks: 4 } }),
      'horizon.start: no such ISO week "2027-W53"',
    ],
    [
      "a history key that is no ISO week",
      makeBoard({
        planningObjects: [
          makeObject(),
          makeObject({ id: "b" }),
          makeObject({ id: "c" }),
          makeObject({ id: "d", history: { "2026-W54": 1 } }),
        ],
      }),
      'planningObjects[3].history["2026-W54"]: no such ISO week',
    ],
    [
      "a malformed history key",
      makeBoard({ planningObjects: [makeObject({ history: { "2026-54": 1 } })] }),
      'planningObjects[0].history["2026-54"]: not a week "YYYY-Www"',
    ],
    [
      "a bad low-production week",
      makeBoard({ calendar: { lowProductionWeeks: ["2027-W60"] } }),
      'calendar.lowProductionWeeks[0]: no such ISO week "2027-W60"',
    ],
    [
      "a bad target week",
      makeBoard({ planningObjects: [makeObject({ waitingList: { current: 1, target: 0, targetWeek: "2027-W53" } })] }),
      'planningObjects[0].waitingList.targetWeek: no such ISO week "2027-W53"',
    ],
    [
      "a bad outcome week",
      makeBoard({ outcomes: { p: { "2027-W53": { produced: 1 } } } }),
      'outcomes.p["2027-W53"]: no such ISO week',
    ],
    [
      "a bad actual-capacity week",
      makeBoard({ actualCapacity: { lak: { "2027-W53": 1 } } }),
      'actualCapacity.lak["2027-W53"]: no such ISO week',
    ],
    [
      "a measure with from after to",
      makeBoard({ measures: [makeCapacityMeasure({ from: "2027-W10", to: "2027-W02" })] }),
      'measures[0].from: "2027-W10" is after to "2027-W02"',
    ],
    [
      "an adjustment with from after to",
      makeBoard({ planningObjects: [makeObject({ adjustments: [{ from: "2027-W10", to: "2027-W02", perWeek: 1 }] })] }),
      'planningObjects[0].adjustments[0].from: "2027-W10" is after to "2027-W02"',
    ],
  ])("rejects %s", (_, json, message) => {
    expect(firstError(json)).toBe(message);
  });

  it.each([
    [
      "a duplicate planning object id",
      makeBoard({ planningObjects: [makeObject(), makeObject()] }),
      'planningObjects[1].id: duplicate id "p"',
    ],
    [
      "a duplicate resource id",
      makeBoard({ resources: [makeResource(), makeResource()] }),
      'resources[1].id: duplicate id "lak"',
    ],
    [
      "a duplicate measure id",
      makeBoard({ measures: [makeCapacityMeasure(), makeCapacityMeasure()] }),
      'measures[1].id: duplicate id "m1"',
    ],
    [
      "an unknown resource in timePerActivity",
      makeBoard({
        planningObjects: [makeObject(), makeObject({ id: "b" }), makeObject({ id: "c", timePerActivity: { xyz: 1 } })],
      }),
      'planningObjects[2].timePerActivity.xyz: no resource with id "xyz"',
    ],
    [
      "a capacity measure on an unknown resource",
      makeBoard({ measures: [makeCapacityMeasure({ resourceId: "x" })] }),
      'measures[0].resourceId: no resource with id "x"',
    ],
    [
      "a need measure on an unknown object",
      makeBoard({ measures: [makeNeedMeasure({ planningObjectId: "x" })] }),
      'measures[0].planningObjectId: no planning object with id "x"',
    ],
    [
      "an unknown measure kind",
      makeBoard({ measures: [loose({ ...makeCapacityMeasure(), kind: "other" }) as never] }),
      'measures[0].kind: expected "capacity" or "need", got "other"',
    ],
    [
      "a capacity measure without hours",
      makeBoard({ measures: [loose({ ...makeCapacityMeasure(), hoursPerWeek: undefined }) as never] }),
      "measures[0].hoursPerWeek: required",
    ],
    [
      "outcomes of an unknown object",
      makeBoard({ outcomes: { zz: {} } }),
      'outcomes.zz: no planning object with id "zz"',
    ],
    [
      "an unknown outcome field",
      makeBoard({ outcomes: { p: { "2027-W01": loose({ produced: 1, foo: 2 }) as never } } }),
      'outcomes.p["2027-W01"].foo: unknown field',
    ],
    [
      "actual capacity of an unknown resource",
      makeBoard({ actualCapacity: { zz: {} } }),
      'actualCapacity.zz: no resource with id "zz"',
    ],
    [
      "a schedule row on an unknown resource",
      makeBoard({ schedule: [{ resourceId: "x", weekday: 1, session: "am", planningObjectId: "p", slots: 1 }] }),
      'schedule[0].resourceId: no resource with id "x"',
    ],
    [
      "a schedule row on an unknown object",
      makeBoard({ schedule: [{ resourceId: "lak", weekday: 1, session: "am", planningObjectId: "x", slots: 1 }] }),
      'schedule[0].planningObjectId: no planning object with id "x"',
    ],
  ])("rejects %s", (_, json, message) => {
    expect(firstError(json)).toBe(message);
  });

  it("allows weeks outside the horizon in from, to, history, outcomes and availability", () => {
    const board = makeBoard({
      resources: [makeResource({ availability: { "2020-W53": 0.5 } })],
      planningObjects: [
        makeObject({ history: { "2020-W53": 4 }, adjustments: [{ from: "2020-W01", to: "2030-W01", perWeek: 1 }] }),
      ],
      measures: [makeCapacityMeasure({ from: "2019-W01", to: "2031-W52" })],
      outcomes: { p: { "2031-W01": {} } },
    });
    expect(firstError(board)).toBe("ok");
  });

  it("reports every error, one line each", () => {
    const result = parseBoard(makeBoard({ resources: [makeResource({ count: -1, hoursPerWeek: -2 })] }));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors).toEqual([
        "resources[0].count: must be ≥ 0, got -1",
        "resources[0].hoursPerWeek: must be ≥ 0, got -2",
      ]);
      for (const error of result.errors) expect(error).not.toContain("\n");
    }
  });

  it("throws a BoardValidationError whose message is the first error", () => {
    expect(() => parseBoardOrThrow({ ...makeBoard(), extra: 1 })).toThrow(BoardValidationError);
    expect(() => parseBoardOrThrow({ ...makeBoard(), extra: 1 })).toThrow("extra: unknown field");
  });

  it("reports malformed JSON text in one line", () => {
    const result = parseBoardText("{");
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]).toMatch(/^invalid JSON: /);
  });
});

describe("formatPath", () => {
  it("writes paths as JavaScript would access them", () => {
    expect(formatPath(["planningObjects", 3, "history", "2026-W54"])).toBe('planningObjects[3].history["2026-W54"]');
    expect(formatPath(["outcomes", "nyb-lak", "2027-W01"])).toBe('outcomes["nyb-lak"]["2027-W01"]');
    expect(formatPath([])).toBe("(document)");
  });
});

describe("round trip", () => {
  it("parse → serialize → parse gives the same board and the same result", () => {
    const original = generateSampleBoard({ planningObjects: 10, resources: 4, weeks: 30, measures: 6 });
    const first = parseBoardOrThrow(JSON.parse(JSON.stringify(original)));
    const text = serializeBoard(first);
    const second = parseBoardOrThrow(JSON.parse(text));
    expect(second).toEqual(first);
    expect(serializeBoard(second)).toBe(text);
    expect(computeBoard(second)).toEqual(computeBoard(first));
  });

  it("the computed result satisfies the pks-result schema", () => {
    const result = computeBoard(generateSampleBoard({ planningObjects: 10, resources: 4, weeks: 30, measures: 6 }), {
      mode: "scenario",
    });
    const checked = parseResult(JSON.parse(JSON.stringify(result)));
    expect(checked.ok).toBe(true);
  });
});
