/** First run: whether an organisation exists, and the one-time setup link while none does. */
import { and, count, eq, isNull } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { accessTokens, organisations } from "@/lib/db/schema";
import { createToken } from "../invitations/tokens";

const DONE_KEY = Symbol.for("planeringstavlan.setupDone");
type GlobalWithDone = typeof globalThis & { [DONE_KEY]?: boolean };

/** True once the organisation has been created (by the setup page, the CLI or the demo seed). */
export async function isSetupDone(db: Db): Promise<boolean> {
  const g = globalThis as GlobalWithDone;
  if (g[DONE_KEY]) return true;
  const [row] = await db.select({ n: count() }).from(organisations);
  const done = (row?.n ?? 0) > 0;
  if (done) g[DONE_KEY] = true;
  return done;
}

/** Forgets the cached answer (tests that reuse a process with a new database). */
export function resetSetupDoneCache(): void {
  (globalThis as GlobalWithDone)[DONE_KEY] = false;
}

/**
 * On an empty database: replaces any earlier unused setup link with a new one (valid until used)
 * and returns its URL; null when setup is already done.
 */
export async function ensureSetupLink(db: Db, publicUrl: string): Promise<string | null> {
  if (await isSetupDone(db)) return null;
  const token = await db.transaction(async (tx) => {
    await tx.delete(accessTokens).where(and(eq(accessTokens.kind, "setup"), isNull(accessTokens.usedAt)));
    return (await createToken(tx, { kind: "setup", expiresAt: null })).token;
  });
  return `${publicUrl.replace(/\/$/, "")}/setup/${token}`;
}
