/**
 * Where our collaboration server's latency tail comes from: runs `bench/collab.ts` with a CPU
 * profile of our server (node --cpu-prof) and its event-loop delay (COLLAB_EVENT_LOOP_STATS), then
 * prints, per load level measured on ours, the event-loop delay (per-second windows) and where the
 * server's CPU went (self time by area and the top functions).
 * Run: npx tsx bench/server-profile.ts [levels, default 1,3] [output dir, default a temp folder]
 * The levels are bench/collab.ts's (0-based: 10, 50, 100 editors × 1/s, 100 × 4/s).
 */
import { spawn } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { EventLoopSample } from "../server/collab/event-loop-stats";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}

interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

/** One load level on ours: wall clock (ms) and monotonic clock (µs, the profile's) bounds. */
interface LevelWindow {
  label: string;
  wall: [number, number];
  mono: [number, number];
}

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const MARKER = /^(\d+ editors × \d+\/s) on (ours|reference)/;
const PAUSE_BETWEEN_MS = 1500;
const monoUs = () => Number(process.hrtime.bigint() / 1000n);

/** Runs the benchmark; returns the windows in which each level ran on ours. */
async function runBench(levels: string, dir: string, stats: string): Promise<LevelWindow[]> {
  const child = spawn(process.execPath, ["--import", "tsx", "bench/collab.ts"], {
    cwd: REPO,
    env: { ...process.env, BENCH_COLLAB_LEVELS: levels, BENCH_COLLAB_CPU_PROF: dir, COLLAB_EVENT_LOOP_STATS: stats },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const marks: { label: string; target: string; wall: number; mono: number }[] = [];
  let pending = "";
  child.stdout.on("data", (chunk: Buffer) => {
    process.stdout.write(chunk);
    pending += String(chunk);
    const lines = pending.split("\n");
    pending = lines.pop() ?? "";
    for (const line of lines) {
      const match = MARKER.exec(line);
      if (match) marks.push({ label: match[1], target: match[2], wall: Date.now(), mono: monoUs() });
    }
  });
  const code = await new Promise<number | null>((resolve) => child.once("exit", resolve));
  if (code !== 0) throw new Error(`bench/collab.ts exited with ${code}`);
  const windows: LevelWindow[] = [];
  for (let i = 0; i + 1 < marks.length; i++) {
    const [ours, reference] = [marks[i], marks[i + 1]];
    if (ours.target !== "ours" || reference.target !== "reference") continue;
    // The reference ran the same level just after: its duration tells how long ours ran.
    const ms = reference.wall - ours.wall - PAUSE_BETWEEN_MS;
    windows.push({ label: ours.label, wall: [ours.wall - ms, ours.wall], mono: [ours.mono - ms * 1000, ours.mono] });
  }
  return windows;
}

const quantile = (values: number[], q: number) =>
  values.length === 0 ? Number.NaN : [...values].sort((a, b) => a - b)[Math.ceil(q * values.length) - 1];

function printEventLoop(samples: EventLoopSample[], windows: LevelWindow[]): void {
  console.log("\n| level (ours) | seconds | delay p50 | p99 (median second) | p99 (worst second) | max (ms) |");
  console.log("|---|---:|---:|---:|---:|---:|");
  for (const window of windows) {
    const inside = samples.filter((s) => s.kind === "second" && s.at >= window.wall[0] && s.at <= window.wall[1]);
    const f = (v: number) => v.toFixed(1);
    console.log(
      `| ${window.label} | ${inside.length} | ${f(
        quantile(
          inside.map((s) => s.p50),
          0.5,
        ),
      )} | ` +
        `${f(
          quantile(
            inside.map((s) => s.p99),
            0.5,
          ),
        )} | ${f(Math.max(...inside.map((s) => s.p99)))} | ` +
        `${f(Math.max(...inside.map((s) => s.max)))} |`,
    );
  }
  const total = samples.find((s) => s.kind === "total");
  if (total)
    console.log(`\nwhole run: p50 ${total.p50} ms, p99 ${total.p99} ms, p99.9 ${total.p999} ms, max ${total.max} ms`);
}

function areaOf(frame: ProfileNode["callFrame"]): string {
  const { url, functionName } = frame;
  if (!url) return functionName.startsWith("(") ? functionName : "native / V8";
  if (url.includes("@electric-sql/pglite") || url.startsWith("wasm://")) return "PGlite (WASM + JS)";
  if (url.includes("drizzle-orm")) return "drizzle";
  if (/node_modules\/(yjs|lib0|y-protocols)/.test(url)) return "Yjs / lib0";
  if (url.includes("node_modules/ws/")) return "ws";
  if (url.includes("node_modules/pg")) return "pg";
  if (url.includes("node_modules")) return "other packages";
  if (url.startsWith("node:")) return "Node internals";
  if (url.includes("/server/collab/")) return "server/collab";
  if (url.includes("/lib/")) return "our lib/";
  return "other";
}

function printProfile(profile: CpuProfile, thread: string, window: LevelWindow): void {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const areas = new Map<string, number>();
  const functions = new Map<string, number>();
  let t = profile.startTime;
  let total = 0;
  for (let i = 0; i < profile.samples.length; i++) {
    t += profile.timeDeltas[i];
    if (t < window.mono[0] || t > window.mono[1]) continue;
    const delta = profile.timeDeltas[i + 1] ?? 0;
    const frame = byId.get(profile.samples[i])?.callFrame;
    if (!frame) continue;
    total += delta;
    const area = areaOf(frame);
    areas.set(area, (areas.get(area) ?? 0) + delta);
    const where = `${frame.functionName || "(anonymous)"} ${path.basename(frame.url)}:${frame.lineNumber + 1}`;
    functions.set(where, (functions.get(where) ?? 0) + delta);
  }
  if ((areas.get("(idle)") ?? 0) >= total * 0.995) {
    console.log(`\n${thread}, ${window.label}: idle (a helper thread, e.g. tsx's module loader)`);
    return;
  }
  const pct = (us: number) => `${((us / total) * 100).toFixed(1)} %`;
  console.log(`\nCPU profile, ${thread}, ${window.label} on ours (${(total / 1e6).toFixed(1)} s of samples):`);
  for (const [area, us] of [...areas].sort((a, b) => b[1] - a[1])) console.log(`  ${pct(us).padStart(7)}  ${area}`);
  console.log("  top functions by self time (idle excluded):");
  const busy = [...functions].filter(([name]) => !name.startsWith("(idle)")).sort((a, b) => b[1] - a[1]);
  for (const [name, us] of busy.slice(0, 15)) console.log(`  ${pct(us).padStart(7)}  ${name}`);
}

async function main(): Promise<void> {
  const levels = process.argv[2] ?? "1,3";
  const dir = process.argv[3] ?? (await mkdtemp(path.join(tmpdir(), "pks-profile-")));
  const stats = path.join(dir, "event-loop.jsonl");
  const windows = await runBench(levels, dir, stats);
  const samples = existsSync(stats)
    ? readFileSync(stats, "utf8")
        .split("\n")
        .filter(Boolean)
        .map((line) => JSON.parse(line) as EventLoopSample)
    : [];
  console.log(`\n## Server profile (files in ${dir})`);
  printEventLoop(samples, windows);
  // One profile per thread: CPU.<date>.<time>.<pid>.<thread id>.<n>.cpuprofile; thread 0 is the main one.
  const files = readdirSync(dir).filter((name) => name.endsWith(".cpuprofile"));
  if (files.length === 0) throw new Error(`no .cpuprofile in ${dir}`);
  for (const file of files.sort()) {
    const threadId = file.split(".")[4];
    const thread = threadId === "0" ? "main thread" : `worker thread ${threadId}`;
    const profile = JSON.parse(readFileSync(path.join(dir, file), "utf8")) as CpuProfile;
    for (const window of windows) printProfile(profile, thread, window);
  }
}

await main();
