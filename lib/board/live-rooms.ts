// The collaboration server's seams for server code: push messages to a board's connections and
// changes inside a live room. Next.js bundles route handlers and server actions separately from
// the custom server's modules, so the running server is handed over through a global symbol (as
// lib/db/client.ts does with the database) instead of being imported.
import type * as Y from "yjs";
import type { PushMessage, RoomRef } from "./protocol";

/** What the collaboration server offers server code (implemented by server/collab/server.ts). */
export interface LiveRooms {
  /** Sends `message` to every connection of the board (or only `target.userId`'s), on every process. */
  broadcastToBoard(boardId: string, message: PushMessage, target?: { userId?: string }): void;
  /**
   * Applies `change` as one Y transaction inside the live room (loaded if needed); resolves with
   * its result once the change is committed (durable) and published to the other processes.
   */
  withRoom<T>(room: RoomRef, change: (doc: Y.Doc) => T, options?: { userId?: string | null }): Promise<T>;
  /**
   * `withRoom` on bytes, for code bundled with its own copy of Yjs (Next.js route handlers and
   * server actions): `compute` gets the room's state as an update and may return an `update` to
   * apply, in one transaction with the server's Yjs, so no foreign Y types enter the document.
   */
  updateRoom<T extends RoomUpdate>(
    room: RoomRef,
    compute: (state: Uint8Array) => T,
    options?: { userId?: string | null },
  ): Promise<T>;
}

/** What an `updateRoom` computation returns: the update to apply (none: only read). */
export interface RoomUpdate {
  update?: Uint8Array | null;
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
