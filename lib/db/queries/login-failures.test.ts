import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Database, openDatabase } from "../client";
import {
  ACCOUNT_MAX_DELAY_MS,
  accountDelayMs,
  isLoginRateLimited,
  LOGIN_WINDOW_MS,
  loginRetryAfterMs,
  MAX_FAILURES_PER_IP,
  recordLoginFailure,
} from "./login-failures";

let database: Database;
let dir: string;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "pks-login-"));
  database = await openDatabase({ dataDir: dir });
});
afterAll(async () => {
  await database.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const at = (start: number, ms: number) => new Date(start + ms);

describe("sign-in throttling", () => {
  it("five failures from one address do not lock the owner out from another address (issue 10)", async () => {
    const email = "victim@test.se";
    const t0 = Date.now();
    for (let i = 0; i < 5; i++) await recordLoginFailure(database.db, email, "203.0.113.66", at(t0, i * 100));
    // The guesser's address is blocked for the window …
    expect(await isLoginRateLimited(database.db, email, "203.0.113.66", at(t0, 2000))).toBe(true);
    expect(await isLoginRateLimited(database.db, email, "203.0.113.66", at(t0, LOGIN_WINDOW_MS - 1000))).toBe(true);
    // … while the owner, elsewhere, waits one second at most.
    expect(await isLoginRateLimited(database.db, email, "198.51.100.7", at(t0, 400))).toBe(true);
    expect(await isLoginRateLimited(database.db, email, "198.51.100.7", at(t0, 1500))).toBe(false);
  });

  it("grows the account-wide delay with each failure from anywhere, up to a minute", async () => {
    expect([4, 5, 6, 7, 8, 30].map(accountDelayMs)).toEqual([0, 1000, 2000, 4000, 8000, ACCOUNT_MAX_DELAY_MS]);
    const email = "spread@test.se";
    const t0 = Date.now();
    for (let i = 0; i < 8; i++) await recordLoginFailure(database.db, email, `192.0.2.${i}`, at(t0, i));
    // 8 failures: 8 s after the last one.
    expect(await loginRetryAfterMs(database.db, email, "192.0.2.200", at(t0, 7))).toBe(8000);
    expect(await loginRetryAfterMs(database.db, email, "192.0.2.200", at(t0, 8007))).toBe(0);
  });

  it("blocks an address that fails on many accounts", async () => {
    const t0 = Date.now();
    for (let i = 0; i < MAX_FAILURES_PER_IP; i++)
      await recordLoginFailure(database.db, `u${i}@test.se`, "198.51.100.99", at(t0, i));
    expect(await isLoginRateLimited(database.db, "fresh@test.se", "198.51.100.99", at(t0, 100))).toBe(true);
    expect(await isLoginRateLimited(database.db, "fresh@test.se", "198.51.100.98", at(t0, 100))).toBe(false);
  });
});
