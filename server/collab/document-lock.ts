/**
 * Part 2b: decided documents. A document room whose `board_documents` status is fastställd (or
 * archived) refuses every connection's updates, as a viewer's are refused (readonly.ts drops
 * them): the room is marked locked when it is loaded, and a `document.status-changed` push —
 * from this process or another — locks or unlocks it at once, telling each connection with
 * MESSAGE_READ_ONLY. Server edits (`withRoom`, e.g. the figures frozen into an agreement when it
 * is decided) do not pass through here. Runs before the readonly part so that a connection's
 * first read-only notice already says "locked".
 */
import { encodeReadOnlyMessage } from "@/lib/board/protocol";
import { isDecidedStatus } from "@/lib/documents/status";
import { encodeSyncStep1 } from "./message";
import type { Room } from "./room";
import type { CollabContext, CollabPart } from "./types";

export interface DocumentLockPart extends CollabPart {
  /** Applies a document's new status to its loaded room (if any) and its connections. */
  applyStatus(boardId: string, docId: string, status: string): void;
}

function setLocked(room: Room, locked: boolean): void {
  room.isLocked = locked;
  for (const conn of room.connections) {
    const wasReadOnly = conn.isReadOnly;
    conn.isRoomLocked = locked;
    if (wasReadOnly === conn.isReadOnly) continue;
    conn.send(encodeReadOnlyMessage(conn.isReadOnly));
    // Writable again: ask for what the client has (it may have kept local edits).
    if (!conn.isReadOnly) conn.send(encodeSyncStep1(room.doc));
  }
}

export function createDocumentLockPart(context: Pick<CollabContext, "rooms">): DocumentLockPart {
  return {
    name: "document-lock",
    onConnect(conn, room) {
      conn.isRoomLocked = room.isLocked;
    },
    applyStatus(boardId, docId, status) {
      for (const room of context.rooms()) {
        if (room.boardId === boardId && room.docId === docId && !room.isDestroyed)
          setLocked(room, isDecidedStatus(status));
      }
    },
  };
}
