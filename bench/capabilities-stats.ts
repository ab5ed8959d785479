/** Timing and printing for `bench/capabilities.ts`. */
import { maxOf, quantile } from "./collab-report";

export interface CaseRow {
  metric: string;
  /** Samples (ms). */
  ms: number[];
  /** This process's CPU time of each sample (ms), where measured: less sensitive to a busy machine. */
  cpuMs?: number[];
  /** The target for the metric's p95 (ms), when it has one. */
  target?: number;
}

export interface CaseResult {
  name: string;
  note: string;
  rows: CaseRow[];
}

/** Runs `work` once unmeasured, then `runs` times: each run's wall and CPU time (ms). */
export async function timeRuns(runs: number, work: () => unknown): Promise<{ ms: number[]; cpuMs: number[] }> {
  await work();
  const ms: number[] = [];
  const cpuMs: number[] = [];
  for (let i = 0; i < runs; i++) {
    const cpu = process.cpuUsage();
    const start = performance.now();
    await work();
    ms.push(performance.now() - start);
    const used = process.cpuUsage(cpu);
    cpuMs.push((used.user + used.system) / 1000);
  }
  return { ms, cpuMs };
}

const f = (n: number) => (Number.isFinite(n) ? n.toFixed(1) : "–");

/** One case as a Markdown table: median, p95, max and the target (met or not, on p95). */
export function formatCase(result: CaseResult): string {
  const lines = [
    `${result.name}: ${result.note}`,
    "",
    "| metric | n | median (ms) | p95 (ms) | max (ms) | CPU median (ms) | target (ms) |",
    "|---|---:|---:|---:|---:|---:|---|",
  ];
  for (const row of result.rows) {
    const p95 = quantile(row.ms, 0.95);
    const target = row.target === undefined ? "" : `≤ ${row.target} p95: ${p95 <= row.target ? "met" : "not met"}`;
    lines.push(
      `| ${row.metric} | ${row.ms.length} | ${f(quantile(row.ms, 0.5))} | ${f(p95)} | ${f(maxOf(row.ms))} | ${row.cpuMs ? f(quantile(row.cpuMs, 0.5)) : ""} | ${target} |`,
    );
  }
  return lines.join("\n");
}
