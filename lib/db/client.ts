import path from "node:path";
import type { NodePgDatabase } from "drizzle-orm/node-postgres";
import { lockDataDir } from "./lock";
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

const BYTEA_OID = 17;

// PGlite's own bytea hex conversion goes byte by byte in JS (~75 ms for a 1 MB board snapshot);
// Buffer's native hex codec does the same in a few milliseconds.
const parseBytea = (text: string): Uint8Array => Buffer.from(text.slice(2), "hex");
const serializeBytea = (value: Uint8Array): string => {
  if (!(value instanceof Uint8Array)) throw new Error("Invalid input for bytea type");
  return `\\x${Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString("hex")}`;
};

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
    const { PGlite } = await import("@electric-sql/pglite");
    const { drizzle } = await import("drizzle-orm/pglite");
    const pgDir = path.join(dataDir, "pglite");
    let client: InstanceType<typeof PGlite>;
    try {
      client = await PGlite.create(pgDir, {
        // PostgreSQL's defaults size the WASM heap for a server (128 MB of shared buffers, all
        // touched at start); the embedded database of one app needs far less (docs/benchmarks.md).
        startParams: [...PGlite.defaultStartParams, "-c", "shared_buffers=32MB", "-c", "maintenance_work_mem=16MB"],
        parsers: { [BYTEA_OID]: parseBytea },
        serializers: { [BYTEA_OID]: serializeBytea },
      });
    } catch (error) {
      throw new Error(
        `Cannot open the embedded database in ${pgDir} (${(error as Error).message}). ` +
          "The folder may be damaged: restore it from a backup or move it away to start empty.",
      );
    }
    const db = drizzle({ client, schema }) as unknown as Db;
    if (shouldMigrate) {
      const { migrate } = await import("drizzle-orm/pglite/migrator");
      await migrate(db as never, { migrationsFolder: MIGRATIONS });
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
