import type { CollabLogger } from "./types";

function line(message: string, fields?: Record<string, unknown>): string {
  if (!fields) return message;
  const pairs = Object.entries(fields).map(
    ([key, value]) => `${key}=${typeof value === "string" ? value : JSON.stringify(value)}`,
  );
  return `${message} ${pairs.join(" ")}`;
}

/** One line per event: info to stdout, warnings and errors to stderr. */
export const consoleLogger: CollabLogger = {
  info: (message, fields) => console.log(line(message, fields)),
  warn: (message, fields) => console.warn(line(message, fields)),
  error: (message, fields) => console.error(line(message, fields)),
};

/** Discards everything (tests that assert on stats, not on log lines). */
export const silentLogger: CollabLogger = { info() {}, warn() {}, error() {} };
