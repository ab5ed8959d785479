/**
 * Server push: messages that are not CRDT content (a role change now, later comments,
 * notifications, signatures, "a new version was saved"). `broadcastToBoard` reaches every
 * connection of the board — all its rooms — on this process and, through the pubsub's push
 * channel, on every other process. Messages are `PushMessage`s (lib/board/protocol.ts: zod,
 * versioned); one that fails its schema is refused when sent and dropped (and logged) on receipt.
 * Membership changes signalled in this process (`notifyMembershipChanged`) become a
 * `members.changed` broadcast, so every process re-checks its connections' roles at once.
 */
import { onMembershipChanged } from "@/lib/board/membership-events";
import { encodePushFrame, type PushMessage, parsePushMessage, pushMessageSchema } from "@/lib/board/protocol";
import type { CollabConnection } from "./connection";
import type { CollabPubSub, PushEnvelope } from "./pubsub";
import type { CollabContext, CollabPart } from "./types";

/** Restricts a push to some connections of the board. */
export interface PushTarget {
  /** Only this user's connections (all their tabs and rooms). */
  userId?: string;
}

export interface PushPart extends CollabPart {
  /**
   * Sends `message` to every connection of the board (or only `target.userId`'s) on every
   * process. Throws when the message does not match its schema (nothing is sent).
   */
  broadcastToBoard(boardId: string, message: PushMessage, target?: PushTarget): void;
}

/** Sends a validated push message to one connection. */
export function sendPush(conn: CollabConnection, message: PushMessage): void {
  conn.send(encodePushFrame(JSON.stringify(pushMessageSchema.parse(message))));
}

/**
 * `onReceived` runs on every process for every accepted push of a board (after delivery to its
 * connections): the server re-checks roles on `members.changed`.
 */
export function createPushPart(
  context: CollabContext,
  pubsub: CollabPubSub,
  onReceived: (boardId: string, message: PushMessage) => void,
): PushPart {
  function deliver(push: PushEnvelope, from: "local" | "pubsub"): void {
    const parsed = parsePushMessage(push.payload);
    if (!parsed.ok) {
      context.logger.warn("collab: dropped a push message that fails its schema", {
        board: push.boardId,
        from,
        error: parsed.error,
      });
      return;
    }
    const frame = encodePushFrame(push.payload);
    for (const room of context.rooms()) {
      if (room.boardId !== push.boardId) continue;
      for (const conn of room.connections) if (!push.userId || conn.user.id === push.userId) conn.send(frame);
    }
    onReceived(push.boardId, parsed.message);
  }

  pubsub.onPush?.((push) => deliver(push, "pubsub"));
  const unsubscribe = onMembershipChanged((boardId) =>
    part.broadcastToBoard(boardId, { v: 1, type: "members.changed" }),
  );

  const part: PushPart = {
    name: "push",
    broadcastToBoard(boardId, message, target = {}) {
      const payload = JSON.stringify(pushMessageSchema.parse(message));
      const push: PushEnvelope = { boardId, payload, ...(target.userId ? { userId: target.userId } : {}) };
      deliver(push, "local");
      pubsub.publishPush?.(push);
    },
    async close() {
      unsubscribe();
    },
  };
  return part;
}
