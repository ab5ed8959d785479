// The collaboration server's seams for server code: push messages to a board's connections and
// changes inside a live room. Next.js bundles route handlers and server actions separately from
// the custom server's modules, so the running server is handed over through a global symbol (as
// lib/db/client.ts does with the database) instead of being imported. The bundles also carry
// their own copy of yjs, whose types must not be mixed into the server's documents; so a change
// crosses the seam as bytes: it runs on a copy of the room's state made with the caller's yjs,
// and only the resulting Yjs update is applied in the live room.
import * as Y from "yjs";
import type { PushMessage, RoomRef } from "./protocol";

/** A change to a room's state: the update to apply (null: nothing changed) and a result. */
export type RoomStateChange<T> = (state: Uint8Array) => { update: Uint8Array | null; result: T };

/** What the collaboration server offers server code (implemented by server/collab/server.ts). */
export interface LiveRooms {
  /** Sends `message` to every connection of the board (or only `target.userId`'s), on every process. */
  broadcastToBoard(boardId: string, message: PushMessage, target?: { userId?: string }): void;
  /**
   * Runs `change` on the live room's current state (loaded if needed) and applies its update in
   * the room in the same tick; resolves with the result once the update is committed.
   */
  changeRoomState<T>(room: RoomRef, change: RoomStateChange<T>, options?: { userId?: string | null }): Promise<T>;
}

const KEY = Symbol.for("planeringstavlan.liveRooms");
type GlobalWithRooms = typeof globalThis & { [KEY]?: LiveRooms | null };

/** Installs (or, with null, removes) the process's collaboration server; done by server/index.ts. */
export function setLiveRooms(rooms: LiveRooms | null): void {
  (globalThis as GlobalWithRooms)[KEY] = rooms;
}

/** The process's collaboration server; throws when none runs in this process. */
export function getLiveRooms(): LiveRooms {
  const rooms = (globalThis as GlobalWithRooms)[KEY];
  if (!rooms) throw new Error("The collaboration server does not run in this process");
  return rooms;
}

/**
 * Applies `change` to a copy of the live room's document as one transaction and the result to
 * the room itself: connected people see it at once, and it resolves after the durable commit
 * (docs/collaboration.md, "Server-side edits"). Rejects when the board or document is missing.
 */
export function withRoom<T>(
  room: RoomRef,
  change: (doc: Y.Doc) => T,
  options: { userId?: string | null } = {},
): Promise<T> {
  return getLiveRooms().changeRoomState(room, (state) => applyToCopy(state, change), options);
}

/** Runs `change` on a document made from `state`; returns what it changed as an update. */
export function applyToCopy<T>(state: Uint8Array, change: (doc: Y.Doc) => T): { update: Uint8Array | null; result: T } {
  const doc = new Y.Doc();
  try {
    Y.applyUpdate(doc, state);
    const before = Y.encodeStateVector(doc);
    let isChanged = false;
    doc.on("update", () => {
      isChanged = true;
    });
    let result: T | undefined;
    doc.transact(() => {
      result = change(doc);
    });
    return { update: isChanged ? Y.encodeStateAsUpdate(doc, before) : null, result: result as T };
  } finally {
    doc.destroy();
  }
}

/** Sends a push message to every connection of the board (or one user's) on every process. */
export function broadcastToBoard(boardId: string, message: PushMessage, target?: { userId?: string }): void {
  getLiveRooms().broadcastToBoard(boardId, message, target);
}
