/** Validation of the fields version 2 of ENGINE.md added, and of version 1 documents. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { computeBoard } from "./compute";
import type { PksBoard } from "./schema";
import { makeBoard, makeCapacityMeasure, makeNeedMeasure, makeObject } from "./test-factories";
import { parseBoard, parseResult, serializeBoard } from "./validate";

function firstError(json: unknown): string {
  const result = parseBoard(json);
  return result.ok ? "ok" : result.errors[0];
}

const v1 = (overrides: Partial<PksBoard> = {}) => ({ ...makeBoard(overrides), version: 1 });
const acute = { dailyDemand: [3, 5], coveragePct: 85 };
const example = JSON.parse(readFileSync(new URL("./engine-example.json", import.meta.url), "utf8"));

describe("version 2 documents", () => {
  it("accepts ENGINE.md's example with every version 2 field", () => {
    const parsed = parseBoard(example);
    expect(parsed.ok ? "ok" : parsed.errors[0]).toBe("ok");
    if (!parsed.ok) return;
    expect(parsed.board).toEqual(example);
    const result = computeBoard(parsed.board);
    expect(parseResult(JSON.parse(JSON.stringify(result))).ok).toBe(true);
  });

  it.each([
    [
      "rank 0",
      makeBoard({ planningObjects: [makeObject({ rank: 0 })] }),
      "planningObjects[0].rank: must be an integer 1…10000, got 0",
    ],
    [
      "rank 10001",
      makeBoard({ planningObjects: [makeObject({ rank: 10001 })] }),
      "planningObjects[0].rank: must be an integer 1…10000, got 10001",
    ],
    [
      "a fractional rank",
      makeBoard({ planningObjects: [makeObject({ rank: 1.5 })] }),
      "planningObjects[0].rank: must be an integer, got 1.5",
    ],
    [
      "a rank on an acute object",
      makeBoard({ planningObjects: [makeObject({ acute, rank: 5 })] }),
      "planningObjects[0].rank: an acute object takes no rank (acute care always comes first)",
    ],
    [
      "a waiting list on an acute object",
      makeBoard({ planningObjects: [makeObject({ acute, waitingList: { current: 1, target: 0 } })] }),
      "planningObjects[0].waitingList: an acute object has no waiting list",
    ],
    [
      "daysPerWeek 8",
      makeBoard({ planningObjects: [makeObject({ acute: { ...acute, daysPerWeek: 8 } })] }),
      "planningObjects[0].acute.daysPerWeek: must be an integer 1…7, got 8",
    ],
    [
      "daysPerWeek 0",
      makeBoard({ planningObjects: [makeObject({ acute: { ...acute, daysPerWeek: 0 } })] }),
      "planningObjects[0].acute.daysPerWeek: must be an integer 1…7, got 0",
    ],
    [
      "targetWaitDays 0",
      makeBoard({ planningObjects: [makeObject({ waitingList: { current: 1, target: 0, targetWaitDays: 0 } })] }),
      "planningObjects[0].waitingList.targetWaitDays: must be an integer ≥ 1, got 0",
    ],
    [
      "deviationThresholdPct 0",
      makeBoard({ board: { name: "T", deviationThresholdPct: 0 } }),
      "board.deviationThresholdPct: must be in (0, 100], got 0",
    ],
    [
      "deviationThresholdPct 101",
      makeBoard({ board: { name: "T", deviationThresholdPct: 101 } }),
      "board.deviationThresholdPct: must be in (0, 100], got 101",
    ],
    [
      "an unknown level",
      makeBoard({ board: { name: "T", level: "national" as never } }),
      'board.level: expected one of "political", "strategic", "tactical", "operational", got "national"',
    ],
    [
      "an unknown balance period",
      makeBoard({ calendar: { balancePeriod: "day" as never } }),
      'calendar.balancePeriod: expected one of "week", "month", "tertial", "quarter", "year", got "day"',
    ],
    [
      "an unknown lever",
      makeBoard({ measures: [makeCapacityMeasure({ lever: "hope" as never })] }),
      'measures[0].lever: expected one of "care-need", "production-need", "capacity-need", "resources", "available-capacity", got "hope"',
    ],
    [
      "an unknown basis",
      makeBoard({ measures: [makeCapacityMeasure({ basis: "hope" as never })] }),
      'measures[0].basis: expected "decision" or "change", got "hope"',
    ],
    [
      "an owner of 201 characters",
      makeBoard({ measures: [makeCapacityMeasure({ owner: "x".repeat(201) })] }),
      `measures[0].owner: must be at most 200 characters, got "${"x".repeat(40)}…"`,
    ],
    [
      "a note over 10 000 characters",
      makeBoard({ measures: [makeCapacityMeasure({ note: "x".repeat(10001) })] }),
      `measures[0].note: must be at most 10 000 characters, got "${"x".repeat(40)}…"`,
    ],
  ])("rejects %s", (_, json, message) => {
    expect(firstError(json)).toBe(message);
  });

  it("rejects a lever of the other kind of measure, naming the field", () => {
    const measures = [
      makeCapacityMeasure({ id: "m1", lever: "available-capacity" }),
      makeNeedMeasure({ id: "m2", lever: "capacity-need" }),
      makeNeedMeasure({ id: "m3", lever: "resources" }),
      makeCapacityMeasure({ id: "m4", lever: "care-need" }),
      makeNeedMeasure({ id: "m5", lever: "available-capacity" }),
      makeCapacityMeasure({ id: "m6", lever: "production-need" }),
    ];
    const result = parseBoard(makeBoard({ measures }));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors).toEqual([
        'measures[2].lever: "resources" is only for capacity measures',
        'measures[3].lever: "care-need" is only for need measures',
        'measures[4].lever: "available-capacity" is only for capacity measures',
        'measures[5].lever: "production-need" is only for need measures',
      ]);
    }
  });

  it("accepts every lever on its own kind, both bases, owner and note at their limits", () => {
    const measures = [
      makeCapacityMeasure({ id: "m1", lever: "resources", basis: "decision", owner: "x".repeat(200) }),
      makeCapacityMeasure({ id: "m2", lever: "available-capacity", basis: "change", note: "x".repeat(10000) }),
      makeNeedMeasure({ id: "m3", lever: "care-need" }),
      makeNeedMeasure({ id: "m4", lever: "production-need" }),
      makeNeedMeasure({ id: "m5", lever: "capacity-need", basis: "decision" }),
    ];
    expect(firstError(makeBoard({ measures }))).toBe("ok");
  });
});

describe("version 1 documents", () => {
  it("are read as version 2 and serialized as version 2", () => {
    const result = parseBoard(v1());
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.board.version).toBe(2);
      expect(JSON.parse(serializeBoard(result.board)).version).toBe(2);
    }
    expect(JSON.parse(serializeBoard(v1() as PksBoard)).version).toBe(2);
  });

  it.each([
    ["rank", v1({ planningObjects: [makeObject({ rank: 3 })] }), "planningObjects[0].rank"],
    [
      "acute.daysPerWeek",
      v1({ planningObjects: [makeObject({ acute: { ...acute, daysPerWeek: 5 } })] }),
      "planningObjects[0].acute.daysPerWeek",
    ],
    ["calendar.balancePeriod", v1({ calendar: { balancePeriod: "week" } }), "calendar.balancePeriod"],
    [
      "waitingList.targetWaitDays",
      v1({ planningObjects: [makeObject({ waitingList: { current: 1, target: 0, targetWaitDays: 30 } })] }),
      "planningObjects[0].waitingList.targetWaitDays",
    ],
    [
      "board.deviationThresholdPct",
      v1({ board: { name: "T", deviationThresholdPct: 10 } }),
      "board.deviationThresholdPct",
    ],
    ["a measure's lever", v1({ measures: [makeCapacityMeasure({ lever: "resources" })] }), "measures[0].lever"],
    ["a measure's basis", v1({ measures: [makeCapacityMeasure({ basis: "decision" })] }), "measures[0].basis"],
    ["a measure's owner", v1({ measures: [makeCapacityMeasure({ owner: "A" })] }), "measures[0].owner"],
    ["a measure's note", v1({ measures: [makeNeedMeasure({ note: "B" })] }), "measures[0].note"],
  ])("reject the version 2 field %s, naming it", (_, json, path) => {
    expect(firstError(json)).toBe(`${path}: a version 2 field in a version 1 document (set "version": 2)`);
  });

  it("accept an acute object with a waiting list and treat the list as absent", () => {
    const result = parseBoard(v1({ planningObjects: [makeObject({ acute, waitingList: { current: 9, target: 0 } })] }));
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.board.planningObjects[0]).not.toHaveProperty("waitingList");
  });
});
