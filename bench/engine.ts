/**
 * Benchmark of the planning engine on the reference board: 200 planning objects × 12 resources
 * × 104 weeks, 50 measures, outcomes. Reports median and p95 of full compute (plan, scenario),
 * validated parse of the JSON text, and incremental recompute after one history cell edit; wall
 * time and this process's CPU time (the machine is shared, so both are reported with the load).
 * Run: npm run bench:engine
 */
import { availableParallelism, loadavg } from "node:os";
import { computeBoard } from "../lib/engine/compute";
import { createEngine } from "../lib/engine/engine";
import { generateSampleBoard } from "../lib/engine/sample-board";
import type { PksBoard } from "../lib/engine/schema";
import { parseBoardText } from "../lib/engine/validate";

interface Row {
  name: string;
  target: number;
  times: number[];
  /** CPU time of this process per run (ms): less sensitive than wall time to other processes. */
  cpu: number[];
}

function measure(name: string, target: number, runs: number, run: (i: number) => void): Row {
  for (let i = 0; i < Math.min(50, runs); i++) run(i); // warm up the JIT
  const times: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    run(i);
    times.push(performance.now() - t0);
    const used = process.cpuUsage(c0);
    cpu.push((used.user + used.system) / 1000);
  }
  times.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  return { name, target, times, cpu };
}

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];

function editHistoryCell(board: PksBoard, i: number): PksBoard {
  const p = i % board.planningObjects.length;
  const object = board.planningObjects[p];
  const history = { ...object.history };
  const week = Object.keys(history)[i % 104];
  history[week] = (history[week] ?? 0) + 1;
  const planningObjects = board.planningObjects.slice();
  planningObjects[p] = { ...object, history };
  return { ...board, planningObjects };
}

const board = generateSampleBoard();
const text = JSON.stringify(board);
const parsed = parseBoardText(text);
if (!parsed.ok) throw new Error(`generated board is invalid: ${parsed.errors[0]}`);

const rows: Row[] = [
  measure("full compute, plan", 5, 300, () => computeBoard(board, { mode: "plan" })),
  measure("full compute, scenario", 5, 300, () => computeBoard(board, { mode: "scenario" })),
  measure("validated parse of JSON text", 50, 100, () => parseBoardText(text)),
];
// Precompute the edited boards so that the measured time is the engine's alone.
const engine = createEngine(board);
const edits: PksBoard[] = [];
let current = board;
for (let i = 0; i < 600; i++) {
  current = editHistoryCell(current, i * 7);
  edits.push(current);
}
rows.push(measure("incremental recompute, one history cell", 1, 550, (i) => engine.update(edits[i])));

console.log(
  `document size: ${Buffer.byteLength(text)} bytes (${board.planningObjects.length} planning objects × ${board.resources.length} resources × ${board.horizon.weeks} weeks, ${board.measures?.length} measures)`,
);
console.log(
  `load average: ${loadavg()
    .map((l) => l.toFixed(2))
    .join(", ")} on ${availableParallelism()} cores`,
);
console.log("");
console.log("| operation | median (ms) | p95 (ms) | CPU median (ms) | target (ms) | met |");
console.log("|---|---:|---:|---:|---:|:---:|");
for (const row of rows) {
  const median = quantile(row.times, 0.5);
  const p95 = quantile(row.times, 0.95);
  const cpu = quantile(row.cpu, 0.5);
  console.log(
    `| ${row.name} | ${median.toFixed(3)} | ${p95.toFixed(3)} | ${cpu.toFixed(3)} | ≤ ${row.target} | ${median <= row.target ? "yes" : "no"} |`,
  );
}
