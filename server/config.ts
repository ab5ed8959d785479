import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

export interface ServerConfig {
  port: number;
  host: string;
  dev: boolean;
  dataDir: string;
  databaseUrl?: string;
  redisUrl?: string;
  publicUrl: string;
  seedDemo: boolean;
  trustProxy: boolean;
}

/** Reads the configuration from the environment (see the README's table). */
export function readConfig(env: NodeJS.ProcessEnv, argv: string[]): ServerConfig {
  const port = env.PORT === undefined || env.PORT === "" ? 3000 : Number(env.PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`PORT must be a port number, got "${env.PORT}"`);
  const host = env.HOST || "127.0.0.1";
  const publicHost = host === "0.0.0.0" || host === "::" ? "localhost" : host;
  return {
    port,
    host,
    dev: argv.includes("--dev"),
    dataDir: path.resolve(env.PKS_DATA_DIR || "data"),
    databaseUrl: env.DATABASE_URL || undefined,
    redisUrl: env.REDIS_URL || undefined,
    publicUrl: env.NEXTAUTH_URL || `http://${publicHost}:${port}`,
    seedDemo: env.PKS_SEED_DEMO !== "0",
    trustProxy: env.TRUST_PROXY === "1",
  };
}

/**
 * The secret that signs sessions and collaboration tokens: NEXTAUTH_SECRET when set, else one
 * generated once and kept in the data folder so sessions survive restarts with zero setup.
 */
export function ensureAuthSecret(env: NodeJS.ProcessEnv, dataDir: string): string {
  if (env.NEXTAUTH_SECRET) return env.NEXTAUTH_SECRET;
  const file = path.join(dataDir, "auth-secret");
  fs.mkdirSync(dataDir, { recursive: true });
  if (!fs.existsSync(file)) fs.writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
  return fs.readFileSync(file, "utf8").trim();
}
