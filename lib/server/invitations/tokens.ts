/** One-time link tokens: random, stored only as a SHA-256 hash, single use, optionally expiring. */
import { createHash, randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { type AccessToken, accessTokens } from "@/lib/db/schema";

type Tx = Pick<Db, "select" | "insert" | "update">;

/** Invitation and reset links are valid for a week. */
export const LINK_TTL_MS = 7 * 24 * 60 * 60 * 1000;

/** A new random token (URL-safe). */
export function generateToken(): string {
  return randomBytes(32).toString("base64url");
}

/** The stored form of a token. */
export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export type TokenState =
  | { ok: true; row: AccessToken }
  | { ok: false; code: "linkInvalid" | "linkUsed" | "linkExpired" };

/** Looks a token up (without using it) and says whether it can still be used. */
export async function findToken(
  db: Tx,
  kind: AccessToken["kind"],
  token: string,
  now = new Date(),
  lock = false,
): Promise<TokenState> {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return { ok: false, code: "linkInvalid" };
  const query = db
    .select()
    .from(accessTokens)
    .where(eq(accessTokens.tokenHash, hashToken(token)))
    .limit(1);
  const [row] = lock ? await query.for("update") : await query;
  if (!row || row.kind !== kind) return { ok: false, code: "linkInvalid" };
  if (row.usedAt) return { ok: false, code: "linkUsed" };
  if (row.expiresAt && row.expiresAt.getTime() <= now.getTime()) return { ok: false, code: "linkExpired" };
  return { ok: true, row };
}

/** Locks, checks and marks a token used, in the caller's transaction. */
export async function consumeToken(
  tx: Tx,
  kind: AccessToken["kind"],
  token: string,
  now = new Date(),
): Promise<TokenState> {
  const state = await findToken(tx, kind, token, now, true);
  if (state.ok) await tx.update(accessTokens).set({ usedAt: now }).where(eq(accessTokens.id, state.row.id));
  return state;
}

/** Stores a new token and returns it (the plain value is never stored). */
export async function createToken(
  tx: Tx,
  values: Omit<typeof accessTokens.$inferInsert, "tokenHash" | "id">,
): Promise<{ token: string; row: AccessToken }> {
  const token = generateToken();
  const [row] = await tx
    .insert(accessTokens)
    .values({ ...values, tokenHash: hashToken(token) })
    .returning();
  return { token, row: row! };
}
