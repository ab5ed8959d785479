/**
 * Benchmark of the collaboration server against two in-memory peers in the same run — the
 * reference `@y/websocket-server` and Hocuspocus 4 (`@hocuspocus/server`) — same load on each:
 * headless editors in worker processes (y-websocket providers; Hocuspocus providers for
 * Hocuspocus, whose framing differs) join one board spread over 3 s, warm up for 2 s, then edit on
 * loopback at 50 and 100 editors × 1 edit/s (20 s) and 100 × 4/s (10 s). Reports edit propagation
 * (edit → seen by the others), saved-ack latency (edit → MESSAGE_SAVED, ours only), server CPU per
 * edit, initial sync, RSS, bytes per edit, and ours / best peer; then a cold-board sync of a 200
 * planning objects × 104 weeks board. Ours: one collab-main process on the embedded database,
 * durable saves.
 * Run: npm run bench:collab   (about 5 minutes; stops by itself)
 *   --quick               a smoke check: 10 × 1/s and 20 × 4/s, 3 s windows, 1 s joins (about 1 min)
 *   --levels=0,2          only those load levels (0-based; also BENCH_COLLAB_LEVELS=0,2)
 *   --peers=hocuspocus    only those peers (y-websocket, hocuspocus; default both)
 *   --no-cold             skip the cold-board sync
 *   --no-restart          skip the restart (RSS at rest after a restart, then peak with one board open)
 * BENCH_COLLAB_CPU_PROF=<dir> writes a CPU profile of our server there (node --cpu-prof).
 */
import { type ChildProcess, fork } from "node:child_process";
import { readFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { cpus, loadavg, tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import WebSocket from "ws";
import { WebsocketProvider } from "y-websocket";
import * as Y from "yjs";
import { writeBoardToDoc } from "../lib/board/doc-model";
import { MESSAGE_ALIVE, MESSAGE_ERROR, MESSAGE_PUSH, MESSAGE_READ_ONLY, MESSAGE_SAVED } from "../lib/board/protocol";
import { openDatabase } from "../lib/db/client";
import { addMember, createBoard, createUser } from "../lib/db/test-factories";
import { generateSampleBoard } from "../lib/engine";
import { TEST_KEY, tokenFor } from "../server/collab/test-harness";
import { type CollabProcess, startCollabProcess } from "../server/collab/test-services";
import { PEER_NAMES, type PeerName, type PeerProcess, startPeer } from "./collab-peers";
import {
  type ColdResult,
  formatNumber as f,
  formatColdTable,
  formatDetailTable,
  formatMainTable,
  type LevelResult,
  type LevelResults,
  quantile,
  type Sample,
} from "./collab-report";
import type { RunResult, WorkerCommand } from "./collab-worker";

const argValue = (name: string) =>
  process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? undefined;
const QUICK = process.argv.includes("--quick");
const FULL_LEVELS = [
  { editors: 50, rate: 1, measureMs: 20_000 },
  { editors: 100, rate: 1, measureMs: 20_000 },
  { editors: 100, rate: 4, measureMs: 10_000 },
];
const QUICK_LEVELS = [
  { editors: 10, rate: 1, measureMs: 3000 },
  { editors: 20, rate: 4, measureMs: 3000 },
];
const ALL_LEVELS = QUICK ? QUICK_LEVELS : FULL_LEVELS;
const LEVEL_LIST = argValue("levels") ?? process.env.BENCH_COLLAB_LEVELS;
const LEVELS = LEVEL_LIST ? LEVEL_LIST.split(",").map((i) => ALL_LEVELS[Number(i)]) : ALL_LEVELS;
const PEERS = (argValue("peers")?.split(",") ?? PEER_NAMES) as PeerName[];
const COLD = !process.argv.includes("--no-cold");
const RESTART = !process.argv.includes("--no-restart");
const PROFILE_DIR = process.env.BENCH_COLLAB_CPU_PROF;
const JOIN_SPREAD_MS = QUICK ? 1000 : 3000;
const WARMUP_MS = QUICK ? 1000 : 2000;
const COLD_RUNS = QUICK ? 2 : 5;
const WORKERS = Math.min(8, Math.max(2, cpus().length));
const HERE = path.dirname(fileURLToPath(import.meta.url));

interface Target {
  name: "ours" | PeerName;
  protocol: "y-websocket" | "hocuspocus";
  pid: number;
  url: string;
  room(level: number): string;
  params(level: number, editor: number): Record<string, string>;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const wallNow = () => performance.timeOrigin + performance.now();
const TICKS_PER_SECOND = 100;
const load = () =>
  loadavg()
    .map((n) => n.toFixed(2))
    .join(" / ");

function readProc(pid: number): { ticks: number; rssMb: number } {
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  const ticks = Number(fields[11]) + Number(fields[12]);
  const rss = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
  return { ticks, rssMb: rss ? Number(rss[1]) / 1024 : Number.NaN };
}

/** Server CPU (% of one core and ms), peak RSS and its growth between the call and `stop()`. */
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
      const cpuMs = ((last.ticks - first.ticks) / TICKS_PER_SECOND) * 1000;
      const rssMb = Math.max(peak, last.rssMb);
      return { cpuPercent: cpuMs / 10 / seconds, cpuMs, rssMb, rssGrowthMb: rssMb - first.rssMb };
    },
  };
}

