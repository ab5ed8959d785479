/**
 * Sign-in throttling (docs/security.md). Three keys, so that nobody can lock someone else out:
 * - account + address: after MAX_FAILURES_PER_ACCOUNT failures within the window, that address
 *   may not try that account again until the window passes (a hard block, but only for the
 *   guesser's own address);
 * - account alone (any address): growing delays instead of a block — after the same number of
 *   failures each further attempt must wait 1 s, 2 s, 4 s … (at most ACCOUNT_MAX_DELAY_MS) after
 *   the account's last failure, so a guesser spread over many addresses is slowed to a crawl while
 *   the owner can still sign in after a short wait;
 * - address alone: MAX_FAILURES_PER_IP failures within the window block the address. Behind a
 *   reverse proxy this needs TRUST_PROXY=1, or every user shares the proxy's address.
 * Refused attempts are not recorded, so waiting out a delay is always enough.
 */
import { and, count, desc, eq, gt, lt } from "drizzle-orm";
import type { Db } from "../client";
import { loginFailures } from "../schema";

export const LOGIN_WINDOW_MS = 15 * 60 * 1000;
export const MAX_FAILURES_PER_ACCOUNT = 5;
export const MAX_FAILURES_PER_IP = 20;
/** Longest wait the account-wide delay asks for. */
export const ACCOUNT_MAX_DELAY_MS = 60_000;

/** The delay (ms) the account-wide throttle asks for after `failures` failures in the window. */
export function accountDelayMs(failures: number): number {
  if (failures < MAX_FAILURES_PER_ACCOUNT) return 0;
  return Math.min(1000 * 2 ** (failures - MAX_FAILURES_PER_ACCOUNT), ACCOUNT_MAX_DELAY_MS);
}

async function countSince(db: Db, since: Date, email: string | null, ip: string | null): Promise<number> {
  const conditions = [gt(loginFailures.createdAt, since)];
  if (email !== null) conditions.push(eq(loginFailures.email, email));
  if (ip !== null) conditions.push(eq(loginFailures.ip, ip));
  const [row] = await db
    .select({ n: count() })
    .from(loginFailures)
    .where(and(...conditions));
  return row?.n ?? 0;
}

/** Milliseconds until `email` may be tried from `ip` again; 0 when an attempt is allowed now. */
export async function loginRetryAfterMs(db: Db, email: string, ip: string, now = new Date()): Promise<number> {
  const since = new Date(now.getTime() - LOGIN_WINDOW_MS);
  const [oldestPair] = await db
    .select({ at: loginFailures.createdAt })
    .from(loginFailures)
    .where(and(eq(loginFailures.email, email), eq(loginFailures.ip, ip), gt(loginFailures.createdAt, since)))
    .orderBy(desc(loginFailures.createdAt))
    .offset(MAX_FAILURES_PER_ACCOUNT - 1)
    .limit(1);
  if (oldestPair) return oldestPair.at.getTime() + LOGIN_WINDOW_MS - now.getTime();
  if ((await countSince(db, since, null, ip)) >= MAX_FAILURES_PER_IP) return LOGIN_WINDOW_MS;
  const failures = await countSince(db, since, email, null);
  const delay = accountDelayMs(failures);
  if (delay === 0) return 0;
  const [last] = await db
    .select({ at: loginFailures.createdAt })
    .from(loginFailures)
    .where(eq(loginFailures.email, email))
    .orderBy(desc(loginFailures.createdAt))
    .limit(1);
  return Math.max(0, (last?.at.getTime() ?? 0) + delay - now.getTime());
}

/** True when a sign-in for `email` from `ip` must be refused now (see the module comment). */
export async function isLoginRateLimited(db: Db, email: string, ip: string, now = new Date()): Promise<boolean> {
  return (await loginRetryAfterMs(db, email, ip, now)) > 0;
}

/** Records a failed sign-in and prunes rows older than the window. */
export async function recordLoginFailure(db: Db, email: string, ip: string, now = new Date()): Promise<void> {
  await db.insert(loginFailures).values({ email, ip, createdAt: now });
  await db.delete(loginFailures).where(lt(loginFailures.createdAt, new Date(now.getTime() - LOGIN_WINDOW_MS)));
}

/** Forgets the failures of an account after a successful sign-in. */
export async function clearLoginFailures(db: Db, email: string): Promise<void> {
  await db.delete(loginFailures).where(eq(loginFailures.email, email));
}
