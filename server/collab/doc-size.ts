/**
 * Part 3b: the size cap of rich-text documents. A document room (not the board room) whose Yjs
 * state would pass `limits.maxDocumentBytes` refuses updates that add content: they are dropped
 * (never applied, stored or broadcast) and the sender gets MESSAGE_ERROR `doc-too-large` once.
 * Everything already accepted stays as it was; deletions are still let through so the document
 * can shrink. The size is tracked cheaply (loaded state + accepted update bytes, an upper bound)
 * and measured exactly only when that bound passes the cap.
 */
import * as Y from "yjs";
import { encodeErrorMessage } from "@/lib/board/protocol";
import type { CollabConnection } from "./connection";
import type { Room } from "./room";
import type { CollabPart } from "./types";

/** Error code sent to a client whose update would make its document too large. */
export const DOC_TOO_LARGE = "doc-too-large";

function addsContent(update: Uint8Array): boolean {
  return Y.parseUpdateMeta(update).to.size > 0;
}

export function createDocSizePart(maxDocumentBytes: number): CollabPart {
  const sizes = new WeakMap<Room, number>();
  const warned = new WeakSet<CollabConnection>();
  const exactSize = (room: Room) => {
    const size = Y.encodeStateAsUpdate(room.doc).length;
    sizes.set(room, size);
    return size;
  };
  return {
    name: "doc-size",
    onMessage(conn, room, message) {
      if (room.docId === "") return true;
      if (message.kind !== "sync-step-2" && message.kind !== "update") return true;
      const update = message.update;
      if (!addsContent(update)) return true;
      const bound = (sizes.get(room) ?? exactSize(room)) + update.length;
      if (bound <= maxDocumentBytes || exactSize(room) + update.length <= maxDocumentBytes) {
        sizes.set(room, (sizes.get(room) ?? 0) + update.length);
        return true;
      }
      // An update that is already in the document (a resent sync step 2) changes nothing: let it be acknowledged.
      const missing = Y.diffUpdate(update, Y.encodeStateVector(room.doc));
      if (!addsContent(missing)) return true;
      if (!warned.has(conn)) {
        warned.add(conn);
        conn.send(encodeErrorMessage(DOC_TOO_LARGE));
      }
      return false;
    },
  };
}
