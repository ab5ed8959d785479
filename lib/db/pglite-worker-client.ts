/**
 * The main-thread side of the embedded database: a PGlite look-alike (query, transaction, close)
 * that forwards every call to PGlite running in a worker thread (pglite-worker.mjs), so drizzle's
 * PGlite driver works unchanged while the WASM database never blocks this thread's event loop.
 * A transaction holds the worker's one connection from BEGIN until its callback here settles,
 * then commits (or rolls back); the returned promise resolves only after the commit is done.
 */
import path from "node:path";
import { Worker } from "node:worker_threads";

/** What drizzle's PGlite session passes: row mode and parsers (drizzle's are all identity). */
export interface WorkerQueryOptions {
  rowMode?: "array" | "object";
  parsers?: Record<number, unknown>;
}

export interface WorkerQueryResult {
  rows: unknown[];
  fields: { name: string; dataTypeID: number }[];
  affectedRows?: number;
}

/** The handle a transaction callback gets: queries on the transaction's connection. */
export interface WorkerTransaction {
  query(sql: string, params?: unknown[], options?: WorkerQueryOptions): Promise<WorkerQueryResult>;
}

interface Reply {
  id: number;
  ok: boolean;
  result?: unknown;
  error?: { message: string } & Record<string, unknown>;
}

interface Pending {
  resolve(value: unknown): void;
  reject(error: Error): void;
}

const WORKER_FILE = path.resolve(/*turbopackIgnore: true*/ process.cwd(), "lib/db/pglite-worker.mjs");

function errorFrom(fields: Reply["error"]): Error {
  const error = new Error(fields?.message ?? "embedded database error");
  return Object.assign(error, fields, { message: error.message });
}

/** A Uint8Array that views part of a bigger buffer is copied: postMessage would copy all of it. */
function compactParam(value: unknown): unknown {
  if (value instanceof Uint8Array && value.byteLength !== value.buffer.byteLength) return value.slice();
  return value;
}

/** PGlite in a worker thread; see the file comment. */
export class PgliteWorkerClient {
  private readonly worker: Worker;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private nextTx = 1;
  private failure: Error | null = null;

  private constructor() {
    this.worker = new Worker(WORKER_FILE);
    this.worker.unref();
    this.worker.on("message", (reply: Reply) => this.settle(reply));
    this.worker.on("error", (error) => this.stop(error));
    this.worker.on("exit", (code) => this.stop(new Error(`the embedded database's worker exited (${code})`)));
  }

  /** Starts the worker and opens (creating if needed) the database in `dataDir`. */
  static async open(dataDir: string): Promise<PgliteWorkerClient> {
    const client = new PgliteWorkerClient();
    try {
      await client.request({ op: "open", dataDir });
    } catch (error) {
      await client.worker.terminate();
      throw error;
    }
    return client;
  }

  /** Applies pending drizzle migrations from `migrationsFolder`, inside the worker. */
  async migrate(migrationsFolder: string): Promise<void> {
    await this.request({ op: "migrate", migrationsFolder });
  }

  query(sql: string, params: unknown[] = [], options: WorkerQueryOptions = {}, tx?: number) {
    const raw = Object.keys(options.parsers ?? {}).map(Number);
    const message = {
      op: "query",
      sql,
      params: params.map(compactParam),
      rowMode: options.rowMode ?? "object",
      raw,
      tx,
    };
    return this.request(message) as Promise<WorkerQueryResult>;
  }

  /** Runs `fn` in one transaction on the worker's connection; commits when it resolves. */
  async transaction<T>(fn: (tx: WorkerTransaction) => Promise<T>): Promise<T> {
    const tx = this.nextTx++;
    await this.request({ op: "begin", tx });
    let result: T;
    try {
      result = await fn({ query: (sql, params, options) => this.query(sql, params, options, tx) });
    } catch (error) {
      await this.request({ op: "end", tx, commit: false }).catch(() => {});
      throw error;
    }
    await this.request({ op: "end", tx, commit: true });
    return result;
  }

  async close(): Promise<void> {
    if (this.failure) return;
    await this.request({ op: "close" });
    this.failure = new Error("the embedded database is closed");
    await this.worker.terminate();
  }

  private request(message: Record<string, unknown>): Promise<unknown> {
    if (this.failure) return Promise.reject(this.failure);
    const id = this.nextId++;
    // While a request is out the worker keeps the process alive; when idle it does not.
    if (this.pending.size === 0) this.worker.ref();
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage({ ...message, id });
    });
  }

  private settle(reply: Reply): void {
    const pending = this.pending.get(reply.id);
    if (!pending) return;
    this.pending.delete(reply.id);
    if (this.pending.size === 0) this.worker.unref();
    if (reply.ok) pending.resolve(reply.result);
    else pending.reject(errorFrom(reply.error));
  }

  private stop(error: Error): void {
    this.failure ??= error;
    for (const pending of this.pending.values()) pending.reject(this.failure);
    this.pending.clear();
  }
}