/** Samples the server between two wall-clock times (the measured window). */
function sampleWindow(pid: number, from: number, until: number): Promise<Sample> {
  return new Promise((resolve) => {
    setTimeout(
      () => {
        const sampler = sampleServer(pid);
        setTimeout(() => resolve(sampler.stop()), until - wallNow());
      },
      Math.max(0, from - wallNow()),
    );
  });
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

  async runLevel(target: Target, level: number): Promise<LevelResult> {
    const { editors, rate, measureMs } = LEVELS[level];
    const overall = sampleServer(target.pid);
    const shares = this.children.map((_, w) =>
      Array.from({ length: editors }, (_, i) => i)
        .filter((i) => i % this.children.length === w)
        .map((index) => ({ index, params: target.params(level, index) })),
    );
    const connect = { type: "connect" as const, protocol: target.protocol, url: target.url, room: target.room(level) };
    const synced = await this.ask<{ syncMs: number[] }>(
      shares.map((clients) => ({
        ...connect,
        joinSpreadMs: JOIN_SPREAD_MS,
        editors,
        acknowledges: target.name === "ours",
        clients,
      })),
      "synced",
    );
    const startAt = wallNow() + 300;
    const measureFrom = startAt + WARMUP_MS;
    const run = {
      type: "run" as const,
      startAt,
      editsPerSecond: rate,
      measureFrom,
      measureUntil: measureFrom + measureMs,
    };
    const window = sampleWindow(target.pid, measureFrom, run.measureUntil);
    const clientWindows = this.children.map((c) => sampleWindow(c.pid!, measureFrom, run.measureUntil));
    const results = await this.ask<RunResult>(
      this.children.map(() => run),
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
      server: overall.stop(),
      window: await window,
      clientCpuPercent: (await Promise.all(clientWindows)).map((w) => w.cpuPercent),
    };
  }

  close(): void {
    for (const child of this.children) child.disconnect();
  }
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
  for (const type of [MESSAGE_SAVED, MESSAGE_READ_ONLY, MESSAGE_ERROR, MESSAGE_PUSH, MESSAGE_ALIVE])
    handlers[type] = () => {};
  await new Promise<void>((resolve) => {
    const check = (isSynced: boolean) => isSynced && resolve();
    provider.on("sync", check);
  });
  return { ms: performance.now() - started, provider, doc };
}

