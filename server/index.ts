// One process, one port: the Next.js app and the collaboration server, sharing one database.
import http from "node:http";
import next from "next";
import { CLIENT_IP_HEADER } from "@/lib/auth/client-ip";
import { setLiveRooms } from "@/lib/board/live-rooms";
import { type Database, openDatabase, setDatabase } from "@/lib/db/client";
import { seedDemo } from "@/lib/db/seed";
import { ensureSealKey } from "@/lib/pdf/seal-key";
import { ensureSetupLink } from "@/lib/server/setup/setup-state";
import { createBoardCommittedRelay } from "@/lib/server/strategic/notify";
import { isForeignServerAction, refuseServerAction } from "./action-origin";
import { createDbAuthorize } from "./collab/authorize-db";
import { consoleLogger } from "./collab/logger";
import { createPubSubFromEnv } from "./collab/pubsub-redis";
import { createCollabServer } from "./collab/server";
import { ensureAuthSecret, readConfig } from "./config";

function fail(message: string): never {
  console.error(`Planeringstavlan could not start: ${message}`);
  process.exit(1);
}

/** The page's own origin, plus loopback aliases of it when serving on loopback. */
function isAllowedOrigin(origin: string, publicUrl: string, host: string): boolean {
  const expected = new URL(publicUrl);
  try {
    const given = new URL(origin);
    if (given.origin === expected.origin) return true;
    const loopback = ["127.0.0.1", "localhost", "[::1]"];
    return (
      loopback.includes(host === "0.0.0.0" ? "localhost" : host) &&
      loopback.includes(given.hostname) &&
      given.port === expected.port
    );
  } catch {
    return false;
  }
}

function wantsSourceMaps(): boolean {
  const flag = "--enable-source-maps";
  return process.execArgv.includes(flag) || (process.env.NODE_OPTIONS ?? "").split(/\s+/).includes(flag);
}

async function main() {
  let config: ReturnType<typeof readConfig>;
  try {
    config = readConfig(process.env, process.argv);
  } catch (error) {
    fail((error as Error).message);
  }
  // tsx turns source-mapped stack traces on for the whole process, and Node then keeps the parsed
  // source map of every module it loads (~130 MB for Next.js's server bundles, docs/benchmarks.md).
  // Production does without them unless started with --enable-source-maps.
  if (!config.dev && !wantsSourceMaps()) process.setSourceMapsEnabled(false);
  process.env.NEXTAUTH_SECRET = ensureAuthSecret(process.env, config.dataDir);
  if (!process.env.PKS_PDF_CERT_P12) ensureSealKey(config.dataDir);
  process.env.NEXTAUTH_URL = config.publicUrl;

  let database: Database;
  try {
    database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  } catch (error) {
    fail((error as Error).message);
  }
  setDatabase(database);
  if (config.seedDemo) {
    const seeded = await seedDemo(database.db);
    if (seeded.seeded) console.log("Seeded the demo organisation Region Exempel (see README for demo users).");
  }
  const setupLink = await ensureSetupLink(database.db, config.publicUrl);
  if (setupLink) console.log(`First run: open ${setupLink} to create the organisation and its first administrator.`);

  const app = next({ dev: config.dev, hostname: config.host, port: config.port, dir: process.cwd() });
  await app.prepare();
  const handle = app.getRequestHandler();
  const nextUpgrade = app.getUpgradeHandler();

  const isOurOrigin = (origin: string) => isAllowedOrigin(origin, config.publicUrl, config.host);
  const server = http.createServer((req, res) => {
    // The rate limiter keys on this header, so a client can never choose its own address.
    const forwarded = config.trustProxy
      ? String(req.headers["x-forwarded-for"] ?? "")
          .split(",")[0]
          ?.trim()
      : "";
    req.headers[CLIENT_IP_HEADER] = forwarded || req.socket.remoteAddress || "unknown";
    if (isForeignServerAction(req, isOurOrigin)) return refuseServerAction(res);
    handle(req, res);
  });
  // The collaboration socket shares the origin (and so the session cookie's site) with the pages.
  const collab = createCollabServer({
    db: database.db,
    authorize: createDbAuthorize(database.db),
    allowedOrigins: isOurOrigin,
    // With REDIS_URL, edits and presence reach clients on every process (scale-out).
    pubsub: createPubSubFromEnv(process.env, consoleLogger, database.db),
    // A unit board's commit refreshes the sums of the strategic boards that link it.
    onBoardCommitted: createBoardCommittedRelay(database.db, {
      onError: (error) => consoleLogger.warn("strategic: board committed relay failed", { error: error.message }),
    }),
  });
  // Route handlers and server actions reach the live rooms (push, withRoom) through this hook.
  setLiveRooms(collab);
  server.on("upgrade", (req, socket, head) => {
    if (!collab.handleUpgrade(req, socket, head)) nextUpgrade(req, socket, head);
  });

  await new Promise<void>((resolve, reject) => {
    server.once("error", (error: NodeJS.ErrnoException) => {
      reject(
        new Error(
          error.code === "EADDRINUSE"
            ? `port ${config.port} on ${config.host} is already in use (set PORT to another port)`
            : error.message,
        ),
      );
    });
    server.listen(config.port, config.host, () => resolve());
  }).catch((error: Error) => fail(error.message));

  const address = server.address();
  const port = typeof address === "object" && address ? address.port : config.port;
  console.log(
    `Planeringstavlan ${config.dev ? "(dev) " : ""}listening on http://${config.host}:${port} — database: ${database.kind} ${database.location}`,
  );

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: shutting down`);
    server.close();
    setLiveRooms(null);
    await collab.close().catch(() => {});
    server.closeAllConnections?.();
    await app.close?.().catch(() => {});
    await database.close().catch(() => {});
    process.exit(0);
  };
  process.on("SIGINT", () => void stop("SIGINT"));
  process.on("SIGTERM", () => void stop("SIGTERM"));
}

main().catch((error) =>
  fail(process.env.PKS_DEBUG ? ((error as Error).stack ?? String(error)) : String((error as Error).message ?? error)),
);
