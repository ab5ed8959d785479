/**
 * Crash safety: a real collaboration process (collab-main.ts) on an embedded database is killed
 * with SIGKILL at random moments while ten clients edit. Every edit a client saw acknowledged by
 * MESSAGE_SAVED must be stored, exactly once; after the last restart all clients converge. A
 * server-side change (`withRoom`, asked for over the IPC channel) survives a kill right after its
 * acknowledgement.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { boardRoomName } from "@/lib/board/protocol";
import { openDatabase } from "@/lib/db/client";
import { createBoardWithMembers } from "./test-factories";
import { connectClient, TEST_KEY, type TestClient, tokenFor, waitFor, waitSynced } from "./test-harness";

const ROUNDS = 20;
const CLIENTS = 10;
const REPO = fileURLToPath(new URL("../..", import.meta.url));

interface Editor {
  client: TestClient;
  userId: string;
  /** Edit key → the client's clock after the edit (acknowledged once saved[clientID] ≥ it). */
  edits: Map<string, number>;
  next: number;
}

interface Child {
  process: ChildProcess;
  url: string;
  output: string[];
}

let dataDir: string;
let boardId: string;
let readerId: string;
const editors: Editor[] = [];
let child: Child | null = null;

async function startChild(): Promise<Child> {
  const proc = spawn(process.execPath, ["--import", "tsx", "server/collab/collab-main.ts"], {
    cwd: REPO,
    env: {
      ...process.env,
      PKS_DATA_DIR: dataDir,
      PORT: "0",
      HOST: "127.0.0.1",
      NEXTAUTH_SECRET: TEST_KEY,
      COLLAB_COMPACT_AFTER: "40",
      COLLAB_UNLOAD_DELAY_MS: "100",
    },
    stdio: ["ignore", "pipe", "pipe", "ipc"],
  });
  const output: string[] = [];
  proc.stderr?.on("data", (chunk) => output.push(String(chunk)));
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`collab-main did not start:\n${output.join("")}`)), 30_000);
    proc.stdout?.on("data", (chunk) => {
      const text = String(chunk);
      output.push(text);
      const match = /listening (\d+)/.exec(text);
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    });
    proc.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`collab-main exited (${code}):\n${output.join("")}`));
    });
  });
  return { process: proc, url: `ws://127.0.0.1:${port}/collab`, output };
}

