import { and, count, eq, gt, lt } from "drizzle-orm";
import type { Db } from "../client";
import { loginFailures } from "../schema";

export const LOGIN_WINDOW_MS = 15 * 60 * 1000;
export const MAX_FAILURES_PER_ACCOUNT = 5;
export const MAX_FAILURES_PER_IP = 20;

/** True when the account or the address has failed too often within the window. */
export async function isLoginRateLimited(db: Db, email: string, ip: string, now = new Date()): Promise<boolean> {
  const since = new Date(now.getTime() - LOGIN_WINDOW_MS);
  const [byEmail] = await db
    .select({ n: count() })
    .from(loginFailures)
    .where(and(eq(loginFailures.email, email), gt(loginFailures.createdAt, since)));
  if ((byEmail?.n ?? 0) >= MAX_FAILURES_PER_ACCOUNT) return true;
  const [byIp] = await db
    .select({ n: count() })
    .from(loginFailures)
    .where(and(eq(loginFailures.ip, ip), gt(loginFailures.createdAt, since)));
  return (byIp?.n ?? 0) >= MAX_FAILURES_PER_IP;
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
