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

/**
 * Incomplete updates dropped from a connection that has not sent its sync step 2 yet, at most.
 * A client that edits in the moment after it (re)connects sends that edit as an update before it
 * has answered the server's sync step 1, so the update may build on edits the server lacks (made
 * offline, or held by a process that died). Its step 2, on its way, carries that edit and what it
 * builds on: the update is dropped (never applied, stored or broadcast) instead of closing the
 * connection. After step 2, or beyond this many, an incomplete update is refused with 4400.
 */
const MAX_DROPPED_BEFORE_STEP_2 = 200;

export function createSyncPart(): CollabPart {
  /** Connections that sent their sync step 2 (their document is now complete at the server). */
  const hasSentStep2 = new WeakSet<CollabConnection>();
  const droppedBeforeStep2 = new WeakMap<CollabConnection, number>();
  /** True when `conn`'s incomplete update is dropped because its sync step 2 is still to come. */
  const dropUntilStep2 = (conn: CollabConnection): boolean => {
    if (hasSentStep2.has(conn)) return false;
    const dropped = (droppedBeforeStep2.get(conn) ?? 0) + 1;
    droppedBeforeStep2.set(conn, dropped);
    return dropped <= MAX_DROPPED_BEFORE_STEP_2;
  };
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
          if (message.kind === "sync-step-2") hasSentStep2.add(conn);
          if (refused) {
            if (refused.isIncomplete && message.kind === "update" && dropUntilStep2(conn)) return false;
            conn.close(CloseCode.BadRequest, `update refused: ${refused.reason}`);
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
