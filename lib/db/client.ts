import path from "node:path";
import type { NodePgDatabase } from "drizzle-orm/node-postgres";
import { lockDataDir } from "./lock";
import { PgliteWorkerClient } from "./pglite-worker-client";
import * as schema from "./schema";

/** The query builder; PGlite and node-postgres share the PostgreSQL dialect and API. */
export type Db = NodePgDatabase<typeof schema>;

/** A transaction handed to `db.transaction(fn)`; commands write through it so all rows commit together. */
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

/** Either the database or an open transaction: query functions accept both. */
export type Queryable = Db | Tx;

export interface Database {
  db: Db;
  kind: "pglite" | "postgres";
  /** Where the data lives, for log lines (never includes a password). */
  location: string;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  /** PostgreSQL connection string; when absent the embedded PGlite in `dataDir` is used. */
  databaseUrl?: string;
  dataDir?: string;
  /** Apply pending migrations from `drizzle/` (default true). */
  migrate?: boolean;
}

const MIGRATIONS = path.resolve(/*turbopackIgnore: true*/ process.cwd(), "drizzle");
const GLOBAL_KEY = Symbol.for("planeringstavlan.database");

type GlobalWithDb = typeof globalThis & { [GLOBAL_KEY]?: Promise<Database> };

/** Resolves options from the environment: DATABASE_URL, PKS_DATA_DIR (default ./data). */
export function databaseOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): DatabaseOptions {
  return {
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: path.resolve(/*turbopackIgnore: true*/ env.PKS_DATA_DIR || "data"),
  };
}

function redact(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = "***";
    return parsed.toString();
  } catch {
    return "(invalid DATABASE_URL)";
  }
}

/** Opens the database (embedded PGlite or PostgreSQL) and applies migrations. */
export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  const shouldMigrate = options.migrate ?? true;
  if (options.databaseUrl) {
    const { Pool } = await import("pg");
    const { drizzle } = await import("drizzle-orm/node-postgres");
    const pool = new Pool({ connectionString: options.databaseUrl, max: 10 });
    const db = drizzle({ client: pool, schema });
    const location = redact(options.databaseUrl);
    try {
      await pool.query("select 1");
      if (shouldMigrate) {
        const { migrate } = await import("drizzle-orm/node-postgres/migrator");
        await migrate(db, { migrationsFolder: MIGRATIONS });
      }
    } catch (error) {
      await pool.end().catch(() => {});
      throw new Error(`Cannot use PostgreSQL at ${location}: ${(error as Error).message}`);
    }
    return { db, kind: "postgres", location, close: () => pool.end() };
  }

  const dataDir = path.resolve(/*turbopackIgnore: true*/ options.dataDir ?? "data");
  const release = lockDataDir(dataDir);
  try {
    const { drizzle } = await import("drizzle-orm/pglite");
    const pgDir = path.join(dataDir, "pglite");
    let client: PgliteWorkerClient;
    try {
      // PGlite runs in a worker thread: its WASM queries and commits never block this event loop.
      client = await PgliteWorkerClient.open(pgDir);
    } catch (error) {
      throw new Error(
        `Cannot open the embedded database in ${pgDir} (${(error as Error).message}). ` +
          "The folder may be damaged: restore it from a backup or move it away to start empty.",
      );
    }
    // drizzle's PGlite driver only calls query() and transaction(), which the client forwards.
    const db = drizzle({ client: client as never, schema }) as unknown as Db;
    if (shouldMigrate) {
      try {
        await client.migrate(MIGRATIONS);
      } catch (error) {
        await client.close().catch(() => {});
        throw error;
      }
    }
    return {
      db,
      kind: "pglite",
      location: pgDir,
      close: async () => {
        await client.close();
        release();
      },
    };
  } catch (error) {
    release();
    throw error;
  }
}

/**
 * The process-wide database. The custom server opens it before Next.js starts; route handlers,
 * bundled separately by Next.js, reach the same instance through a global symbol, so the one
 * process never opens the embedded database twice.
 */
export function getDatabase(): Promise<Database> {
  const g = globalThis as GlobalWithDb;
  g[GLOBAL_KEY] ??= openDatabase(databaseOptionsFromEnv());
  return g[GLOBAL_KEY];
}

/** Shorthand for the query builder of the process-wide database. */
export async function getDb(): Promise<Db> {
  return (await getDatabase()).db;
}

/** Installs an already-open database as the process-wide one (server start-up and tests). */
export function setDatabase(database: Database): void {
  (globalThis as GlobalWithDb)[GLOBAL_KEY] = Promise.resolve(database);
}
