/**
 * Part 6: persistence. Every accepted update is appended to `board_doc_updates`; updates that
 * arrive while a commit is in flight are saved together in the next transaction (group commit).
 * Only after the commit does the sending connection get MESSAGE_SAVED: the state vector, at the
 * moment the batch was cut, restricted to that connection's client ids. Failed saves are retried a
 * few times; then the board's connections are closed with 4500 and the room is dropped, so clients
 * reconnect to the stored state and send again what it lacks (their local documents still have it).
 * The log is compacted when it grows past a threshold and when the room is unloaded.
 * Committed updates are published to the other collaboration processes (scale-out): publishing
 * only after the commit means a process never holds, from another one, an update that a crash
 * could still lose — so its own MESSAGE_SAVED, covering its whole document, stays true.
 */
import * as Y from "yjs";
import {
  BOARD_DOC_ID,
  CloseCode,
  encodeErrorMessage,
  encodeSavedMessage,
  restrictStateVector,
} from "@/lib/board/protocol";
import { appendBoardUpdates, type BoardUpdateInput, compactBoardDoc } from "@/lib/db/queries/board-docs";
import { CollabConnection } from "./connection";
import { encodeUpdateMessage } from "./message";
import type { CollabPubSub } from "./pubsub";
import type { Room } from "./room";
import { type CollabContext, type CollabPart, FROM_PUBSUB, ServerEdit } from "./types";

/** After a failed compaction, wait this long before trying again (the log just grows meanwhile). */
const COMPACT_RETRY_AFTER_MS = 10_000;

interface CommitWaiter {
  resolve(): void;
  reject(error: Error): void;
}

