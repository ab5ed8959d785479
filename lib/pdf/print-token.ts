/**
 * A short-lived token that lets the headless browser open one round's print page without a
 * session: HMAC-SHA256 (the auth secret) over the board, the round and the expiry time.
 */
import { createHmac, timingSafeEqual } from "node:crypto";

const LIFETIME_MS = 2 * 60_000;

function secret(): string {
  const value = process.env.NEXTAUTH_SECRET;
  if (!value) throw new Error("NEXTAUTH_SECRET is not set; print tokens cannot be signed");
  return value;
}

function mac(payload: string): string {
  return createHmac("sha256", secret()).update(`pdf-print:${payload}`).digest("base64url");
}

/** A token for the print page of `roundId` on `boardId`, valid for two minutes. */
export function createPrintToken(boardId: string, roundId: string, now = Date.now()): string {
  const expires = String(now + LIFETIME_MS);
  return `${expires}.${mac(`${boardId}.${roundId}.${expires}`)}`;
}

/** Whether `token` was made by createPrintToken for this board and round and has not expired. */
export function verifyPrintToken(token: string, boardId: string, roundId: string, now = Date.now()): boolean {
  const [expires, signature] = token.split(".");
  if (!expires || !signature || !/^\d+$/.test(expires) || Number(expires) < now) return false;
  const expected = Buffer.from(mac(`${boardId}.${roundId}.${expires}`));
  const given = Buffer.from(signature);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
