import { Awareness } from "y-protocols/awareness";
import * as Y from "yjs";
import { type RoomRef, roomNameOf } from "@/lib/board/protocol";
import type { CollabConnection } from "./connection";

/** One shared document of a board in memory (a room), its presence and its open connections. */
export class Room {
  /** `board:<boardId>` or `board:<boardId>/doc:<docId>` (lib/board/protocol.ts). */
  readonly name: string;
  readonly boardId: string;
  /** BOARD_DOC_ID for the board document, else the `board_documents` id. */
  readonly docId: string;
  readonly doc: Y.Doc;
  readonly awareness: Awareness;
  readonly connections = new Set<CollabConnection>();
  /** Upgrades that have loaded this room and are about to join it; they keep it loaded. */
  pendingJoins = 0;
  unloadTimer: NodeJS.Timeout | null = null;
  isUnloading = false;
  isDestroyed = false;
  /** A decided (fastställd or archived) document: nobody's updates are accepted (document-lock.ts). */
  isLocked = false;

  constructor(
    ref: RoomRef,
    state: Uint8Array,
    /** Log rows in the database not yet compacted. */
    public logLength: number,
  ) {
    this.boardId = ref.boardId;
    this.docId = ref.docId;
    this.name = roomNameOf(ref);
    this.doc = new Y.Doc({ gc: true });
    Y.applyUpdate(this.doc, state);
    this.awareness = new Awareness(this.doc);
    // The server itself has no presence.
    this.awareness.setLocalState(null);
  }

  /** The room's identity as used by storage and the protocol. */
  get ref(): RoomRef {
    return { boardId: this.boardId, docId: this.docId };
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
