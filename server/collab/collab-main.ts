/**
 * A process that serves only the collaboration socket: `tsx server/collab/collab-main.ts`.
 * Database from PKS_DATA_DIR (embedded) or DATABASE_URL; port from PORT (0 = any free port,
 * announced as `listening <port>` on stdout). SIGTERM/SIGINT: pending saves are flushed, sockets
 * closed with 4503, documents compacted. With REDIS_URL (and a shared DATABASE_URL) several such
 * processes serve the same boards (docs/collaboration.md, "Scale-out"). Used for scale-out and for
 * the kill -9 tests. A parent that forks it with an IPC channel may send `{ kind: "with-room",
 * id, room, update }` (room name, base64 Yjs update): it is applied through `withRoom` and
 * answered `{ kind: "with-room-done", id, error? }` after the commit. COLLAB_EVENT_LOOP_STATS=<file>
 * records the event-loop delay there (event-loop-stats.ts).
 */
import http from "node:http";
import * as Y from "yjs";
import { parseRoomName } from "@/lib/board/protocol";
import { openDatabase } from "@/lib/db/client";
import { ensureAuthSecret, readConfig } from "../config";
import { createDbAuthorize } from "./authorize-db";
import { startEventLoopStats } from "./event-loop-stats";
import { consoleLogger } from "./logger";
import { createPubSubFromEnv } from "./pubsub-redis";
import { type CollabServer, createCollabServer } from "./server";

function numberFromEnv(name: string): number | undefined {
  const value = process.env[name];
  return value === undefined || value === "" ? undefined : Number(value);
}

async function main(): Promise<void> {
  const config = readConfig(process.env, process.argv);
  process.env.NEXTAUTH_SECRET = ensureAuthSecret(process.env, config.dataDir);
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  const origins = process.env.COLLAB_ALLOWED_ORIGINS?.split(",").filter(Boolean);
  const collab = createCollabServer({
    db: database.db,
    authorize: createDbAuthorize(database.db),
    allowedOrigins: origins && origins.length > 0 ? origins : [new URL(config.publicUrl).origin],
    // Server-side tools and tests connect without a browser Origin.
    allowMissingOrigin: true,
    unloadDelayMs: numberFromEnv("COLLAB_UNLOAD_DELAY_MS"),
    compactAfterUpdates: numberFromEnv("COLLAB_COMPACT_AFTER"),
    roleRecheckMs: numberFromEnv("COLLAB_ROLE_RECHECK_MS"),
    pubsub: createPubSubFromEnv(process.env, consoleLogger, database.db),
  });

  const server = http.createServer((_req, res) => {
    res.writeHead(404, { "Content-Type": "text/plain" }).end("Not Found");
  });
  server.on("upgrade", (req, socket, head) => {
    if (!collab.handleUpgrade(req, socket, head)) socket.destroy();
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(config.port, config.host, () => resolve());
  });
  const address = server.address();
  console.log(`listening ${typeof address === "object" && address ? address.port : config.port}`);

  const stopStats = process.env.COLLAB_EVENT_LOOP_STATS
    ? startEventLoopStats(process.env.COLLAB_EVENT_LOOP_STATS)
    : null;
  let isStopping = false;
  const stop = async (signal: string) => {
    if (isStopping) return;
    isStopping = true;
    stopStats?.();
    console.log(`${signal}: flushing saves and closing`);
    server.close();
    await collab.close();
    await database.close();
    process.exit(0);
  };
  process.on("SIGTERM", () => void stop("SIGTERM"));
  process.on("SIGINT", () => void stop("SIGINT"));
  if (process.send) process.on("message", (message) => void answerParent(collab, message));
}

/** Server-side edits asked for by the parent process (tests, tools), see the file comment. */
async function answerParent(collab: CollabServer, message: unknown): Promise<void> {
  const { kind, id, room, update } = (message ?? {}) as Record<string, unknown>;
  if (kind !== "with-room" || typeof room !== "string" || typeof update !== "string") return;
  const ref = parseRoomName(room);
  try {
    if (!ref) throw new Error(`not a room name: ${room}`);
    await collab.withRoom(ref, (doc) => Y.applyUpdate(doc, Buffer.from(update, "base64")));
    process.send?.({ kind: "with-room-done", id });
  } catch (error) {
    process.send?.({ kind: "with-room-done", id, error: (error as Error).message });
  }
}

main().catch((error) => {
  console.error(`collab server could not start: ${(error as Error).stack ?? error}`);
  process.exit(1);
});
