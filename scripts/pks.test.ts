/** Spawns the real CLI (node + tsx loader) and checks exit codes, stdout JSON and the stderr line. */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { computeBoard } from "../lib/engine/compute";
import { makeBoard, makeCapacityMeasure, makeNeedMeasure } from "../lib/engine/test-factories";

const root = path.resolve(__dirname, "..");
const dir = mkdtempSync(path.join(tmpdir(), "pks-cli-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function pks(args: string[], input?: string) {
  const run = spawnSync(process.execPath, ["--import", "tsx", "scripts/pks.ts", ...args], {
    cwd: root,
    input,
    encoding: "utf8",
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

function writeBoard(name: string, content: unknown): string {
  const file = path.join(dir, name);
  writeFileSync(file, typeof content === "string" ? content : JSON.stringify(content));
  return file;
}

const board = makeBoard({
  measures: [makeCapacityMeasure({ status: "proposed" }), makeNeedMeasure({ status: "decided" })],
});

function expectOneLineError(run: ReturnType<typeof pks>, line: string | RegExp) {
  expect(run.code).toBe(2);
  expect(run.stdout).toBe("");
  expect(run.stderr.endsWith("\n")).toBe(true);
  expect(run.stderr.trimEnd().split("\n")).toHaveLength(1);
  if (typeof line === "string") expect(run.stderr.trimEnd()).toBe(line);
  else expect(run.stderr.trimEnd()).toMatch(line);
  expect(run.stderr).not.toMatch(/\bat .*:\d+:\d+/); // no stack trace
}

describe("pks compute", () => {
  it("computes ENGINE.md's example input (version 2) with exit 0", () => {
    const run = pks(["compute", "lib/engine/engine-example.json"]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout);
    expect(result).toMatchObject({ format: "pks-result", version: 2, mode: "plan", balancePeriod: "week" });
    expect(result.weeks).toHaveLength(52);
    // akut: [8, 9, 11, 12, 15] at 85 % → k = ceil(4.25) = 5 → 15 a day, none above; 7 days → 105.
    expect(result.planningObjects.akut).toMatchObject({ rank: 0, acuteDimension: 15, acuteDaysAbovePct: 0 });
    expect(result.planningObjects.akut.production[0]).toBe(105);
    expect(result.planningObjects["nyb-lak"].rank).toBe(60);
    expect(result.planningObjects["ater-lak"].rank).toBe(100);
    // rum1 row: 6 slots × (50 weeks + 2 low-production weeks × 0.5) = 306.
    expect(result.planningObjects["nyb-lak"].schedule.scheduledTotal).toBe(306);
    expect(result.planningObjects["nyb-lak"].expectedWaitWeeks).toHaveLength(52);
    expect(result.planningObjects.akut).not.toHaveProperty("expectedWaitWeeks");
  });

  it("reads a version 1 document and rejects one holding a version 2 field", () => {
    const v1 = { ...board, version: 1 };
    const run = pks(["compute", writeBoard("v1.json", v1)]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).version).toBe(2);
    const mixed = { ...v1, calendar: { balancePeriod: "quarter" } };
    expectOneLineError(
      pks(["compute", writeBoard("mixed.json", mixed)]),
      'calendar.balancePeriod: a version 2 field in a version 1 document (set "version": 2)',
    );
  });

  it("prints the plan result for a file", () => {
    const run = pks(["compute", writeBoard("board.json", board)]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe("");
    expect(JSON.parse(run.stdout)).toEqual(computeBoard(board, { mode: "plan" }));
  });

  it("honours --mode scenario and reads stdin with -", () => {
    const run = pks(["compute", "-", "--mode", "scenario"], JSON.stringify(board));
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout);
    expect(result.mode).toBe("scenario");
    // Scenario counts the proposed +10 h and the decided −10 % volume.
    expect(result.resources.lak.available[0]).toBe(50);
    expect(result.planningObjects.p.demand[0]).toBe(9);
  });

  it("writes --out instead of stdout", () => {
    const out = path.join(dir, "result.json");
    const run = pks(["compute", writeBoard("board2.json", board), "--out", out, "--mode=plan"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe("");
    expect(JSON.parse(readFileSync(out, "utf8"))).toEqual(computeBoard(board));
  });

  it("accepts a file with a byte order mark", () => {
    const run = pks(["compute", writeBoard("bom.json", `\uFEFF${JSON.stringify(board)}`)]);
    expect(run.code).toBe(0);
  });

  it("rejects invalid input with the validation message", () => {
    const bad = { ...board, planningObjects: [{ ...board.planningObjects[0], history: { "2026-W54": 3 } }] };
    expectOneLineError(
      pks(["compute", writeBoard("bad.json", bad)]),
      'planningObjects[0].history["2026-W54"]: no such ISO week',
    );
  });

  it("rejects bad JSON", () => {
    expectOneLineError(pks(["compute", writeBoard("broken.json", '{"format": ')]), /^invalid JSON: /);
  });

  it("rejects an unreadable file", () => {
    expectOneLineError(
      pks(["compute", path.join(dir, "missing.json")]),
      `cannot read ${JSON.stringify(path.join(dir, "missing.json"))}: no such file`,
    );
    expectOneLineError(pks(["compute", dir]), `cannot read ${JSON.stringify(dir)}: is a directory`);
  });

  it("rejects unknown commands, flags and modes, and missing arguments", () => {
    expectOneLineError(pks(["render", "x.json"]), /^unknown command "render" \(usage: /);
    expectOneLineError(pks([]), /^missing command \(usage: /);
    expectOneLineError(pks(["compute", "x.json", "--fast"]), /^unknown option "--fast" \(usage: /);
    expectOneLineError(pks(["compute", "x.json", "-v"]), /^unknown option "-v" \(usage: /);
    expectOneLineError(pks(["compute", "x.json", "--mode", "best"]), '--mode must be "plan" or "scenario", got "best"');
    expectOneLineError(pks(["compute", "x.json", "--out"]), /^--out needs a value/);
    expectOneLineError(pks(["compute"]), /^missing input file/);
    expectOneLineError(pks(["compute", "a.json", "b.json"]), /^unexpected argument "b.json"/);
  });
});
