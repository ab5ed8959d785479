import { createRateLimiter, hashBiToken, readBearerToken } from "@/lib/bi/token";
import type { Db } from "@/lib/db/client";
import { findActiveBiTokenByHash, recordBiTokenUse } from "@/lib/db/queries/bi-tokens";
import type { BiToken } from "@/lib/db/schema";

/** Requests per token per minute (each process). */
export const BI_RATE_LIMIT = 60;
const limiter = createRateLimiter(BI_RATE_LIMIT, 60_000);

export type BiAuth = { ok: true; token: BiToken } | { ok: false; status: 401 | 429 };

/**
 * Checks a BI request's bearer token for `boardId`: unknown, revoked or another board's token →
 * 401 (nothing else is revealed); over the rate limit → 429. Every use by a valid token is recorded
 * (a `bi_token_uses` row and `last_used_at`), refused ones included.
 */
export async function authenticateBiRequest(
  db: Db,
  request: Request,
  boardId: string,
  rateLimiter: { take(key: string): boolean } = limiter,
): Promise<BiAuth> {
  const secret = readBearerToken(request.headers.get("authorization"));
  if (!secret) return { ok: false, status: 401 };
  const token = await findActiveBiTokenByHash(db, hashBiToken(secret));
  if (!token || token.boardId !== boardId) return { ok: false, status: 401 };
  const path = new URL(request.url).pathname;
  if (!rateLimiter.take(token.id)) {
    await recordBiTokenUse(db, token.id, path, 429);
    return { ok: false, status: 429 };
  }
  await recordBiTokenUse(db, token.id, path, 200);
  return { ok: true, token };
}
