import { createHmac, timingSafeEqual } from "node:crypto";
import type { BoardRole } from "./roles";

/** What a collaboration token says: who connects to which board. The role is re-checked on upgrade. */
export interface CollabClaims {
  boardId: string;
  userId: string;
  /** Expiry, seconds since the epoch. */
  exp: number;
  role?: BoardRole;
}

/** Tokens are short-lived: the client asks for a new one on every (re)connect. */
export const COLLAB_TOKEN_TTL_SECONDS = 60;

function secret(): string {
  const value = process.env.NEXTAUTH_SECRET;
  if (!value) throw new Error("NEXTAUTH_SECRET is not set");
  return value;
}

function sign(payload: string, key: string): string {
  return createHmac("sha256", `collab:${key}`).update(payload).digest("base64url");
}

/** Mints an HMAC-signed token for the collaboration socket. */
export function mintCollabToken(
  claims: Omit<CollabClaims, "exp">,
  options: { ttlSeconds?: number; now?: number; key?: string } = {},
): string {
  const now = options.now ?? Date.now();
  const full: CollabClaims = {
    ...claims,
    exp: Math.floor(now / 1000) + (options.ttlSeconds ?? COLLAB_TOKEN_TTL_SECONDS),
  };
  const payload = Buffer.from(JSON.stringify(full)).toString("base64url");
  return `${payload}.${sign(payload, options.key ?? secret())}`;
}

/** Verifies a token's signature and expiry; returns its claims or null. */
export function verifyCollabToken(
  token: string | null | undefined,
  options: { now?: number; key?: string } = {},
): CollabClaims | null {
  if (!token || typeof token !== "string") return null;
  const [payload, signature, extra] = token.split(".");
  if (!payload || !signature || extra !== undefined) return null;
  const expected = Buffer.from(sign(payload, options.key ?? secret()));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  try {
    const claims = JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as CollabClaims;
    if (typeof claims.boardId !== "string" || typeof claims.userId !== "string" || typeof claims.exp !== "number") {
      return null;
    }
    if (claims.exp * 1000 <= (options.now ?? Date.now())) return null;
    return claims;
  } catch {
    return null;
  }
}
