/**
 * Part 5: the Yjs sync protocol. Sends the server's sync step 1 and the current presence to a
 * new connection, answers sync step 1 with step 2, applies updates (origin = the connection, so
 * later parts know who sent them) and answers awareness queries.
 */
import { encodeAwarenessUpdate } from "y-protocols/awareness";
import * as Y from "yjs";
import { CloseCode } from "@/lib/board/protocol";
import type { CollabConnection } from "./connection";
import { encodeAwarenessMessage, encodeSyncStep1, encodeSyncStep2 } from "./message";
import type { Room } from "./room";
import type { CollabPart } from "./types";
import { checkIncomingUpdate, dropPendingState } from "./update-check";

function sendPresence(conn: CollabConnection, room: Room): void {
  const clients = [...room.awareness.getStates().keys()];
  if (clients.length > 0) conn.send(encodeAwarenessMessage(encodeAwarenessUpdate(room.awareness, clients)));
}

/** Remembers which Yjs client ids a connection wrote for (what its MESSAGE_SAVED reports). */
function recordSentClients(conn: CollabConnection, update: Uint8Array): void {
  for (const clientId of Y.parseUpdateMeta(update).to.keys()) conn.sentClients.add(clientId);
}

/**
 * A reloaded tab speaks again for the client ids of its offline copy (IndexedDB): its next
 * MESSAGE_SAVED then covers the ones the server holds, so edits made before the reload show as
 * saved instead of "Sparar…" for ever. Only ids the room's document knows are kept (bounded).
 */
function recordKnownClients(conn: CollabConnection, room: Room, stateVector: Uint8Array): void {
  const known = room.doc.store.clients;
  for (const clientId of Y.decodeStateVector(stateVector).keys())
    if (known.has(clientId)) conn.sentClients.add(clientId);
}

export function createSyncPart(): CollabPart {
  return {
    name: "sync",
    onConnect(conn, room) {
      conn.send(encodeSyncStep1(room.doc));
      sendPresence(conn, room);
    },
    onMessage(conn, room, message) {
      switch (message.kind) {
        case "sync-step-1":
          conn.send(encodeSyncStep2(room.doc, message.stateVector));
          recordKnownClients(conn, room, message.stateVector);
          return false;
        case "sync-step-2":
        case "update": {
          // Checked first: a refused update is never applied, stored or broadcast (update-check.ts).
          const refused = checkIncomingUpdate(room.doc, message.update);
          if (refused) {
            conn.close(CloseCode.BadRequest, `update refused: ${refused}`);
            return false;
          }
          recordSentClients(conn, message.update);
          try {
            Y.applyUpdate(room.doc, message.update, conn);
          } catch (error) {
            conn.close(CloseCode.BadRequest, `update could not be applied: ${(error as Error).message}`);
            return false;
          }
          if (dropPendingState(room.doc)) {
            conn.close(CloseCode.BadRequest, "update left pending structs");
            return false;
          }
          // Persistence (next in the chain) acknowledges even an update that changed nothing.
          return true;
        }
        case "query-awareness":
          sendPresence(conn, room);
          return false;
        default:
          // MESSAGE_AUTH from a client means nothing to this server.
          return false;
      }
    },
  };
}
