/**
 * Part 2: limits. Caps messages and bytes per connection (two token buckets, 4408), connections
 * per board (4429, a fallback: upgrades over the per-board and per-user caps are refused with
 * HTTP 429 before they open, see user-cap.ts) and sets the socket's send-buffer cap (4409, see
 * connection.ts). Oversized frames never get this far: ws rejects them with `maxPayload` (see
 * connection.ts for the 4413 mapping); malformed ones are closed by the server with 4400.
 */
import { CloseCode } from "@/lib/board/protocol";
import type { CollabConnection } from "./connection";
import type { CollabLimits, CollabPart } from "./types";

export { ConnectionSlots } from "./user-cap";

interface Bucket {
  tokens: number;
  refilledAt: number;
}

/** The resource limits beyond message count and size, with their defaults (see types.ts). */
export const DEFAULT_RESOURCE_LIMITS = {
  maxConnectionsPerUser: 8,
  bytesPerSecond: 1024 * 1024,
  byteBurst: 16 * 1024 * 1024,
  maxBufferedBytes: 16 * 1024 * 1024,
  maxAwarenessStateBytes: 2048,
} satisfies Partial<CollabLimits>;

/** Token bucket: `rate` tokens per second, at most `burst`; takes `cost` tokens when it has them. */
export function takeToken(bucket: Bucket, rate: number, burst: number, now: number, cost = 1): boolean {
  bucket.tokens = Math.min(burst, bucket.tokens + ((now - bucket.refilledAt) / 1000) * rate);
  bucket.refilledAt = now;
  if (bucket.tokens < cost) return false;
  bucket.tokens -= cost;
  return true;
}

export function createLimitsPart(limits: CollabLimits, now: () => number = () => performance.now()): CollabPart {
  const buckets = new WeakMap<CollabConnection, { messages: Bucket; bytes: Bucket }>();
  // One maximal message must always fit into a full bucket.
  const byteBurst = Math.max(limits.byteBurst, limits.maxMessageBytes);
  return {
    name: "limits",
    onConnect(conn, room) {
      if (room.connections.size > limits.maxConnectionsPerBoard) {
        conn.close(CloseCode.TooManyConnections, `more than ${limits.maxConnectionsPerBoard} connections on the board`);
        return;
      }
      conn.maxBufferedBytes = limits.maxBufferedBytes;
      const at = now();
      buckets.set(conn, {
        messages: { tokens: limits.messageBurst, refilledAt: at },
        bytes: { tokens: byteBurst, refilledAt: at },
      });
    },
    onFrame(conn, frame) {
      const bucket = buckets.get(conn);
      if (!bucket) return true;
      const at = now();
      if (!takeToken(bucket.messages, limits.messagesPerSecond, limits.messageBurst, at)) {
        conn.close(CloseCode.RateLimited, `more than ${limits.messagesPerSecond} messages/s`);
        return false;
      }
      if (!takeToken(bucket.bytes, limits.bytesPerSecond, byteBurst, at, frame.byteLength)) {
        conn.close(CloseCode.RateLimited, `more than ${limits.bytesPerSecond} bytes/s`);
        return false;
      }
      return true;
    },
  };
}
