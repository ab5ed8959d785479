import { Awareness } from "y-protocols/awareness";
import * as Y from "yjs";
import { boardRoomName } from "@/lib/board/protocol";
import type { CollabConnection } from "./connection";

/** A board's document in memory, its presence and its open connections. */
export class Room {
  readonly name: string;
  readonly doc: Y.Doc;
  readonly awareness: Awareness;
  readonly connections = new Set<CollabConnection>();
  /** Upgrades that have loaded this room and are about to join it; they keep it loaded. */
  pendingJoins = 0;
  unloadTimer: NodeJS.Timeout | null = null;
  isUnloading = false;
  isDestroyed = false;

  constructor(
    readonly boardId: string,
    state: Uint8Array,
    /** Log rows in the database not yet compacted. */
    public logLength: number,
  ) {
    this.name = boardRoomName(boardId);
    this.doc = new Y.Doc({ gc: true });
    Y.applyUpdate(this.doc, state);
    this.awareness = new Awareness(this.doc);
    // The server itself has no presence.
    this.awareness.setLocalState(null);
  }

  /** True when nobody uses the room: no connections and no upgrade about to join. */
  get isIdle(): boolean {
    return this.connections.size === 0 && this.pendingJoins === 0;
  }

  destroy(): void {
    if (this.isDestroyed) return;
    this.isDestroyed = true;
    if (this.unloadTimer) clearTimeout(this.unloadTimer);
    this.awareness.destroy();
    this.doc.destroy();
  }
}