async function killChild(signal: NodeJS.Signals = "SIGKILL"): Promise<void> {
  if (!child) return;
  const proc = child.process;
  child = null;
  if (proc.exitCode !== null || proc.signalCode !== null) return;
  await new Promise<void>((resolve) => {
    proc.once("exit", () => resolve());
    proc.kill(signal);
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const ownClock = (doc: Y.Doc) => Y.decodeStateVector(Y.encodeStateVector(doc)).get(doc.clientID) ?? 0;

function edit(editor: Editor, index: number): void {
  const key = `c${index}-${editor.next++}`;
  const doc = editor.client.doc;
  doc.transact(() => {
    doc.getMap("kill-test").set(key, editor.next);
    doc.getArray<string>("kill-test-log").push([key]);
  });
  editor.edits.set(key, ownClock(doc));
}

function acknowledged(editor: Editor): string[] {
  const saved = editor.client.saved.get(editor.client.doc.clientID) ?? 0;
  return [...editor.edits].filter(([, clock]) => clock <= saved).map(([key]) => key);
}

/** Reads the stored board through a fresh client (no local state) and checks the acknowledged edits. */
async function verifyStored(url: string, acked: string[]): Promise<void> {
  const reader = connectClient(url, boardId, tokenFor(boardId, readerId, 3600));
  try {
    await waitSynced(reader, 15_000);
    const map = reader.doc.getMap("kill-test");
    const log = reader.doc.getArray<string>("kill-test-log").toArray();
    const missing = acked.filter((key) => !map.has(key));
    expect(missing, "acknowledged edits missing after kill -9").toEqual([]);
    expect(new Set(log).size, "duplicated log entries").toBe(log.length);
  } finally {
    reader.destroy();
  }
}

let withRoomRequests = 0;

/** Asks the child for a server-side change through `withRoom`; resolves on its acknowledgement. */
function changeInRoom(target: Child, update: Uint8Array): Promise<void> {
  const id = ++withRoomRequests;
  return new Promise((resolve, reject) => {
    const onMessage = (message: { kind?: string; id?: number; error?: string }) => {
      if (message?.kind !== "with-room-done" || message.id !== id) return;
      target.process.off("message", onMessage);
      if (message.error) reject(new Error(message.error));
      else resolve();
    };
    target.process.on("message", onMessage);
    target.process.send({
      kind: "with-room",
      id,
      room: boardRoomName(boardId),
      update: Buffer.from(update).toString("base64"),
    });
  });
}

function connectEditors(url: string): void {
  for (const editor of editors) {
    const provider = editor.client.provider;
    provider.serverUrl = url;
    provider.params = { token: tokenFor(boardId, editor.userId, 3600) };
    provider.connect();
  }
}

beforeAll(async () => {
  // Each provider listens for process exit.
  process.setMaxListeners(CLIENTS + 10);
  dataDir = await mkdtemp(path.join(tmpdir(), "pks-kill-"));
  const database = await openDatabase({ dataDir });
  const roles = Object.fromEntries([
    ...Array.from({ length: CLIENTS }, (_, i) => [`e${i}`, "editor" as const]),
    ["reader", "viewer" as const],
  ]);
  const { board, users } = await createBoardWithMembers(database.db, roles);
  await database.close();
  boardId = board.id;
  readerId = users.reader.id;
  for (let i = 0; i < CLIENTS; i++) {
    const userId = users[`e${i}`].id;
    const client = connectClient("ws://127.0.0.1:1/collab", boardId, tokenFor(boardId, userId, 3600), {
      connect: false,
    });
    editors.push({ client, userId, edits: new Map(), next: 0 });
  }
}, 60_000);

afterAll(async () => {
  for (const editor of editors) editor.client.destroy();
  await killChild();
  await rm(dataDir, { recursive: true, force: true });
});

describe("kill -9", () => {
  it(`keeps every acknowledged edit across ${ROUNDS} crashes and converges afterwards`, async () => {
    let acked: string[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      child = await startChild();
      // Before the editors come back (and resend what they have), the store alone must hold
      // every edit acknowledged before the last crash.
      await verifyStored(child.url, acked);
      connectEditors(child.url);
      await Promise.all(editors.map((e) => waitSynced(e.client, 15_000)));

      const timers = editors.map((editor, i) => setInterval(() => edit(editor, i), 5 + i));
      await sleep(150 + Math.random() * 900);
      await killChild();
      for (const timer of timers) clearInterval(timer);
      for (const editor of editors) editor.client.provider.disconnect();
      acked = editors.flatMap(acknowledged);
    }

    child = await startChild();
    await verifyStored(child.url, acked);
    connectEditors(child.url);
    await waitFor(
      () => editors.every((e) => e.client.provider.synced && e.client.isSaved()),
      "all editors resynced and saved",
      30_000,
    );
    const states = editors.map((e) => e.client.doc.getMap("kill-test").toJSON());
    await waitFor(
      () =>
        editors.every((e) => e.client.doc.getMap("kill-test").size === editors[0].client.doc.getMap("kill-test").size),
      "convergence",
      15_000,
    );
    const reference = editors[0].client.doc;
    const allEdits = editors.flatMap((e) => [...e.edits.keys()]);
    expect(allEdits.length).toBeGreaterThan(ROUNDS * CLIENTS);
    for (const editor of editors) {
      expect(editor.client.doc.getMap("kill-test").toJSON()).toEqual(reference.getMap("kill-test").toJSON());
      const log = editor.client.doc.getArray<string>("kill-test-log").toArray();
      expect(log).toHaveLength(allEdits.length);
      expect(new Set(log).size).toBe(log.length);
    }
    expect(states.length).toBe(CLIENTS);
    await verifyStored(child.url, allEdits);
    // A graceful stop after all this still works (SIGTERM: flush, close 4503).
    const proc = child.process;
    const exited = new Promise<number | null>((resolve) => proc.once("exit", (code) => resolve(code)));
    proc.kill("SIGTERM");
    expect(await exited).toBe(0);
    child = null;
  }, 480_000);

  it("keeps a server-side change acknowledged right before kill -9, while two clients are connected", async () => {
    const keys: string[] = [];
    for (let round = 0; round < 5; round++) {
      child = await startChild();
      const pair = editors
        .slice(0, 2)
        .map((e) => connectClient(child!.url, boardId, tokenFor(boardId, e.userId, 3600)));
      await Promise.all(pair.map((c) => waitSynced(c, 15_000)));
      const key = `server-${round}`;
      const source = new Y.Doc();
      source.getMap("with-room").set(key, round);
      await changeInRoom(child, Y.encodeStateAsUpdate(source));
      await killChild();
      keys.push(key);
      for (const client of pair) client.destroy();
    }
    child = await startChild();
    const reader = connectClient(child.url, boardId, tokenFor(boardId, readerId, 3600));
    try {
      await waitSynced(reader, 15_000);
      expect([...reader.doc.getMap("with-room").keys()].sort()).toEqual(keys);
    } finally {
      reader.destroy();
    }
    await killChild("SIGTERM");
  }, 120_000);
});
