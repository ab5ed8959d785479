/**
 * The loaded rooms (one per shared document, keyed by room name): loading a document once however many upgrades ask at the same time,
 * unloading it a while after the last connection left — never while a part is busy with it (a
 * pending save) — and dropping it at once when its saves failed.
 */
import { type RoomRef, roomNameOf } from "@/lib/board/protocol";
import { loadBoardDocState } from "@/lib/db/queries/board-docs";
import { findBoardDocument } from "@/lib/db/queries/board-documents";
import { isDecidedStatus } from "@/lib/documents/status";
import { Room } from "./room";
import type { CollabContext, CollabPart } from "./types";

export class RoomRegistry {
  private readonly rooms = new Map<string, Room>();
  private readonly loading = new Map<string, Promise<Room | null>>();

  constructor(
    private readonly context: Omit<CollabContext, "rooms" | "discardRoom">,
    private readonly parts: CollabPart[],
  ) {}

  all(): Room[] {
    return [...this.rooms.values()];
  }

  get size(): number {
    return this.rooms.size;
  }

  /**
   * The room of a shared document, loaded if needed, reserved for one joining connection or
   * server edit (call `release` afterwards unless it joined). Null when the board — or the
   * document of this board — does not exist (then nothing was created).
   */
  async acquire(ref: RoomRef): Promise<Room | null> {
    const name = roomNameOf(ref);
    let room = this.rooms.get(name) ?? null;
    if (!room) {
      let loading = this.loading.get(name);
      if (!loading) {
        loading = this.load(ref).finally(() => this.loading.delete(name));
        this.loading.set(name, loading);
      }
      room = await loading;
    }
    if (room) room.pendingJoins++;
    return room;
  }

  /** Gives back a reservation that did not turn into a connection. */
  release(room: Room): void {
    room.pendingJoins--;
    this.scheduleUnload(room);
  }

  private async load(ref: RoomRef): Promise<Room | null> {
    const state = await loadBoardDocState(this.context.db, ref.boardId, ref.docId);
    if (!state) return null;
    const room = new Room(ref, state.update, state.logLength);
    if (ref.docId)
      room.isLocked = isDecidedStatus((await findBoardDocument(this.context.db, ref.boardId, ref.docId))?.status);
    this.context.stats.docsLoaded++;
    room.doc.on("update", (update: Uint8Array, origin: unknown) => {
      for (const part of this.parts) part.onDocUpdate?.(room, update, origin);
    });
    room.awareness.on(
      "update",
      ({ added, updated, removed }: { added: number[]; updated: number[]; removed: number[] }, origin: unknown) => {
        const changed = [...added, ...updated, ...removed];
        for (const part of this.parts) part.onAwarenessChange?.(room, changed, origin);
      },
    );
    this.rooms.set(room.name, room);
    for (const part of this.parts) part.onRoomLoaded?.(room);
    return room;
  }

  /** Unloads the room after the configured delay if nobody comes back. */
  scheduleUnload(room: Room): void {
    if (!room.isIdle || room.unloadTimer || room.isDestroyed) return;
    room.unloadTimer = setTimeout(() => {
      room.unloadTimer = null;
      void this.unload(room);
    }, this.context.settings.unloadDelayMs);
  }

  /** Waits for pending saves, lets parts finish (compaction), then drops the room if still idle. */
  async unload(room: Room): Promise<void> {
    if (!room.isIdle || room.isUnloading || room.isDestroyed) return;
    room.isUnloading = true;
    try {
      for (const part of this.parts) await part.whenIdle?.(room);
      for (const part of this.parts) await part.beforeUnload?.(room);
    } catch (error) {
      this.context.logger.error("collab: unloading failed", { room: room.name, error: (error as Error).message });
    } finally {
      room.isUnloading = false;
    }
    if (room.isDestroyed || !room.isIdle) return;
    if (this.parts.some((part) => part.isBusy?.(room))) {
      this.scheduleUnload(room);
      return;
    }
    this.drop(room);
  }

  /** Removes the room from memory now (after a failed save, or at shutdown). */
  drop(room: Room): void {
    if (room.isDestroyed) return;
    if (this.rooms.get(room.name) === room) this.rooms.delete(room.name);
    for (const part of this.parts) part.onRoomUnloaded?.(room);
    room.destroy();
  }
}
