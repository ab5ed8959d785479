/**
 * A kill -9 scenario for tests: a real collaboration process (collab-main.ts) on an embedded
 * database, editors (y-websocket clients) that edit while it runs, SIGKILL at random moments,
 * and the checks: every edit a client saw acknowledged by MESSAGE_SAVED is stored, exactly once,
 * and after the last restart all clients converge. Not used by production code.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { expect } from "vitest";
import * as Y from "yjs";
import { openDatabase } from "@/lib/db/client";
import { createBoardWithMembers } from "./test-factories";
import { connectClient, TEST_KEY, type TestClient, tokenFor, waitFor, waitSynced } from "./test-harness";

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

export interface KillScenarioOptions {
  editors: number;
  /** Environment of the collaboration process (e.g. COLLAB_COMPACT_AFTER). */
  env?: Record<string, string>;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const ownClock = (doc: Y.Doc) => Y.decodeStateVector(Y.encodeStateVector(doc)).get(doc.clientID) ?? 0;

/** One board, its editors and the collaboration process that is killed under them. */
export class KillScenario {
  readonly editors: Editor[] = [];
  private child: Child | null = null;
  private dataDir = "";
  private boardId = "";
  private readerId = "";
  /** Edits acknowledged before the last kill. */
  acked: string[] = [];

  private constructor(private readonly options: KillScenarioOptions) {}

  static async create(options: KillScenarioOptions): Promise<KillScenario> {
    const scenario = new KillScenario(options);
    await scenario.setUp();
    return scenario;
  }

  private async setUp(): Promise<void> {
    // Each provider listens for process exit; scenarios add up within one test file.
    process.setMaxListeners(process.getMaxListeners() + this.options.editors + 5);
    this.dataDir = await mkdtemp(path.join(tmpdir(), "pks-kill-"));
    const database = await openDatabase({ dataDir: this.dataDir });
    const roles = Object.fromEntries([
      ...Array.from({ length: this.options.editors }, (_, i) => [`e${i}`, "editor" as const]),
      ["reader", "viewer" as const],
    ]);
    const { board, users } = await createBoardWithMembers(database.db, roles);
    await database.close();
    this.boardId = board.id;
    this.readerId = users.reader.id;
    for (let i = 0; i < this.options.editors; i++) {
      const userId = users[`e${i}`].id;
      const client = connectClient("ws://127.0.0.1:1/collab", board.id, tokenFor(board.id, userId, 3600), {
        connect: false,
      });
      this.editors.push({ client, userId, edits: new Map(), next: 0 });
    }
  }

  /** Every edit made so far (acknowledged or not). */
  get allEdits(): string[] {
    return this.editors.flatMap((e) => [...e.edits.keys()]);
  }

