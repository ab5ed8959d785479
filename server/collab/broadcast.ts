/**
 * Part 7: broadcasting. Updates and presence changes that arrive in the same tick go out as ONE
 * merged message per connection (Y.mergeUpdates): with 100 editors typing, one frame per update
 * per connection is what makes the reference server fall over. Broadcast does not wait for the
 * commit (latency); MESSAGE_SAVED tells the sender when its edits are durable. Local presence
 * changes are also published to the other collaboration processes (document updates are published
 * by persistence, after their commit).
 */
import { encodeAwarenessUpdate } from "y-protocols/awareness";
import * as Y from "yjs";
import { encodeAwarenessMessage, encodeUpdateMessage } from "./message";
import type { CollabPubSub } from "./pubsub";
import type { Room } from "./room";
import { type CollabPart, FROM_PUBSUB } from "./types";

interface Outbox {
  updates: Uint8Array[];
  /** Senders of this tick's updates; a connection that sent all of them needs no echo. */
  origins: Set<unknown>;
  awarenessClients: Set<number>;
  localAwarenessClients: Set<number>;
  isScheduled: boolean;
}

function emptyOutbox(): Outbox {
  return {
    updates: [],
    origins: new Set(),
    awarenessClients: new Set(),
    localAwarenessClients: new Set(),
    isScheduled: false,
  };
}

const merge = (updates: Uint8Array[]) => (updates.length === 1 ? updates[0] : Y.mergeUpdates(updates));

export function createBroadcastPart(pubsub: CollabPubSub): CollabPart {
  const outboxes = new WeakMap<Room, Outbox>();

  function sendUpdates(room: Room, box: Outbox): void {
    if (box.updates.length === 0) return;
    const frame = encodeUpdateMessage(merge(box.updates));
    const onlySender = box.origins.size === 1 ? [...box.origins][0] : undefined;
    for (const conn of room.connections) if (conn !== onlySender) conn.send(frame);
  }

  function sendAwareness(room: Room, box: Outbox): void {
    if (box.awarenessClients.size === 0) return;
    const frame = encodeAwarenessMessage(encodeAwarenessUpdate(room.awareness, [...box.awarenessClients]));
    for (const conn of room.connections) conn.send(frame);
    if (box.localAwarenessClients.size > 0) {
      pubsub.publish(
        room.name,
        encodeAwarenessMessage(encodeAwarenessUpdate(room.awareness, [...box.localAwarenessClients])),
      );
    }
  }

  function outboxOf(room: Room): Outbox {
    let box = outboxes.get(room);
    if (!box) {
      box = emptyOutbox();
      outboxes.set(room, box);
    }
    if (!box.isScheduled) {
      box.isScheduled = true;
      setImmediate(() => {
        outboxes.delete(room);
        if (room.isDestroyed) return;
        sendUpdates(room, box!);
        sendAwareness(room, box!);
      });
    }
    return box;
  }

  return {
    name: "broadcast",
    onDocUpdate(room, update, origin) {
      const box = outboxOf(room);
      box.updates.push(update);
      box.origins.add(origin);
    },
    onAwarenessChange(room, clientIds, origin) {
      const box = outboxOf(room);
      for (const id of clientIds) {
        box.awarenessClients.add(id);
        if (origin !== FROM_PUBSUB) box.localAwarenessClients.add(id);
      }
    },
  };
}