interface RoomSaver {
  queue: BoardUpdateInput[];
  /** Server-side edits (withRoom) waiting for the commit of what is queued now. */
  commitWaiters: CommitWaiter[];
  /** Connections that sent an update since the last cut: they get MESSAGE_SAVED after the commit. */
  ackWaiters: Set<CollabConnection>;
  isScheduled: boolean;
  flushing: Promise<void> | null;
  compacting: Promise<void> | null;
  compactFailedAt: number;
  isFailed: boolean;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** One row per user and batch: fewer rows, same content (merged updates are equivalent). */
function groupByUser(batch: BoardUpdateInput[]): BoardUpdateInput[] {
  const byUser = new Map<string | null, Uint8Array[]>();
  for (const { update, userId } of batch) {
    const list = byUser.get(userId);
    if (list) list.push(update);
    else byUser.set(userId, [update]);
  }
  return [...byUser].map(([userId, updates]) => ({
    userId,
    update: updates.length === 1 ? updates[0] : Y.mergeUpdates(updates),
  }));
}

function userIdOf(origin: unknown): string | null {
  if (origin instanceof CollabConnection) return origin.user.id;
  if (origin instanceof ServerEdit) return origin.userId;
  return null;
}

/** The persistence part, plus a way for server-side edits to wait for their commit. */
export interface PersistencePart extends CollabPart {
  /**
   * Resolves once everything queued for the room so far (a server edit just applied) is
   * committed and published; rejects when saving failed or the room went away first.
   */
  whenCommitted(room: Room): Promise<void>;
}

/** `pubsub`: the scale-out bus, when there is one; committed updates are published on it. */
export function createPersistencePart(
  context: CollabContext,
  pubsub?: CollabPubSub,
  onBoardCommitted?: (boardId: string) => void,
): PersistencePart {
  const savers = new WeakMap<Room, RoomSaver>();
  const { db, logger, stats, settings } = context;

  function saverOf(room: Room): RoomSaver {
    let saver = savers.get(room);
    if (!saver) {
      saver = {
        queue: [],
        commitWaiters: [],
        ackWaiters: new Set(),
        isScheduled: false,
        flushing: null,
        compacting: null,
        compactFailedAt: 0,
        isFailed: false,
      };
      savers.set(room, saver);
    }
    return saver;
  }

  const hasWork = (s: RoomSaver) => s.queue.length > 0 || s.ackWaiters.size > 0 || s.commitWaiters.length > 0;
  const isBusy = (s: RoomSaver) => hasWork(s) || s.isScheduled || s.flushing !== null || s.compacting !== null;

  async function append(room: Room, rows: BoardUpdateInput[]): Promise<boolean> {
    for (let attempt = 0; ; attempt++) {
      try {
        await appendBoardUpdates(db, room.boardId, rows, room.docId);
        stats.savesCommitted++;
        room.logLength += rows.length;
        return true;
      } catch (error) {
        const fields = { room: room.name, attempt: attempt + 1, error: (error as Error).message };
        if (attempt >= settings.saveRetries) {
          logger.error("collab: saving updates failed, closing the board's connections", fields);
          return false;
        }
        logger.warn("collab: saving updates failed, retrying", fields);
        await sleep(settings.saveRetryDelayMs * 2 ** attempt);
      }
    }
  }

  function rejectWaiters(saver: RoomSaver, waiters: CommitWaiter[], why: string): void {
    saver.commitWaiters = saver.commitWaiters.filter((w) => !waiters.includes(w));
    for (const waiter of waiters) waiter.reject(new Error(why));
  }

  function fail(room: Room, saver: RoomSaver): void {
    saver.isFailed = true;
    rejectWaiters(saver, [...saver.commitWaiters], "saving the change failed");
    stats.savesFailed++;
    for (const conn of room.connections) conn.send(encodeErrorMessage("save-failed"));
    context.discardRoom(room, CloseCode.ServerError);
  }

  async function flush(room: Room, saver: RoomSaver): Promise<void> {
    while (!room.isDestroyed && !saver.isFailed && hasWork(saver)) {
      const batch = saver.queue.splice(0);
      const waiters = [...saver.ackWaiters];
      saver.ackWaiters.clear();
      const committing = saver.commitWaiters.splice(0);
      // Everything in this vector is in this batch or an earlier, committed one.
      const durable = Y.decodeStateVector(Y.encodeStateVector(room.doc));
      if (batch.length > 0) {
        const rows = groupByUser(batch);
        if (!(await append(room, rows))) {
          saver.commitWaiters.unshift(...committing);
          return fail(room, saver);
        }
        const update = rows.length === 1 ? rows[0].update : Y.mergeUpdates(rows.map((row) => row.update));
        pubsub?.publish(room.name, encodeUpdateMessage(update));
        if (room.docId === BOARD_DOC_ID) onBoardCommitted?.(room.boardId);
      }
      for (const waiter of committing) waiter.resolve();
      for (const conn of waiters) {
        conn.send(encodeSavedMessage(restrictStateVector(durable, [...conn.sentClients, ...conn.awarenessClients])));
      }
      maybeCompact(room, saver);
    }
  }

  function schedule(room: Room, saver: RoomSaver): void {
    if (saver.isScheduled || saver.flushing || saver.isFailed) return;
    saver.isScheduled = true;
    // Wait for the rest of this tick's messages: they join the same transaction. A timer, not
    // setImmediate, so that broadcast (its setImmediate) sends first: with the embedded database a
    // commit holds the event loop for milliseconds, and the others should not wait for it.
    setTimeout(() => {
      saver.isScheduled = false;
      saver.flushing = flush(room, saver).finally(() => {
        saver.flushing = null;
        if (hasWork(saver)) schedule(room, saver);
      });
    }, 0);
  }

  async function compact(room: Room, saver: RoomSaver): Promise<void> {
    try {
      const result = await compactBoardDoc(db, room.boardId, room.docId);
      room.logLength = Math.max(0, room.logLength - result.removed);
      if (result.compacted) stats.compactions++;
    } catch (error) {
      saver.compactFailedAt = Date.now();
      logger.warn("collab: compaction failed", { room: room.name, error: (error as Error).message });
    }
  }

  function maybeCompact(room: Room, saver: RoomSaver): void {
    if (saver.compacting || room.logLength <= settings.compactAfterUpdates) return;
    if (Date.now() - saver.compactFailedAt < COMPACT_RETRY_AFTER_MS) return;
    saver.compacting = compact(room, saver).finally(() => {
      saver.compacting = null;
    });
  }

  async function whenIdle(room: Room): Promise<void> {
    const saver = savers.get(room);
    while (saver && !saver.isFailed && !room.isDestroyed && isBusy(saver)) {
      if (saver.flushing || saver.compacting) await Promise.all([saver.flushing, saver.compacting]);
      else await new Promise((resolve) => setImmediate(resolve));
    }
  }

  return {
    name: "persistence",
    onDocUpdate(room, update, origin) {
      // Another process received (and saves) updates that come through pubsub.
      if (origin === FROM_PUBSUB) return;
      const saver = saverOf(room);
      saver.queue.push({ update, userId: userIdOf(origin) });
      schedule(room, saver);
    },
    onMessage(conn, room, message) {
      if (message.kind === "sync-step-2" || message.kind === "update") {
        const saver = saverOf(room);
        saver.ackWaiters.add(conn);
        schedule(room, saver);
      }
      return true;
    },
    onRoomUnloaded(room) {
      const saver = savers.get(room);
      if (saver) rejectWaiters(saver, [...saver.commitWaiters], "the room was unloaded before the change was saved");
    },
    isBusy(room) {
      const saver = savers.get(room);
      return saver !== undefined && !saver.isFailed && isBusy(saver);
    },
    whenIdle,
    whenCommitted(room) {
      const saver = saverOf(room);
      if (saver.isFailed || room.isDestroyed) return Promise.reject(new Error("the room is gone"));
      return new Promise<void>((resolve, reject) => {
        saver.commitWaiters.push({ resolve, reject });
        schedule(room, saver);
      });
    },
    async beforeUnload(room) {
      await whenIdle(room);
      if (room.logLength > 0 && !room.isDestroyed) await compact(room, saverOf(room));
    },
  };
}
