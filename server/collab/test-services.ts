/**
 * Throwaway PostgreSQL and Redis servers for the scale-out tests, and collaboration processes
 * (collab-main.ts) as children. Everything listens on 127.0.0.1 on a free port, lives in a
 * temporary folder and is removed by `stop()`. Missing binaries are an error, not a skip: CI
 * installs them with scripts/ensure-services.sh. Not used by production code.
 */
import { type ChildProcess, execFile, execFileSync, spawn } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { chown, mkdtemp, rm } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import pg from "pg";

export interface Service {
  url: string;
  stop(): Promise<void>;
}

const REPO = fileURLToPath(new URL("../..", import.meta.url));
const INSTALL_HINT = "run scripts/ensure-services.sh (as root) or apt-get install postgresql redis-server";
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A port that was free a moment ago on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

function onPath(command: string): string | null {
  for (const dir of (process.env.PATH ?? "").split(path.delimiter)) {
    const file = path.join(dir, command);
    if (dir && existsSync(file)) return file;
  }
  return null;
}

function postgresBinDir(): string {
  const root = "/usr/lib/postgresql";
  const versions = existsSync(root)
    ? readdirSync(root)
        .filter((v) => existsSync(path.join(root, v, "bin", "initdb")))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  if (versions.length > 0) return path.join(root, versions[0], "bin");
  const initdb = onPath("initdb");
  if (initdb && existsSync(path.join(path.dirname(initdb), "postgres"))) return path.dirname(initdb);
  throw new Error(`PostgreSQL server binaries (initdb, postgres) not found: ${INSTALL_HINT}`);
}

/** Waits for a child to exit, killing it with SIGKILL after `graceMs`. */
async function stopChild(child: ChildProcess, signal: NodeJS.Signals, graceMs = 5000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  child.kill(signal);
  const timer = setTimeout(() => child.kill("SIGKILL"), graceMs);
  await exited;
  clearTimeout(timer);
}

function collectOutput(child: ChildProcess): string[] {
  const output: string[] = [];
  child.stdout?.on("data", (chunk) => output.push(String(chunk)));
  child.stderr?.on("data", (chunk) => output.push(String(chunk)));
  return output;
}

/**
 * Starts PostgreSQL in a fresh cluster (trust authentication, no fsync: a test database). As root
 * it runs as the `postgres` user, since PostgreSQL refuses to run as root.
 */
export async function startPostgres(): Promise<Service> {
  const bin = postgresBinDir();
  const isRoot = process.getuid?.() === 0;
  const asOwner = (file: string, args: string[]): [string, string[]] =>
    isRoot ? ["runuser", ["-u", "postgres", "--", file, ...args]] : [file, args];
  const dir = await mkdtemp(path.join(tmpdir(), "pks-pg-"));
  const dataDir = path.join(dir, "data");
  if (isRoot) {
    const uid = Number(execFileSync("id", ["-u", "postgres"]).toString().trim());
    const gid = Number(execFileSync("id", ["-g", "postgres"]).toString().trim());
    await chown(dir, uid, gid);
  }
  const [initCommand, initArgs] = asOwner(path.join(bin, "initdb"), [
    "-D",
    dataDir,
    "-U",
    "postgres",
    "--auth=trust",
    "--encoding=UTF8",
    "--locale=C",
    "--no-sync",
  ]);
  try {
    // Not execFileSync: initdb takes seconds on a busy machine, and a blocked event loop would
    // make Redis, started beside it (Promise.all), miss its own start-up deadline.
    await promisify(execFile)(initCommand, initArgs);
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    const stderr = String((error as { stderr?: Buffer }).stderr ?? "");
    throw new Error(`initdb failed: ${stderr || (error as Error).message}`);
  }
  const port = await freePort();
  const [command, args] = asOwner(path.join(bin, "postgres"), [
    "-D",
    dataDir,
    "-p",
    String(port),
    "-k",
    dir,
    "-c",
    "listen_addresses=127.0.0.1",
    "-c",
    "fsync=off",
    "-c",
    "full_page_writes=off",
  ]);
  const child = spawn(command, args, { stdio: ["ignore", "pipe", "pipe"] });
  const output = collectOutput(child);
  const url = `postgres://postgres@127.0.0.1:${port}/postgres`;
  const stop = async () => {
    // runuser may not pass signals on; signal the postmaster itself (SIGQUIT: immediate stop).
    const pidFile = path.join(dataDir, "postmaster.pid");
    const pid = existsSync(pidFile) ? Number(readFileSync(pidFile, "utf8").split("\n")[0]) : 0;
    if (pid > 0) {
      try {
        process.kill(pid, "SIGQUIT");
      } catch {}
    }
    await stopChild(child, "SIGQUIT");
    await rm(dir, { recursive: true, force: true });
  };
  for (let start = Date.now(); ; await sleep(100)) {
    if (child.exitCode !== null) {
      await stop();
      throw new Error(`postgres exited (${child.exitCode}):\n${output.join("")}`);
    }
    const client = new pg.Client({ connectionString: url });
    try {
      await client.connect();
      await client.end();
      return { url, stop };
    } catch {
      await client.end().catch(() => {});
      if (Date.now() - start > 20_000) {
        await stop();
        throw new Error(`postgres did not accept connections within 20 s:\n${output.join("")}`);
      }
    }
  }
}

/** Starts an in-memory Redis (no RDB, no AOF). */
export async function startRedis(): Promise<Service> {
  const redisServer = onPath("redis-server");
  if (!redisServer) throw new Error(`redis-server not found: ${INSTALL_HINT}`);
  const dir = await mkdtemp(path.join(tmpdir(), "pks-redis-"));
  const port = await freePort();
  const child = spawn(
    redisServer,
    ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", dir],
    { stdio: ["ignore", "pipe", "pipe"] },
  );
  const output = collectOutput(child);
  const stop = async () => {
    await stopChild(child, "SIGTERM");
    await rm(dir, { recursive: true, force: true });
  };
  for (let start = Date.now(); !output.join("").includes("Ready to accept connections"); await sleep(50)) {
    if (child.exitCode !== null || Date.now() - start > 30_000) {
      await stop();
      throw new Error(`redis-server did not start:\n${output.join("")}`);
    }
  }
  return { url: `redis://127.0.0.1:${port}`, stop };
}

export interface CollabProcess {
  process: ChildProcess;
  port: number;
  /** Base URL for WebsocketProvider: `ws://127.0.0.1:<port>/collab`. */
  url: string;
  output: string[];
  /** SIGTERM (graceful: flush, close 4503) or SIGKILL; resolves when the process has exited. */
  stop(signal?: NodeJS.Signals): Promise<void>;
}

/** Starts `server/collab/collab-main.ts` on a free port with `env` added to this process's. */
export async function startCollabProcess(env: Record<string, string>, nodeArgs: string[] = []): Promise<CollabProcess> {
  const child = spawn(process.execPath, [...nodeArgs, "--import", "tsx", "server/collab/collab-main.ts"], {
    cwd: REPO,
    env: { ...process.env, PORT: "0", HOST: "127.0.0.1", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const output = collectOutput(child);
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`collab-main did not start:\n${output.join("")}`)), 30_000);
    child.stdout?.on("data", () => {
      const match = /listening (\d+)/.exec(output.join(""));
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    });
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`collab-main exited (${code}):\n${output.join("")}`));
    });
  });
  return {
    process: child,
    port,
    url: `ws://127.0.0.1:${port}/collab`,
    output,
    stop: (signal = "SIGTERM") => stopChild(child, signal, 10_000),
  };
}
