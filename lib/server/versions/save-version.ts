/**
 * Storing a version from a document's Yjs state: the canonical content and hash are computed on a
 * copy (never on the live room's document), the pending editors are moved into it.
 */
import type { LiveRooms } from "@/lib/board/live-rooms";
import { BOARD_DOC_ID, type RoomRef } from "@/lib/board/protocol";
import type { Db, Queryable } from "@/lib/db/client";
import { loadBoardDocState } from "@/lib/db/queries/board-docs";
import { findLatestVersion, insertVersion, type NewVersion } from "@/lib/db/queries/versions";
import type { BoardVersion } from "@/lib/db/schema";
import { docFromState, snapshotDoc } from "@/lib/versions/content";

/** What a version is made from: its document, kind and optional name, author and origin. */
export interface VersionSource {
  boardId: string;
  docId?: string;
  kind: BoardVersion["kind"];
  name?: string | null;
  createdBy?: string | null;
  restoredFromId?: string | null;
}

/** The snapshot columns of a version made from a Yjs state. */
export function snapshotState(state: Uint8Array, docId: string = BOARD_DOC_ID) {
  const doc = docFromState(state);
  try {
    return snapshotDoc(doc, docId);
  } finally {
    doc.destroy();
  }
}

/**
 * Stores a version of `state`. An automatic checkpoint whose content equals the latest version's
 * is skipped (null): pauses and departures without edits make no versions.
 */
export async function saveVersion(
  db: Queryable,
  source: VersionSource,
  state: Uint8Array,
): Promise<BoardVersion | null> {
  const docId = source.docId ?? BOARD_DOC_ID;
  const snapshot = snapshotState(state, docId);
  if (source.kind === "auto" && !source.restoredFromId) {
    const latest = await findLatestVersion(db, source.boardId, docId);
    if (latest?.contentHash === snapshot.contentHash) return null;
  }
  const row: NewVersion = { ...source, docId, ...snapshot };
  return insertVersion(db, row);
}

/**
 * The document's current state: from the live room when the collaboration server runs in this
 * process (edits not yet compacted included), otherwise as stored. Null for a missing document.
 */
export async function readCurrentState(db: Db, rooms: LiveRooms | null, ref: RoomRef): Promise<Uint8Array | null> {
  if (rooms) {
    try {
      // Bytes only: this code may run with another copy of Yjs than the live document (Next.js bundle).
      return await rooms.changeRoomState(ref, (state) => ({ update: null, result: state }));
    } catch (error) {
      if ((error as Error).name === "RoomNotFoundError") return null;
      throw error;
    }
  }
  const stored = await loadBoardDocState(db, ref.boardId, ref.docId ?? BOARD_DOC_ID);
  return stored?.update ?? null;
}
