/**
 * Automatic checkpoints of version history (docs/versions.md): a version of a room's document
 * after a pause in editing (`idleMs` after the last update) and when the last person has left
 * (before the room is unloaded). A checkpoint equal to the latest version is skipped, so a pause
 * or a departure without edits adds nothing. Runs after persistence, so the people whose edits a
 * checkpoint contains have been recorded with their committed updates.
 */
import * as Y from "yjs";
import { saveVersion } from "@/lib/server/versions/save-version";
import type { Room } from "./room";
import { type CollabContext, type CollabPart, FROM_PUBSUB } from "./types";

interface RoomCheckpoint {
  isDirty: boolean;
  timer: ReturnType<typeof setTimeout> | null;
  saving: Promise<void> | null;
}

/** The checkpoint part; `idleMs` is the pause after which edits are checkpointed. */
export function createCheckpointPart(context: CollabContext, idleMs: number): CollabPart {
  const rooms = new WeakMap<Room, RoomCheckpoint>();
  const live = new Set<RoomCheckpoint>();

  function stateOf(room: Room): RoomCheckpoint {
    let state = rooms.get(room);
    if (!state) {
      state = { isDirty: false, timer: null, saving: null };
      rooms.set(room, state);
      live.add(state);
    }
    return state;
  }

  function clearTimer(state: RoomCheckpoint): void {
    if (state.timer) clearTimeout(state.timer);
    state.timer = null;
  }

  async function checkpoint(room: Room, state: RoomCheckpoint): Promise<void> {
    clearTimer(state);
    await state.saving;
    if (!state.isDirty || room.isDestroyed) return;
    state.isDirty = false;
    const update = Y.encodeStateAsUpdate(room.doc);
    state.saving = saveVersion(context.db, { boardId: room.boardId, docId: room.docId, kind: "auto" }, update)
      .then(() => undefined)
      .catch((error: Error) => {
        state.isDirty = true;
        context.logger.warn("collab: checkpoint failed", { room: room.name, error: error.message });
      })
      .finally(() => {
        state.saving = null;
      });
    await state.saving;
  }

  return {
    name: "checkpoints",
    onDocUpdate(room, _update, origin) {
      // Another process received these edits and checkpoints them.
      if (origin === FROM_PUBSUB) return;
      const state = stateOf(room);
      state.isDirty = true;
      clearTimer(state);
      state.timer = setTimeout(() => void checkpoint(room, state), idleMs);
      state.timer.unref?.();
    },
    async beforeUnload(room) {
      const state = rooms.get(room);
      if (state) await checkpoint(room, state);
    },
    onRoomUnloaded(room) {
      const state = rooms.get(room);
      if (state) {
        clearTimer(state);
        live.delete(state);
      }
    },
    async close() {
      for (const state of live) clearTimer(state);
    },
  };
}
