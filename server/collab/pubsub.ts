/**
 * Scale-out between collaboration processes. Each process keeps its own copy of a loaded room
 * (one shared document of a board) and saves only the updates its own clients — and its own
 * server edits — made; a pubsub channel per room carries the (already merged, committed) sync
 * and awareness frames to the other processes, and one push channel carries server push messages
 * for all boards. Redis in pubsub-redis.ts; one process needs only the no-op.
 */
import * as decoding from "lib0/decoding";
import { applyAwarenessUpdate } from "y-protocols/awareness";
import * as syncProtocol from "y-protocols/sync";
import * as Y from "yjs";
import { MESSAGE_AWARENESS, MESSAGE_SYNC } from "@/lib/board/protocol";
import type { Room } from "./room";
import { type CollabLogger, type CollabPart, FROM_PUBSUB } from "./types";

/**
 * A server push on its way between processes: for every connection of `boardId` (or only those
 * of `userId`); `payload` is the JSON text of a `PushMessage`, validated again on receipt.
 */
export interface PushEnvelope {
  boardId: string;
  userId?: string;
  payload: string;
}

/** A message bus between collaboration processes, one channel per room (`Room.name`). */
export interface CollabPubSub {
  /** Sends a frame (MESSAGE_SYNC update or MESSAGE_AWARENESS) to the room's other processes. */
  publish(room: string, frame: Uint8Array): void;
  /** Starts delivering the room's frames from other processes (never this process's own). */
  subscribe(room: string, onMessage: (frame: Uint8Array) => void): void;
  unsubscribe(room: string): void;
  /** Sends a server push to every other process (whatever rooms they have loaded). */
  publishPush?(push: PushEnvelope): void;
  /** Delivers the pushes of other processes (never this process's own). */
  onPush?(listener: (push: PushEnvelope) => void): void;
  close?(): Promise<void>;
}

/** The single-process bus: nothing to tell anyone. */
export function createNoopPubSub(): CollabPubSub {
  return { publish() {}, subscribe() {}, unsubscribe() {}, publishPush() {}, onPush() {} };
}

function applyFrame(room: Room, frame: Uint8Array): void {
  const decoder = decoding.createDecoder(frame);
  const type = decoding.readVarUint(decoder);
  if (type === MESSAGE_SYNC && decoding.readVarUint(decoder) === syncProtocol.messageYjsUpdate) {
    Y.applyUpdate(room.doc, decoding.readVarUint8Array(decoder), FROM_PUBSUB);
  } else if (type === MESSAGE_AWARENESS) {
    applyAwarenessUpdate(room.awareness, decoding.readVarUint8Array(decoder), FROM_PUBSUB);
  }
}

/** Part: joins a loaded room's channel and applies what other processes publish. */
export function createPubSubPart(pubsub: CollabPubSub, logger: CollabLogger): CollabPart {
  return {
    name: "pubsub",
    onRoomLoaded(room) {
      pubsub.subscribe(room.name, (frame) => {
        if (room.isDestroyed) return;
        try {
          applyFrame(room, frame);
        } catch (error) {
          logger.warn("collab: dropped a malformed pubsub frame", {
            room: room.name,
            error: (error as Error).message,
          });
        }
      });
    },
    onRoomUnloaded(room) {
      pubsub.unsubscribe(room.name);
    },
    async close() {
      await pubsub.close?.();
    },
  };
}
