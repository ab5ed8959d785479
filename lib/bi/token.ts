/**
 * Read-only BI API tokens: `pks_bi_` + 32 random bytes (base64url). Only the SHA-256 hash is
 * stored; the first characters are kept as a visible prefix so owners can tell tokens apart.
 */
import { createHash, randomBytes } from "node:crypto";

export const BI_TOKEN_PREFIX = "pks_bi_";

/** A new secret token, its hash (stored) and its visible prefix. */
export function generateBiToken(): { token: string; hash: string; prefix: string } {
  const token = BI_TOKEN_PREFIX + randomBytes(32).toString("base64url");
  return { token, hash: hashBiToken(token), prefix: token.slice(0, BI_TOKEN_PREFIX.length + 6) };
}

/** The SHA-256 hex digest under which a token is stored. */
export function hashBiToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** The token of an `Authorization: Bearer …` header, or null. */
export function readBearerToken(header: string | null): string | null {
  const match = header?.match(/^Bearer\s+(\S+)$/i);
  const token = match?.[1];
  return token?.startsWith(BI_TOKEN_PREFIX) ? token : null;
}

/**
 * A per-key sliding window limiter (in process): at most `limit` requests in `windowMs`. With
 * several processes each applies its own window; a shared limit would live in Redis.
 */
export function createRateLimiter(limit: number, windowMs: number, now: () => number = Date.now) {
  const hits = new Map<string, number[]>();
  return {
    /** Counts a request for `key`; false when the key is over its limit (nothing counted). */
    take(key: string): boolean {
      const t = now();
      const recent = (hits.get(key) ?? []).filter((at) => t - at < windowMs);
      if (recent.length >= limit) {
        hits.set(key, recent);
        return false;
      }
      recent.push(t);
      hits.set(key, recent);
      return true;
    },
  };
}
