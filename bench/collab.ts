/**
 * Benchmark of the collaboration server against the reference `@y/websocket-server` (in memory),
 * same load on both in the same run: headless y-websocket editors in worker processes edit one
 * board on loopback at 10, 50 and 100 editors × 1 edit/s and 100 × 4/s (overload). Reports edit
 * propagation (edit → seen by the others), saved-ack latency (edit → MESSAGE_SAVED, ours only),
 * initial sync, server CPU and RSS, bytes per edit; then a cold-board sync of a 200 planning
 * objects × 104 weeks board. Ours: one collab-main process on the embedded database, durable saves.
 * Run: npm run bench:collab   (about 4 minutes; stops by itself)
 * BENCH_COLLAB_LEVELS=1,2 runs only those load levels (0-based); BENCH_COLLAB_CPU_PROF=<dir> writes
 * a CPU profile of our server there (node --cpu-prof).
 */
import { type ChildProcess, fork, spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import http from "node:http";
import { cpus, tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import WebSocket from "ws";
import { WebsocketProvider } from "y-websocket";
import * as Y from "yjs";
import { writeBoardToDoc } from "../lib/board/doc-model";
import { MESSAGE_ERROR, MESSAGE_READ_ONLY, MESSAGE_SAVED } from "../lib/board/protocol";
import { openDatabase } from "../lib/db/client";
import { addMember, createBoard, createUser } from "../lib/db/test-factories";
import { generateSampleBoard } from "../lib/engine";
import { TEST_KEY, tokenFor } from "../server/collab/test-harness";
import { type CollabProcess, startCollabProcess } from "../server/collab/test-services";
import type { RunResult, WorkerCommand } from "./collab-worker";

const ALL_LEVELS = [
  { editors: 10, rate: 1 },
  { editors: 50, rate: 1 },
  { editors: 100, rate: 1 },
  { editors: 100, rate: 4 },
];
const LEVELS = process.env.BENCH_COLLAB_LEVELS
  ? process.env.BENCH_COLLAB_LEVELS.split(",").map((i) => ALL_LEVELS[Number(i)])
  : ALL_LEVELS;
const PROFILE_DIR = process.env.BENCH_COLLAB_CPU_PROF;
const WARMUP_MS = 2000;
const MEASURE_MS = 10_000;
const COLD_RUNS = 5;
const WORKERS = Math.min(8, Math.max(2, cpus().length));
const HERE = path.dirname(fileURLToPath(import.meta.url));
const REPO = path.resolve(HERE, "..");

/** The reference: @y/websocket-server's setupWSConnection in a plain http server, in memory. */
async function serveReference(): Promise<void> {
  const { setupWSConnection } = await import("@y/websocket-server/utils");
  const { WebSocketServer } = await import("ws");
  const wss = new WebSocketServer({ noServer: true });
  const server = http.createServer((_req, res) => res.writeHead(404).end());
  server.on("upgrade", (req, socket, head) => wss.handleUpgrade(req, socket, head, (ws) => setupWSConnection(ws, req)));
  server.listen(0, "127.0.0.1", () => {
    const address = server.address();
    console.log(`listening ${typeof address === "object" && address ? address.port : 0}`);
  });
}

interface Target {
  name: "ours" | "reference";
  pid: number;
  url: string;
  room(level: number): string;
  params(level: number, editor: number): Record<string, string>;
}

interface Sample {
  cpuPercent: number;
  rssMb: number;
  /** Peak RSS minus RSS before the clients connected. */
  rssGrowthMb: number;
}

interface LevelResult {
  propagation: number[];
  savedAck: number[];
  syncMs: number[];
  edits: number;
  bytes: number;
  unsaved: number;
  closeCodes: number[];
  server: Sample;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const wallNow = () => performance.timeOrigin + performance.now();
const TICKS_PER_SECOND = 100;

function quantile(values: number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = Float64Array.from(values).sort();
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
}

function readProc(pid: number): { ticks: number; rssMb: number } {
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  const ticks = Number(fields[11]) + Number(fields[12]);
  const rss = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
  return { ticks, rssMb: rss ? Number(rss[1]) / 1024 : Number.NaN };
}

/** Server CPU (% of one core), peak RSS and its growth between the call and `stop()`. */
function sampleServer(pid: number): { stop(): Sample } {
  const first = readProc(pid);
  const startedAt = performance.now();
  let peak = first.rssMb;
  const timer = setInterval(() => {
    peak = Math.max(peak, readProc(pid).rssMb);
  }, 250);
  return {
    stop() {
      clearInterval(timer);
      const last = readProc(pid);
      const seconds = (performance.now() - startedAt) / 1000;
      const cpuPercent = ((last.ticks - first.ticks) / TICKS_PER_SECOND / seconds) * 100;
      const rssMb = Math.max(peak, last.rssMb);
      return { cpuPercent, rssMb, rssGrowthMb: rssMb - first.rssMb };
    },
  };
}

class Workers {
  private readonly children: ChildProcess[] = [];

  constructor(count: number) {
    for (let i = 0; i < count; i++) {
      this.children.push(
        fork(path.join(HERE, "collab-worker.ts"), [], { execArgv: ["--import", "tsx"], stdio: "inherit" }),
      );
    }
  }

  /** Sends each worker its command and collects one reply of `type` from each. */
  private ask<T>(commands: WorkerCommand[], type: string): Promise<T[]> {
    return Promise.all(
      this.children.map(
        (child, i) =>
          new Promise<T>((resolve) => {
            const onMessage = (message: { type: string }) => {
              if (message.type !== type) return;
              child.off("message", onMessage);
              resolve(message as T);
            };
            child.on("message", onMessage);
            child.send(commands[i]);
          }),
      ),
    );
  }

  async runLevel(target: Target, level: number, editors: number, rate: number): Promise<Omit<LevelResult, "server">> {
    const shares = this.children.map((_, w) =>
      Array.from({ length: editors }, (_, i) => i)
        .filter((i) => i % this.children.length === w)
        .map((index) => ({ index, params: target.params(level, index) })),
    );
    const synced = await this.ask<{ syncMs: number[] }>(
      shares.map((clients) => ({ type: "connect", url: target.url, room: target.room(level), clients })),
      "synced",
    );
    const startAt = wallNow() + 300;
    const run = { type: "run" as const, startAt, editsPerSecond: rate };
    const measureFrom = startAt + WARMUP_MS;
    const results = await this.ask<RunResult>(
      this.children.map(() => ({ ...run, measureFrom, measureUntil: measureFrom + MEASURE_MS })),
      "result",
    );
    await this.ask(
      this.children.map(() => ({ type: "close" })),
      "closed",
    );
    return {
      propagation: results.flatMap((r) => r.propagation),
      savedAck: results.flatMap((r) => r.savedAck),
      syncMs: synced.flatMap((s) => s.syncMs),
      edits: results.reduce((sum, r) => sum + r.edits, 0),
      bytes: results.reduce((sum, r) => sum + r.bytesSent + r.bytesReceived, 0),
      unsaved: results.reduce((sum, r) => sum + r.unsaved, 0),
      closeCodes: results.flatMap((r) => r.closeCodes),
    };
  }

  close(): void {
    for (const child of this.children) child.disconnect();
  }
}

async function startReference(): Promise<{ pid: number; url: string; stop(): Promise<void> }> {
  const child = spawn(process.execPath, ["--import", "tsx", path.join(HERE, "collab.ts"), "--reference-server"], {
    cwd: REPO,
    stdio: ["ignore", "pipe", "inherit"],
  });
  const port = await new Promise<number>((resolve, reject) => {
    child.stdout?.on("data", (chunk) => {
      const match = /listening (\d+)/.exec(String(chunk));
      if (match) resolve(Number(match[1]));
    });
    child.once("exit", (code) => reject(new Error(`reference server exited (${code})`)));
  });
  return {
    pid: child.pid!,
    url: `ws://127.0.0.1:${port}`,
    stop: () =>
      new Promise<void>((resolve) => {
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}

/** Connects one fresh client and resolves with the time until it is synced. */
async function timeSync(url: string, room: string, params: Record<string, string>, doc = new Y.Doc()) {
  const started = performance.now();
  const provider = new WebsocketProvider(url, room, doc, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    params,
    disableBc: true,
  });
  const handlers = provider.messageHandlers as unknown as (() => void)[];
  for (const type of [MESSAGE_SAVED, MESSAGE_READ_ONLY, MESSAGE_ERROR]) handlers[type] = () => {};
  await new Promise<void>((resolve) => {
    const check = (isSynced: boolean) => isSynced && resolve();
    provider.on("sync", check);
  });
  return { ms: performance.now() - started, provider, doc };
}

interface ColdResult {
  first: number;
  cold: number[];
  warm: number[];
  reference: number[];
  bytes: number;
}

async function coldBoardSync(ours: CollabProcess, reference: { url: string }, cold: Seed["cold"]): Promise<ColdResult> {
  const params = { token: tokenFor(cold.boardId, cold.userId, 3600) };
  const first = await timeSync(ours.url, cold.boardId, params);
  const bytes = Y.encodeStateAsUpdate(first.doc).byteLength;
  first.provider.destroy();
  const coldRuns: number[] = [];
  for (let i = 0; i < COLD_RUNS; i++) {
    await sleep(2500); // the room unloads 1 s after the last client left (then compacts)
    const run = await timeSync(ours.url, cold.boardId, params);
    coldRuns.push(run.ms);
    run.provider.destroy();
  }
  const measureWarm = async (url: string, room: string, p: Record<string, string>, holderDoc: Y.Doc) => {
    const holder = await timeSync(url, room, p, holderDoc);
    await sleep(500);
    const runs: number[] = [];
    for (let i = 0; i < COLD_RUNS; i++) {
      const run = await timeSync(url, room, p);
      runs.push(run.ms);
      run.provider.destroy();
    }
    holder.provider.destroy();
    return runs;
  };
  const warm = await measureWarm(ours.url, cold.boardId, params, new Y.Doc());
  // The reference has no database: a first client brings the board and stays connected.
  const seeded = new Y.Doc();
  writeBoardToDoc(seeded, generateSampleBoard());
  const referenceRuns = await measureWarm(reference.url, "cold-board", {}, seeded);
  return { first: first.ms, cold: coldRuns, warm, reference: referenceRuns, bytes };
}

interface Seed {
  dataDir: string;
  boards: string[];
  users: string[];
  cold: { boardId: string; userId: string };
}

/** One board per load level, 100 editors as members of each, and the big board for the cold sync. */
async function seed(): Promise<Seed> {
  const dataDir = await mkdtemp(path.join(tmpdir(), "pks-bench-collab-"));
  const database = await openDatabase({ dataDir });
  const { db } = database;
  const first = await createBoard(db);
  const boards = [first.id];
  for (let i = 1; i < LEVELS.length; i++)
    boards.push((await createBoard(db, { organisationId: first.organisationId })).id);
  const users: string[] = [];
  for (let i = 0; i < 100; i++) {
    const user = await createUser(db, { organisationId: first.organisationId });
    users.push(user.id);
    for (const boardId of boards) await addMember(db, boardId, user.id, "editor");
  }
  const big = await createBoard(db, { organisationId: first.organisationId, data: generateSampleBoard() });
  await addMember(db, big.id, users[0], "editor");
  await database.close();
  return { dataDir, boards, users, cold: { boardId: big.id, userId: users[0] } };
}

const f = (n: number, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : "–");
const ratio = (a: number, b: number) =>
  Number.isFinite(a) && Number.isFinite(b) && b > 0 ? `${(a / b).toFixed(2)}×` : "–";

function printTables(results: Map<string, { ours: LevelResult; reference: LevelResult }>, cold: ColdResult) {
  const lines = ["| load | metric | ours | reference | ours/ref | target |", "|---|---|---:|---:|---:|---|"];
  for (const [name, { ours, reference }] of results) {
    const row = (metric: string, a: number, b: number, target = "", digits = 2) =>
      lines.push(`| ${name} | ${metric} | ${f(a, digits)} | ${f(b, digits)} | ${ratio(a, b)} | ${target} |`);
    for (const q of [0.5, 0.95, 0.99]) {
      const target =
        name.startsWith("50 ") && q === 0.95
          ? "≤ 5, ≤ ref"
          : name.endsWith("4/s") && q === 0.99
            ? "≤ 50"
            : q === 0.95
              ? "≤ ref"
              : "";
      row(`propagation p${q * 100} (ms)`, quantile(ours.propagation, q), quantile(reference.propagation, q), target);
    }
    for (const q of [0.5, 0.95, 0.99])
      row(`saved-ack p${q * 100} (ms)`, quantile(ours.savedAck, q), Number.NaN, q === 0.95 ? "≤ 20" : "");
    row("initial sync p50 (ms)", quantile(ours.syncMs, 0.5), quantile(reference.syncMs, 0.5));
    row("initial sync p95 (ms)", quantile(ours.syncMs, 0.95), quantile(reference.syncMs, 0.95));
    row("server CPU (% of a core)", ours.server.cpuPercent, reference.server.cpuPercent, "", 0);
    row("server RSS peak (MB)", ours.server.rssMb, reference.server.rssMb, "", 0);
    row(
      "server RSS growth, board + clients (MB)",
      ours.server.rssGrowthMb,
      reference.server.rssGrowthMb,
      name.startsWith("50 ") ? "≤ 25" : "",
      0,
    );
    row("bytes on the wire per edit", ours.bytes / ours.edits, reference.bytes / reference.edits, "", 0);
    row("edits in the 10 s window", ours.edits, reference.edits, "", 0);
    const closes = (r: LevelResult) => (r.closeCodes.length === 0 ? "none" : r.closeCodes.join(" "));
    lines.push(
      `| ${name} | end state | ${ours.unsaved} clients unsaved, closes: ${closes(ours)} | closes: ${closes(reference)} | | |`,
    );
  }
  const med = (v: number[]) => quantile(v, 0.5);
  lines.push(
    "",
    `Cold board: 200 planning objects × 104 weeks (document ${(cold.bytes / 1024).toFixed(0)} KiB), ${COLD_RUNS} runs each.`,
    "",
    "| sync of the big board | ours | reference | ours/ref | target |",
    "|---|---:|---:|---:|---|",
    `| first open ever (snapshot built from boards.data) (ms) | ${f(cold.first)} | – | – | |`,
    `| cold: not in server memory, median / max (ms) | ${f(med(cold.cold))} / ${f(Math.max(...cold.cold))} | – | – | ≤ 200 |`,
    `| warm: in server memory, median (ms) | ${f(med(cold.warm))} | ${f(med(cold.reference))} | ${ratio(med(cold.warm), med(cold.reference))} | |`,
  );
  console.log(lines.join("\n"));
}

async function main(): Promise<void> {
  process.setMaxListeners(0);
  const deadline = setTimeout(() => {
    console.error("bench:collab: giving up after 8 minutes");
    process.exit(1);
  }, 8 * 60_000);
  deadline.unref();
  console.log(`seeding boards, starting servers and ${WORKERS} client workers…`);
  const seeded = await seed();
  let ours: CollabProcess | null = null;
  let reference: Awaited<ReturnType<typeof startReference>> | null = null;
  const workers = new Workers(WORKERS);
  try {
    ours = await startCollabProcess(
      { PKS_DATA_DIR: seeded.dataDir, NEXTAUTH_SECRET: TEST_KEY, COLLAB_UNLOAD_DELAY_MS: "1000" },
      PROFILE_DIR ? ["--cpu-prof", `--cpu-prof-dir=${PROFILE_DIR}`] : [],
    );
    reference = await startReference();
    await sleep(1000);
    const idleRss = readProc(ours.process.pid!).rssMb;
    const targets: Target[] = [
      {
        name: "ours",
        pid: ours.process.pid!,
        url: ours.url,
        room: (level) => seeded.boards[level],
        params: (level, editor) => ({ token: tokenFor(seeded.boards[level], seeded.users[editor], 3600) }),
      },
      {
        name: "reference",
        pid: reference.pid,
        url: reference.url,
        room: (level) => `level-${level}`,
        params: () => ({}),
      },
    ];
    // Warm-up: every board opened once (our first open builds its snapshot from boards.data,
    // measured separately below) and both servers' code paths run before anything is measured.
    for (const target of targets) {
      for (const level of LEVELS.keys()) {
        const run = await timeSync(target.url, target.room(level), target.params(level, 0));
        run.provider.destroy();
      }
    }
    await sleep(2500);
    const results = new Map<string, { ours: LevelResult; reference: LevelResult }>();
    for (const [level, { editors, rate }] of LEVELS.entries()) {
      const pair = {} as { ours: LevelResult; reference: LevelResult };
      for (const target of targets) {
        const sampler = sampleServer(target.pid);
        const result = await workers.runLevel(target, level, editors, rate);
        pair[target.name] = { ...result, server: sampler.stop() };
        console.log(
          `${editors} editors × ${rate}/s on ${target.name}: propagation p95 ${f(quantile(result.propagation, 0.95), 2)} ms`,
        );
        await sleep(1500);
      }
      results.set(`${editors} × ${rate}/s`, pair);
    }
    const cold = await coldBoardSync(ours, reference, seeded.cold);
    console.log(`\nours: idle RSS before any board ${f(idleRss, 0)} MB\n`);
    printTables(results, cold);
  } finally {
    workers.close();
    await ours?.stop("SIGTERM");
    await reference?.stop();
    await rm(seeded.dataDir, { recursive: true, force: true });
  }
}

if (process.argv.includes("--reference-server")) await serveReference();
else {
  // Closed client sockets and the tsx service would keep the process alive for a while.
  await main().then(
    () => process.exit(0),
    (error: Error) => {
      console.error(error.stack ?? error);
      process.exit(1);
    },
  );
}
