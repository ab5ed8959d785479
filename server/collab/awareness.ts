/**
 * Part 4: presence. Awareness is client-asserted and can be spoofed (y-protocols PROTOCOL.md), so
 * the server rewrites the `user` field of every state to the identity from the upgrade, accepts
 * entries only for client ids the connection owns, and removes a connection's states when it
 * closes. A connection owns the ids of its FIRST awareness message that no other user's open
 * connection owns: y-websocket sends its own state right on open, while later messages also echo everybody
 * else's states back (its awareness handler rebroadcasts remote changes), so claiming later would
 * let an echo adopt someone who just left. States are cut to the protocol's fields and dropped
 * when larger than the cap (awareness-state.ts).
 */
import { applyAwarenessUpdate, removeAwarenessStates } from "y-protocols/awareness";
import { type AwarenessUserState, colorForUser } from "@/lib/board/protocol";
import { sanitizeAwarenessState } from "./awareness-state";
import type { CollabConnection } from "./connection";
import { type AwarenessEntry, encodeAwarenessEntries } from "./message";
import type { Room } from "./room";
import type { CollabPart } from "./types";

/** A y-websocket client has one awareness id (its doc's clientID); allow a little slack. */
const MAX_CLIENT_IDS_PER_CONNECTION = 4;
/** Largest awareness state passed on (JSON characters); see CollabLimits.maxAwarenessStateBytes. */
const DEFAULT_MAX_STATE_BYTES = 2048;

/** The server-side identity shown to others. */
export function identityOf(conn: CollabConnection): AwarenessUserState["user"] {
  return { id: conn.user.id, name: conn.user.name, color: colorForUser(conn.user.id), role: conn.role };
}

/**
 * Claims `clientId` for `conn` unless another open connection holds it; the same user's older
 * socket (a reconnect before the old one was found dead) hands it over.
 */
function claim(room: Room, conn: CollabConnection, clientId: number): void {
  if (conn.awarenessClients.size >= MAX_CLIENT_IDS_PER_CONNECTION) return;
  for (const other of room.connections) {
    if (other === conn || !other.awarenessClients.has(clientId)) continue;
    if (other.user.id !== conn.user.id) return;
    other.awarenessClients.delete(clientId);
  }
  conn.awarenessClients.add(clientId);
}

/** The entries a connection may set, with `user` replaced by the server's identity. */
export function rewriteAwarenessEntries(
  room: Room,
  conn: CollabConnection,
  entries: AwarenessEntry[],
  mayClaim: boolean,
  maxStateBytes = DEFAULT_MAX_STATE_BYTES,
): AwarenessEntry[] {
  const accepted: AwarenessEntry[] = [];
  for (const entry of entries) {
    if (mayClaim && entry.state !== null && !conn.awarenessClients.has(entry.clientId))
      claim(room, conn, entry.clientId);
    if (!conn.awarenessClients.has(entry.clientId)) continue;
    // A reconnecting client resends its state at the clock the room may still hold (from before
    // the reconnect, or from another process), which y-protocols would ignore: its first message
    // is newer by definition. Only the first: the client adopts the echoed clock and echoes back.
    const held = room.awareness.meta.get(entry.clientId)?.clock ?? 0;
    const clock = mayClaim ? Math.max(entry.clock, entry.state === null ? held : held + 1) : entry.clock;
    if (entry.state === null) {
      accepted.push({ ...entry, clock });
      continue;
    }
    const state = sanitizeAwarenessState(entry.state, maxStateBytes);
    if (state === null) continue;
    accepted.push({ ...entry, clock, state: { ...state, user: identityOf(conn) } });
  }
  return accepted;
}

export function createAwarenessPart(maxStateBytes = DEFAULT_MAX_STATE_BYTES): CollabPart {
  const hasSpoken = new WeakSet<CollabConnection>();
  return {
    name: "awareness",
    onMessage(conn, room, message) {
      if (message.kind !== "awareness") return true;
      const entries = rewriteAwarenessEntries(room, conn, message.entries, !hasSpoken.has(conn), maxStateBytes);
      hasSpoken.add(conn);
      if (entries.length > 0) applyAwarenessUpdate(room.awareness, encodeAwarenessEntries(entries), conn);
      return false;
    },
    onDisconnect(conn, room) {
      if (conn.awarenessClients.size > 0) {
        removeAwarenessStates(room.awareness, [...conn.awarenessClients], conn);
      }
    },
  };
}
