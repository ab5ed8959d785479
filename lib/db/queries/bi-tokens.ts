import { and, desc, eq, isNull } from "drizzle-orm";
import type { Queryable } from "../client";
import { type BiToken, biTokens, biTokenUses } from "../schema";

/** Inserts a token row (hash and prefix only). */
export async function insertBiToken(
  db: Queryable,
  input: { boardId: string; name: string; prefix: string; hash: string; createdBy: string },
): Promise<BiToken> {
  const [row] = await db.insert(biTokens).values(input).returning();
  return row;
}

/** The board's tokens, newest first (never the secret: it is not stored). */
export async function listBiTokens(db: Queryable, boardId: string): Promise<BiToken[]> {
  return db.select().from(biTokens).where(eq(biTokens.boardId, boardId)).orderBy(desc(biTokens.createdAt));
}

/** A token of the board by id. */
export async function findBiToken(db: Queryable, boardId: string, tokenId: string): Promise<BiToken | undefined> {
  const [row] = await db
    .select()
    .from(biTokens)
    .where(and(eq(biTokens.id, tokenId), eq(biTokens.boardId, boardId)));
  return row;
}

/** The live (not revoked) token with this SHA-256 hash. */
export async function findActiveBiTokenByHash(db: Queryable, hash: string): Promise<BiToken | undefined> {
  const [row] = await db
    .select()
    .from(biTokens)
    .where(and(eq(biTokens.hash, hash), isNull(biTokens.revokedAt)));
  return row;
}

/** Marks a token revoked (idempotent: the first revocation time stays). */
export async function revokeBiTokenRow(db: Queryable, tokenId: string): Promise<void> {
  await db
    .update(biTokens)
    .set({ revokedAt: new Date() })
    .where(and(eq(biTokens.id, tokenId), isNull(biTokens.revokedAt)));
}

/** Records one request made with a token and its time as the token's last use. */
export async function recordBiTokenUse(db: Queryable, tokenId: string, path: string, status: number): Promise<void> {
  const now = new Date();
  await db.insert(biTokenUses).values({ tokenId, path, status, usedAt: now });
  await db.update(biTokens).set({ lastUsedAt: now }).where(eq(biTokens.id, tokenId));
}

/** How many requests a token has made (for the owners' page). */
export async function countBiTokenUses(db: Queryable, tokenId: string): Promise<number> {
  const rows = await db.select({ id: biTokenUses.id }).from(biTokenUses).where(eq(biTokenUses.tokenId, tokenId));
  return rows.length;
}
