/**
 * Part 2: limits. Caps connections per board (4429) and messages per connection (token bucket,
 * 4408). Oversized frames never get this far: ws rejects them with `maxPayload` (see
 * connection.ts for the 4413 mapping); malformed ones are closed by the server with 4400.
 */
import { CloseCode } from "@/lib/board/protocol";
import type { CollabConnection } from "./connection";
import type { CollabLimits, CollabPart } from "./types";

interface Bucket {
  tokens: number;
  refilledAt: number;
}

/** Token bucket: `rate` tokens per second, at most `burst`. */
export function takeToken(bucket: Bucket, rate: number, burst: number, now: number): boolean {
  bucket.tokens = Math.min(burst, bucket.tokens + ((now - bucket.refilledAt) / 1000) * rate);
  bucket.refilledAt = now;
  if (bucket.tokens < 1) return false;
  bucket.tokens -= 1;
  return true;
}

export function createLimitsPart(limits: CollabLimits, now: () => number = () => performance.now()): CollabPart {
  const buckets = new WeakMap<CollabConnection, Bucket>();
  return {
    name: "limits",
    onConnect(conn, room) {
      if (room.connections.size > limits.maxConnectionsPerBoard) {
        conn.close(CloseCode.TooManyConnections, `more than ${limits.maxConnectionsPerBoard} connections on the board`);
        return;
      }
      buckets.set(conn, { tokens: limits.messageBurst, refilledAt: now() });
    },
    onFrame(conn) {
      const bucket = buckets.get(conn);
      if (bucket && !takeToken(bucket, limits.messagesPerSecond, limits.messageBurst, now())) {
        conn.close(CloseCode.RateLimited, `more than ${limits.messagesPerSecond} messages/s`);
        return false;
      }
      return true;
    },
  };
}