  async start(): Promise<string> {
    const proc = spawn(process.execPath, ["--import", "tsx", "server/collab/collab-main.ts"], {
      cwd: REPO,
      env: {
        ...process.env,
        PKS_DATA_DIR: this.dataDir,
        PORT: "0",
        HOST: "127.0.0.1",
        NEXTAUTH_SECRET: TEST_KEY,
        COLLAB_COMPACT_AFTER: "40",
        COLLAB_UNLOAD_DELAY_MS: "100",
        ...this.options.env,
      },
      stdio: ["ignore", "pipe", "pipe"],
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
    this.child = { process: proc, url: `ws://127.0.0.1:${port}/collab`, output };
    return this.child.url;
  }

  async kill(signal: NodeJS.Signals = "SIGKILL"): Promise<void> {
    if (!this.child) return;
    const proc = this.child.process;
    this.child = null;
    if (proc.exitCode !== null || proc.signalCode !== null) return;
    await new Promise<void>((resolve) => {
      proc.once("exit", () => resolve());
      proc.kill(signal);
    });
  }

  private edit(editor: Editor, index: number): void {
    const key = `c${index}-${editor.next++}`;
    const doc = editor.client.doc;
    doc.transact(() => {
      doc.getMap("kill-test").set(key, editor.next);
      doc.getArray<string>("kill-test-log").push([key]);
    });
    editor.edits.set(key, ownClock(doc));
  }

  private acknowledged(editor: Editor): string[] {
    const saved = editor.client.saved.get(editor.client.doc.clientID) ?? 0;
    return [...editor.edits].filter(([, clock]) => clock <= saved).map(([key]) => key);
  }

  /** Reads the stored board through a fresh client (no local state) and checks `keys` are there once. */
  async verifyStored(url: string, keys: string[]): Promise<void> {
    const reader = connectClient(url, this.boardId, tokenFor(this.boardId, this.readerId, 3600));
    try {
      await waitSynced(reader, 30_000);
      const map = reader.doc.getMap("kill-test");
      const log = reader.doc.getArray<string>("kill-test-log").toArray();
      const missing = keys.filter((key) => !map.has(key));
      expect(missing, "acknowledged edits missing after kill -9").toEqual([]);
      expect(new Set(log).size, "duplicated log entries").toBe(log.length);
    } finally {
      reader.destroy();
    }
  }

  connectEditors(url: string): void {
    for (const editor of this.editors) {
      const provider = editor.client.provider;
      provider.serverUrl = url;
      provider.params = { token: tokenFor(this.boardId, editor.userId, 3600) };
      provider.connect();
    }
  }

  disconnectEditors(): void {
    for (const editor of this.editors) editor.client.provider.disconnect();
  }

  /**
   * One round: start, check the store holds what was acknowledged, let the editors edit (every
   * `intervalMs + i` ms each) for `editMs`, kill -9, and remember what was acknowledged.
   */
  async round(editMs: number, intervalMs = 5): Promise<void> {
    const url = await this.start();
    // Before the editors come back (and resend what they have), the store alone must hold
    // every edit acknowledged before the last crash.
    await this.verifyStored(url, this.acked);
    this.connectEditors(url);
    await Promise.all(this.editors.map((e) => waitSynced(e.client, 30_000)));
    const timers = this.editors.map((editor, i) => setInterval(() => this.edit(editor, i), intervalMs + i));
    await sleep(editMs);
    await this.kill();
    for (const timer of timers) clearInterval(timer);
    this.disconnectEditors();
    this.acked = this.editors.flatMap((e) => this.acknowledged(e));
  }

  /** After the last kill: restart, resync everyone, and check convergence with no loss or duplicate. */
  async finish(): Promise<void> {
    const url = await this.start();
    await this.verifyStored(url, this.acked);
    this.connectEditors(url);
    await waitFor(
      () => this.editors.every((e) => e.client.provider.synced && e.client.isSaved()),
      "all editors resynced and saved",
      60_000,
    );
    const size = () => this.editors[0].client.doc.getMap("kill-test").size;
    await waitFor(
      () => this.editors.every((e) => e.client.doc.getMap("kill-test").size === size()),
      "convergence",
      30_000,
    );
    const reference = this.editors[0].client.doc.getMap("kill-test").toJSON();
    const all = this.allEdits;
    for (const editor of this.editors) {
      expect(editor.client.doc.getMap("kill-test").toJSON()).toEqual(reference);
      const log = editor.client.doc.getArray<string>("kill-test-log").toArray();
      expect(log).toHaveLength(all.length);
      expect(new Set(log).size).toBe(log.length);
    }
    this.disconnectEditors();
    await this.verifyStored(url, all);
    // A graceful stop after all this still works (SIGTERM: flush, close 4503).
    const proc = this.child?.process;
    this.child = null;
    if (!proc) return;
    const exited = new Promise<number | null>((resolve) => proc.once("exit", (code) => resolve(code)));
    proc.kill("SIGTERM");
    expect(await exited).toBe(0);
  }

  async dispose(): Promise<void> {
    for (const editor of this.editors) editor.client.destroy();
    await this.kill();
    await rm(this.dataDir, { recursive: true, force: true });
  }
}
