/**
 * Resident memory of the one-process app (server/index.ts: Next.js, the collaboration server and
 * the embedded database) from the production build, as `npm run serve` runs it: idle after the
 * first start (the database is created), idle after a restart on the same data folder, the peak
 * with one board open by 50 editors (real y-websocket providers in worker processes, 1 edit/s each
 * for 20 s) and what each further open board with 50 editing connections adds.
 * Figures are VmRSS and VmHWM (peak RSS) from /proc/<pid>/status of the server process.
 * Run: npx next build, then npm run bench:memory   (about 3 minutes; stops by itself)
 */
import { type ChildProcess, fork, spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { openDatabase } from "../lib/db/client";
import { addMember, createBoard, createUser } from "../lib/db/test-factories";
import { TEST_KEY, tokenFor } from "../server/collab/test-harness";
import { freePort } from "../server/collab/test-services";
import type { RunResult, WorkerCommand } from "./collab-worker";

const EDITORS = 50;
const EDIT_SECONDS = 20;
const EXTRA_BOARDS = 2;
const EXTRA_EDIT_SECONDS = 10;
const SETTLE_MS = 5000;
const WORKERS_PER_BOARD = 2;
const HERE = path.dirname(fileURLToPath(import.meta.url));
const REPO = path.resolve(HERE, "..");
const TWO_COPIES_WARNING = "Yjs was already imported";
const NO_BOARD = "00000000-0000-4000-8000-000000000000";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const wallNow = () => performance.timeOrigin + performance.now();

interface Memory {
  rssMb: number;
  hwmMb: number;
}

function readMemory(pid: number): Memory {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const field = (name: string) => Number(new RegExp(`${name}:\\s+(\\d+) kB`).exec(status)?.[1] ?? Number.NaN) / 1024;
  return { rssMb: field("VmRSS"), hwmMb: field("VmHWM") };
}

/** Highest VmRSS seen (every 200 ms) between the call and `stop()`. */
function watchPeak(pid: number): { stop(): number } {
  let peak = readMemory(pid).rssMb;
  const timer = setInterval(() => {
    peak = Math.max(peak, readMemory(pid).rssMb);
  }, 200);
  return {
    stop() {
      clearInterval(timer);
      return Math.max(peak, readMemory(pid).rssMb);
    },
  };
}

interface App {
  pid: number;
  origin: string;
  collabUrl: string;
  output: string[];
  stop(): Promise<void>;
}

/** Starts the production app as `npm run serve` does, with the e2e suite's demo settings. */
async function startApp(dataDir: string, port: number): Promise<App> {
  const child = spawn(process.execPath, ["--import", "tsx", "server/index.ts"], {
    cwd: REPO,
    env: {
      ...process.env,
      NODE_ENV: "production",
      PORT: String(port),
      HOST: "127.0.0.1",
      PKS_DATA_DIR: dataDir,
      PKS_DEMO_TODAY: "2027-02-15",
      NEXTAUTH_SECRET: TEST_KEY,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const output: string[] = [];
  child.stdout?.on("data", (chunk) => output.push(String(chunk)));
  child.stderr?.on("data", (chunk) => output.push(String(chunk)));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the app did not start:\n${output.join("")}`)), 180_000);
    child.stdout?.on("data", () => {
      if (!output.join("").includes("listening on http")) return;
      clearTimeout(timer);
      resolve();
    });
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`the app exited (${code}):\n${output.join("")}`));
    });
  });
  return {
    pid: child.pid!,
    origin: `http://127.0.0.1:${port}`,
    collabUrl: `ws://127.0.0.1:${port}/collab`,
    output,
    stop: () => stopChild(child),
  };
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), 15_000);
  await exited;
  clearTimeout(timer);
}

/** Boards for the load (one plus the extra ones), each with the same 50 editors as members. */
async function seedBoards(dataDir: string): Promise<{ boards: string[]; users: string[] }> {
  const database = await openDatabase({ dataDir });
  const { db } = database;
  const first = await createBoard(db);
  const boards = [first.id];
  for (let i = 0; i < EXTRA_BOARDS; i++)
    boards.push((await createBoard(db, { organisationId: first.organisationId })).id);
  const users: string[] = [];
  for (let i = 0; i < EDITORS; i++) {
    const user = await createUser(db, { organisationId: first.organisationId });
    users.push(user.id);
    for (const boardId of boards) await addMember(db, boardId, user.id, "editor");
  }
  await database.close();
  return { boards, users };
}

function ask<T>(child: ChildProcess, command: WorkerCommand, type: string): Promise<T> {
  return new Promise<T>((resolve) => {
    const onMessage = (message: { type: string }) => {
      if (message.type !== type) return;
      child.off("message", onMessage);
      resolve(message as T);
    };
    child.on("message", onMessage);
    child.send(command);
  });
}

/** The editors of one board, spread over worker processes of bench/collab-worker.ts. */
class BoardEditors {
  private readonly children: ChildProcess[] = [];

  constructor() {
    for (let i = 0; i < WORKERS_PER_BOARD; i++)
      this.children.push(
        fork(path.join(HERE, "collab-worker.ts"), [], { execArgv: ["--import", "tsx"], stdio: "inherit" }),
      );
  }

  async connect(app: App, boardId: string, users: string[]): Promise<void> {
    await Promise.all(
      this.children.map((child, w) => {
        const clients = users
          .map((userId, index) => ({ index, params: { token: tokenFor(boardId, userId, 3600) } }))
          .filter(({ index }) => index % this.children.length === w);
        const command = {
          type: "connect" as const,
          protocol: "y-websocket" as const,
          url: app.collabUrl,
          room: boardId,
          origin: app.origin,
          joinSpreadMs: 0,
          editors: clients.length,
          acknowledges: true,
          clients,
        };
        return ask(child, command, "synced");
      }),
    );
  }

  /** Every editor edits once a second for `seconds`; resolves with the edits and unsaved clients. */
  async edit(seconds: number): Promise<{ edits: number; unsaved: number }> {
    const startAt = wallNow() + 300;
    const command = { type: "run" as const, startAt, measureFrom: startAt, measureUntil: startAt + seconds * 1000 };
    const results = await Promise.all(
      this.children.map((child) => ask<RunResult>(child, { ...command, editsPerSecond: 1 }, "result")),
    );
    return {
      edits: results.reduce((sum, r) => sum + r.edits, 0),
      unsaved: results.reduce((sum, r) => sum + r.unsaved, 0),
    };
  }

  async close(): Promise<void> {
    await Promise.all(this.children.map((child) => ask(child, { type: "close" }, "closed")));
    for (const child of this.children) child.disconnect();
  }
}

interface Row {
  moment: string;
  rssMb: number;
  hwmMb: number;
  target?: string;
}

/**
 * Pages and route handlers whose bundles a visitor loads: the login page, a board page and a
 * route handler that works on board documents with Yjs (without a session they answer with a
 * redirect or 401, but their modules are loaded).
 */
const FIRST_REQUESTS = ["/login", `/boards/${NO_BOARD}`, `/api/boards/${NO_BOARD}/export`];

/** Idle figures after start (settled) and after the first pages have been served once. */
async function measureIdle(app: App, label: string, target?: string): Promise<Row[]> {
  await sleep(SETTLE_MS);
  const idle = readMemory(app.pid);
  for (const url of FIRST_REQUESTS) {
    const response = await fetch(`${app.origin}${url}`, { redirect: "manual" });
    await response.arrayBuffer();
  }
  await sleep(SETTLE_MS);
  const served = readMemory(app.pid);
  return [
    { moment: `${label}, idle`, ...idle },
    { moment: `${label}, after the first pages`, ...served, target },
  ];
}

/** One board at 50 editors × 1/s, then each extra board with its 50 editors, all kept open. */
async function measureBoards(app: App, seeded: { boards: string[]; users: string[] }): Promise<Row[]> {
  const rows: Row[] = [];
  const groups: BoardEditors[] = [];
  try {
    let settled = readMemory(app.pid).rssMb;
    for (const [i, boardId] of seeded.boards.entries()) {
      const group = new BoardEditors();
      groups.push(group);
      const peak = watchPeak(app.pid);
      await group.connect(app, boardId, seeded.users);
      const seconds = i === 0 ? EDIT_SECONDS : EXTRA_EDIT_SECONDS;
      const { edits, unsaved } = await group.edit(seconds);
      const peakMb = peak.stop();
      await sleep(SETTLE_MS);
      const after = readMemory(app.pid);
      const what = i === 0 ? `one board, ${EDITORS} editors × 1/s for ${seconds} s` : `board ${i + 1} added`;
      console.log(`${what}: ${edits} edits, ${unsaved} clients unsaved at the end`);
      rows.push({ moment: `${what}: peak`, rssMb: peakMb, hwmMb: after.hwmMb, target: i === 0 ? "≤ 500" : "" });
      const delta = i === 0 ? "" : ` (+${(after.rssMb - settled).toFixed(0)} MB)`;
      rows.push({ moment: `${what}: settled, still connected${delta}`, ...after, target: i === 0 ? "" : "≤ +25" });
      settled = after.rssMb;
    }
  } finally {
    for (const group of groups) await group.close();
  }
  return rows;
}

function printRows(rows: Row[], app: App): void {
  const lines = ["| moment | VmRSS (MB) | VmHWM (MB) | target (MB) |", "|---|---:|---:|---|"];
  for (const row of rows)
    lines.push(`| ${row.moment} | ${row.rssMb.toFixed(0)} | ${row.hwmMb.toFixed(0)} | ${row.target ?? ""} |`);
  const warned = app.output.join("").includes(TWO_COPIES_WARNING);
  lines.push("", `Server log after the restart: "${TWO_COPIES_WARNING}" ${warned ? "appears" : "does not appear"}.`);
  console.log(lines.join("\n"));
}

async function main(): Promise<void> {
  const deadline = setTimeout(() => {
    console.error("bench:memory: giving up after 10 minutes");
    process.exit(1);
  }, 10 * 60_000);
  deadline.unref();
  const dataDir = await mkdtemp(path.join(tmpdir(), "pks-bench-memory-"));
  const port = await freePort();
  let app: App | null = null;
  try {
    console.log("first start (creates the database and seeds the demo)…");
    app = await startApp(dataDir, port);
    const rows = await measureIdle(app, "first start");
    await app.stop();
    const seeded = await seedBoards(dataDir);
    console.log("restart on the same data folder…");
    app = await startApp(dataDir, port);
    rows.push(...(await measureIdle(app, "restart", "≤ 400")));
    rows.push(...(await measureBoards(app, seeded)));
    printRows(rows, app);
  } finally {
    await app?.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

await main().then(
  () => process.exit(0),
  (error: Error) => {
    console.error(error.stack ?? error);
    process.exit(1);
  },
);
