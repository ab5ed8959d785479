/**
 * Golden outputs: the exact results (every bit of every number) of the engine on generated boards
 * with varied shapes, as SHA-256 digests recorded before the engine was optimised for speed. Any
 * change to a result, however small, fails here; a deliberate change of semantics regenerates the
 * fixture with `GOLDEN_WRITE=1 npx vitest run lib/engine/compute.golden.test.ts` and says why.
 */
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { computeBoard } from "./compute";
import { createEngine } from "./engine";
import { generateSampleBoard, type SampleBoardOptions } from "./sample-board";
import type { Measure, PksBoard, PksMode } from "./schema";
import { parseBoard } from "./validate";

const FIXTURE = new URL("./fixtures/compute-golden.json", import.meta.url);

/** JSON with −0, NaN and ±Infinity spelled out, so that the digest sees every bit that matters. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v) => {
    if (typeof v !== "number") return v;
    if (Object.is(v, -0)) return "-0";
    return Number.isFinite(v) ? v : String(v);
  });
}

const digest = (value: unknown) => createHash("sha256").update(canonical(value)).digest("hex");

/** Measures cut to extremes: time to 0 (a resource stops limiting), volume to 0, large additions. */
function extremeMeasures(board: PksBoard): Measure[] {
  return (board.measures ?? []).map((measure, m) => {
    if (measure.kind === "need" && m % 3 === 1) return { ...measure, timePct: -100, status: "realized" };
    if (measure.kind === "need" && m % 3 === 2) return { ...measure, volumePct: -100, to: measure.from };
    if (measure.kind === "capacity" && m % 4 === 2) return { ...measure, hoursPerWeek: 400, status: "realized" };
    return measure;
  });
}

/** Deterministic variations of a generated board that reach the engine's other branches. */
const VARIANTS: Record<string, (board: PksBoard) => PksBoard> = {
  asGenerated: (board) => board,
  byMonth: (board) => ({ ...board, calendar: { ...board.calendar, balancePeriod: "month" } }),
  byTertial: (board) => ({ ...board, calendar: { ...board.calendar, balancePeriod: "tertial" } }),
  strategicDefault: (board) => ({
    ...board,
    board: { ...board.board, level: "strategic" },
    calendar: { lowProductionWeeks: board.calendar?.lowProductionWeeks, lowProductionAvailability: 0.3 },
  }),
  politicalByYear: (board) => ({ ...board, board: { ...board.board, level: "political" }, calendar: {} }),
  extremes: (board) => ({ ...board, measures: extremeMeasures(board) }),
  sparse: (board) => ({
    ...board,
    planningObjects: board.planningObjects.map((object, p) => {
      if (p % 3 === 0) return { ...object, history: {}, annualVolume: 520 + p };
      if (p % 3 === 1 && object.waitingList)
        return { ...object, waitingList: { ...object.waitingList, targetWeek: "2020-W01" } };
      if (p % 7 === 2) return { ...object, timePerActivity: {} };
      return object;
    }),
    schedule: [],
    outcomes: {},
  }),
  scarce: (board) => ({
    ...board,
    resources: board.resources.map((resource, r) =>
      r % 2 === 0 ? { ...resource, count: resource.count / 4 } : resource,
    ),
  }),
};

const SHAPES: Record<string, SampleBoardOptions> = {
  reference: {},
  small: { planningObjects: 30, resources: 5, weeks: 40, measures: 10, seed: 7 },
  yearWith53Weeks: { planningObjects: 25, resources: 4, weeks: 60, measures: 12, start: "2026-W40", seed: 3 },
  fourYears: { planningObjects: 12, resources: 3, weeks: 208, measures: 8, start: "2027-W10", seed: 11 },
  tiny: { planningObjects: 3, resources: 2, weeks: 6, measures: 4, start: "2026-W51", seed: 5 },
};

function computeDigests(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [shape, options] of Object.entries(SHAPES)) {
    const generated = generateSampleBoard(options);
    for (const [variant, vary] of Object.entries(VARIANTS)) {
      if (shape === "reference" && variant !== "asGenerated" && variant !== "scarce") continue;
      const board = vary(generated);
      const parsed = parseBoard(board);
      if (!parsed.ok) throw new Error(`${shape}/${variant} is invalid: ${parsed.errors[0]}`);
      for (const mode of ["plan", "scenario"] as PksMode[]) {
        out[`${shape}/${variant}/${mode}`] = digest(computeBoard(board, { mode }));
      }
    }
  }
  out["small/incremental/scenario"] = digestEditChain(generateSampleBoard(SHAPES.small));
  return out;
}

/** The incremental engine's results after a chain of history edits, as one digest. */
function digestEditChain(board: PksBoard): string {
  const engine = createEngine(board, { mode: "scenario" });
  let current = board;
  const digests: string[] = [];
  for (let i = 0; i < 12; i++) {
    const p = (i * 7) % current.planningObjects.length;
    const planningObjects = current.planningObjects.slice();
    const object = planningObjects[p];
    const week = Object.keys(object.history ?? {})[(i * 13) % 104];
    planningObjects[p] = { ...object, history: { ...object.history, [week]: 3 * i + 1 } };
    current = { ...current, planningObjects };
    digests.push(digest(engine.update(current)));
  }
  return digest(digests);
}

describe("golden results", () => {
  const actual = computeDigests();
  if (process.env.GOLDEN_WRITE === "1") writeFileSync(FIXTURE, `${JSON.stringify(actual, null, 2)}\n`);
  const expected = JSON.parse(readFileSync(FIXTURE, "utf8")) as Record<string, string>;

  it("covers the same cases as the fixture", () => {
    expect(Object.keys(actual).sort()).toEqual(Object.keys(expected).sort());
  });

  it.each(Object.keys(expected))("%s gives the recorded result, bit for bit", (key) => {
    expect(actual[key]).toBe(expected[key]);
  });
});
