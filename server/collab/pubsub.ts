/**
 * Scale-out between collaboration processes. Each process keeps its own copy of a loaded board
 * and saves only the updates its own clients sent; a pubsub channel per board carries the
 * (already merged) sync and awareness frames to the other processes. The Redis implementation
 * comes later; one process needs only the no-op.
 */
import * as decoding from "lib0/decoding";
import { applyAwarenessUpdate } from "y-protocols/awareness";
import * as syncProtocol from "y-protocols/sync";
import * as Y from "yjs";
import { MESSAGE_AWARENESS, MESSAGE_SYNC } from "@/lib/board/protocol";
import type { Room } from "./room";
import { type CollabLogger, type CollabPart, FROM_PUBSUB } from "./types";

/** A message bus between collaboration processes, one channel per board. */
export interface CollabPubSub {
  /** Sends a frame (MESSAGE_SYNC update or MESSAGE_AWARENESS) to the board's other processes. */
  publish(boardId: string, frame: Uint8Array): void;
  /** Starts delivering the board's frames from other processes (never this process's own). */
  subscribe(boardId: string, onMessage: (frame: Uint8Array) => void): void;
  unsubscribe(boardId: string): void;
  close?(): Promise<void>;
}

/** The single-process bus: nothing to tell anyone. */
export function createNoopPubSub(): CollabPubSub {
  return { publish() {}, subscribe() {}, unsubscribe() {} };
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

/** Part: joins a loaded board's channel and applies what other processes publish. */
export function createPubSubPart(pubsub: CollabPubSub, logger: CollabLogger): CollabPart {
  return {
    name: "pubsub",
    onRoomLoaded(room) {
      pubsub.subscribe(room.boardId, (frame) => {
        if (room.isDestroyed) return;
        try {
          applyFrame(room, frame);
        } catch (error) {
          logger.warn("collab: dropped a malformed pubsub frame", {
            board: room.boardId,
            error: (error as Error).message,
          });
        }
      });
    },
    onRoomUnloaded(room) {
      pubsub.unsubscribe(room.boardId);
    },
    async close() {
      await pubsub.close?.();
    },
  };
}
