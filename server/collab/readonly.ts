/**
 * Part 3: read-only connections (viewers, commenters). Their sync step 2 and update messages are
 * dropped here, so they are never applied, stored or broadcast; their sync step 1 is still
 * answered (they read the board) and their presence still flows. They are told on connect.
 */
import { encodeErrorMessage, encodeReadOnlyMessage } from "@/lib/board/protocol";
import type { CollabConnection } from "./connection";
import type { CollabPart } from "./types";

/** An update that carries structs or deletions (an empty sync step 2 is two zero bytes). */
function isNonEmptyUpdate(update: Uint8Array): boolean {
  return update.length > 2;
}

export function createReadonlyPart(): CollabPart {
  const warned = new WeakSet<CollabConnection>();
  return {
    name: "readonly",
    onConnect(conn) {
      conn.send(encodeReadOnlyMessage(conn.isReadOnly));
    },
    onMessage(conn, _room, message) {
      if (!conn.isReadOnly) return true;
      if (message.kind !== "sync-step-2" && message.kind !== "update") return true;
      // Tell the client once that its changes go nowhere (its UI should not have allowed them).
      if (isNonEmptyUpdate(message.update) && !warned.has(conn)) {
        warned.add(conn);
        conn.send(encodeErrorMessage("read-only"));
      }
      return false;
    },
  };
}