async function coldBoardSync(
  ours: CollabProcess,
  reference: { url: string } | undefined,
  cold: Seed["cold"],
): Promise<ColdResult> {
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
  const referenceRuns = reference ? await measureWarm(reference.url, "cold-board", {}, seeded) : [];
  return { runs: COLD_RUNS, first: first.ms, cold: coldRuns, warm, reference: referenceRuns, bytes };
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

const startOurs = (seeded: Seed) =>
  startCollabProcess(
    { PKS_DATA_DIR: seeded.dataDir, NEXTAUTH_SECRET: TEST_KEY, COLLAB_UNLOAD_DELAY_MS: "1000" },
    PROFILE_DIR ? ["--cpu-prof", `--cpu-prof-dir=${PROFILE_DIR}`] : [],
  );

/** Our server and the chosen peers, as targets (ours first). */
async function startTargets(seeded: Seed): Promise<{ ours: CollabProcess; peers: PeerProcess[]; targets: Target[] }> {
  const ours = await startOurs(seeded);
  const peers: PeerProcess[] = [];
  for (const name of PEERS) peers.push(await startPeer(name));
  const targets: Target[] = [
    {
      name: "ours",
      protocol: "y-websocket",
      pid: ours.process.pid!,
      url: ours.url,
      room: (level) => seeded.boards[level],
      params: (level, editor) => ({ token: tokenFor(seeded.boards[level], seeded.users[editor], 3600) }),
    },
    ...peers.map(
      (peer): Target => ({
        name: peer.name,
        protocol: peer.name === "hocuspocus" ? "hocuspocus" : "y-websocket",
        pid: peer.pid,
        url: peer.url,
        room: (level) => `level-${level}`,
        params: () => ({}),
      }),
    ),
  ];
  return { ours, peers, targets };
}

/** Every load level on every target, one after the other (ours first at each level). */
async function runLevels(workers: Workers, targets: Target[]): Promise<Map<string, LevelResults>> {
  const results = new Map<string, LevelResults>();
  for (const [level, { editors, rate }] of LEVELS.entries()) {
    const servers: LevelResults = new Map();
    for (const target of targets) {
      const result = await workers.runLevel(target, level);
      servers.set(target.name, result);
      const p95 = f(quantile(result.propagation, 0.95), 2);
      console.log(`${editors} editors × ${rate}/s on ${target.name}: propagation p95 ${p95} ms, load ${load()}`);
      await sleep(1500);
    }
    results.set(`${editors} × ${rate}/s`, servers);
  }
  return results;
}

/**
 * Our process restarted on the same (now used) database: RSS at rest 2 s after the start, and the
 * peak while the first level's board is open by its editors (one more run of that level).
 */
async function measureRestart(
  started: Awaited<ReturnType<typeof startTargets>>,
  seeded: Seed,
  workers: Workers,
): Promise<{ idleMb: number; peakMb: number; level: string }> {
  await started.ours.stop("SIGTERM");
  started.ours = await startOurs(seeded);
  await sleep(2000);
  const idleMb = readProc(started.ours.process.pid!).rssMb;
  const target = { ...started.targets[0], pid: started.ours.process.pid!, url: started.ours.url };
  const result = await workers.runLevel(target, 0);
  return { idleMb, peakMb: result.server.rssMb, level: `${LEVELS[0].editors} × ${LEVELS[0].rate}/s` };
}

async function main(): Promise<void> {
  process.setMaxListeners(0);
  const deadline = setTimeout(() => {
    console.error("bench:collab: giving up after 12 minutes");
    process.exit(1);
  }, 12 * 60_000);
  deadline.unref();
  console.log(`load average (1/5/15 min) at start: ${load()}, ${cpus().length} cores`);
  console.log(`seeding boards, starting servers (ours, ${PEERS.join(", ")}) and ${WORKERS} client workers…`);
  const seeded = await seed();
  let started: Awaited<ReturnType<typeof startTargets>> | null = null;
  const workers = new Workers(WORKERS);
  try {
    started = await startTargets(seeded);
    const { ours, peers, targets } = started;
    await sleep(1000);
    const idleRss = readProc(ours.process.pid!).rssMb;
    // Every board opened once (our first open builds its snapshot from boards.data, measured
    // separately below) and every server's code paths run before anything is measured.
    for (const target of targets) {
      for (const level of LEVELS.keys()) {
        if (target.protocol === "hocuspocus") continue; // its rooms are made on the first join
        const run = await timeSync(target.url, target.room(level), target.params(level, 0));
        run.provider.destroy();
      }
    }
    await sleep(2500);
    const results = await runLevels(workers, targets);
    const reference = peers.find((p) => p.name === "y-websocket");
    const cold = COLD ? await coldBoardSync(ours, reference, seeded.cold) : null;
    const restart = RESTART ? await measureRestart(started, seeded, workers) : null;
    console.log(`\nload average (1/5/15 min) at the end: ${load()}`);
    console.log(`ours: idle RSS before any board ${f(idleRss, 0)} MB`);
    if (restart)
      console.log(
        `ours after a restart: idle RSS ${f(restart.idleMb, 0)} MB, peak ${f(restart.peakMb, 0)} MB with one board open by ${restart.level}`,
      );
    console.log("");
    console.log(formatMainTable(results));
    console.log(`\n${formatDetailTable(results)}`);
    if (cold) console.log(`\n${formatColdTable(cold)}`);
  } finally {
    workers.close();
    await started?.ours.stop("SIGTERM");
    for (const peer of started?.peers ?? []) await peer.stop();
    await rm(seeded.dataDir, { recursive: true, force: true });
  }
}

// Closed client sockets and the tsx service would keep the process alive for a while.
await main().then(
  () => process.exit(0),
  (error: Error) => {
    console.error(error.stack ?? error);
    process.exit(1);
  },
);
