/**
 * The collaborative document of a board: a compacted snapshot plus an append-only log of Yjs
 * updates. The collaboration server appends every accepted update (one transaction per batch) and
 * compacts the log now and then; `boards.data` is the plain `pks-board` projection of the
 * snapshot, refreshed on compaction, for pages, the export API and BI.
 *
 * Correct under concurrent writers (several collaboration processes on one PostgreSQL): updates
 * are idempotent in Yjs, so readers merge the snapshot with *every* log row still present, and
 * compaction merges exactly the rows it deletes (DELETE … RETURNING). A row whose insert commits
 * while a compaction runs is neither merged nor deleted, and the next load or compaction picks
 * it up, whatever its id.
 */
import { asc, eq, sql } from "drizzle-orm";
import * as Y from "yjs";
import { contentHash, readBoardContent, readBoardFromDoc, writeBoardToDoc } from "@/lib/board/doc-model";
import type { PksBoard } from "@/lib/engine";
import type { Db } from "../client";
import { boardDocSnapshots, boardDocUpdates, boards } from "../schema";

/** A board's document as stored: everything merged into one Yjs update. */
export interface BoardDocState {
  /** Snapshot and log merged (apply with `Y.applyUpdate`). */
  update: Uint8Array;
  /** Highest log id merged (the snapshot's `throughId` when the log is empty). */
  lastId: number;
  /** Log rows not yet compacted into the snapshot. */
  logLength: number;
}

/** One accepted update and who sent it. */
export interface BoardUpdateInput {
  update: Uint8Array;
  userId: string | null;
}

/** What a compaction did. */
export interface CompactResult {
  /** False when there was nothing to compact (or the board has no document yet). */
  compacted: boolean;
  /** Log rows merged into the snapshot and deleted. */
  removed: number;
  throughId: number;
}

/**
 * Stores the first snapshot of a board from `boards.data`. Two processes may race here; the
 * loser's insert is ignored and both use the winner's snapshot (two independently built
 * documents would duplicate every list item when merged). False when the board does not exist.
 */
async function initialiseBoardDoc(db: Db, boardId: string): Promise<boolean> {
  const [board] = await db.select({ data: boards.data }).from(boards).where(eq(boards.id, boardId)).limit(1);
  if (!board) return false;
  const doc = new Y.Doc();
  writeBoardToDoc(doc, board.data as PksBoard);
  const state = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  await db.insert(boardDocSnapshots).values({ boardId, state, throughId: 0, updateCount: 0 }).onConflictDoNothing();
  return true;
}

async function readStoredState(db: Db, boardId: string): Promise<BoardDocState | null> {
  // One snapshot of the database for both reads, so a compaction committing between them cannot
  // hide rows (moved into a snapshot we did not read).
  return db.transaction(
    async (tx) => {
      const [snapshot] = await tx
        .select({ state: boardDocSnapshots.state, throughId: boardDocSnapshots.throughId })
        .from(boardDocSnapshots)
        .where(eq(boardDocSnapshots.boardId, boardId));
      if (!snapshot) return null;
      const rows = await tx
        .select({ id: boardDocUpdates.id, update: boardDocUpdates.update })
        .from(boardDocUpdates)
        .where(eq(boardDocUpdates.boardId, boardId))
        .orderBy(asc(boardDocUpdates.id));
      const update =
        rows.length === 0 ? snapshot.state : Y.mergeUpdates([snapshot.state, ...rows.map((r) => r.update)]);
      const lastId = rows.reduce((max, r) => Math.max(max, r.id), snapshot.throughId);
      return { update, lastId, logLength: rows.length };
    },
    { isolationLevel: "repeatable read", accessMode: "read only" },
  );
}

/**
 * Loads a board's document: the snapshot merged with the log in id order. A board without a
 * snapshot gets one built from `boards.data` (stored, so every process starts from the same
 * document). Null when the board does not exist.
 */
export async function loadBoardDocState(db: Db, boardId: string): Promise<BoardDocState | null> {
  const stored = await readStoredState(db, boardId);
  if (stored) return stored;
  if (!(await initialiseBoardDoc(db, boardId))) return null;
  return readStoredState(db, boardId);
}

/**
 * Appends accepted updates to a board's log in one transaction (group commit: the server batches
 * what arrived together). Returns the highest id written.
 */
export async function appendBoardUpdates(db: Db, boardId: string, updates: BoardUpdateInput[]): Promise<number> {
  if (updates.length === 0) throw new Error("appendBoardUpdates: no updates");
  const rows = await db.transaction((tx) =>
    tx
      .insert(boardDocUpdates)
      .values(updates.map((u) => ({ boardId, update: u.update, userId: u.userId })))
      .returning({ id: boardDocUpdates.id }),
  );
  return rows.reduce((max, r) => Math.max(max, r.id), 0);
}

function bytesEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * Folds the log into the snapshot in one transaction, holding the snapshot row lock so that two
 * compactions of one board run one after the other: merges and deletes the log rows, bumps
 * `throughId`, and refreshes `boards.data` (the plain JSON projection) and `boards.updated_at`.
 * Does nothing when the log is empty; leaves `boards.data` alone when the merged state equals
 * the snapshot (updates that changed nothing).
 */
export async function compactBoardDoc(db: Db, boardId: string): Promise<CompactResult> {
  return db.transaction(async (tx) => {
    const [snapshot] = await tx
      .select()
      .from(boardDocSnapshots)
      .where(eq(boardDocSnapshots.boardId, boardId))
      .for("update");
    if (!snapshot) return { compacted: false, removed: 0, throughId: 0 };
    const rows = await tx
      .delete(boardDocUpdates)
      .where(eq(boardDocUpdates.boardId, boardId))
      .returning({ id: boardDocUpdates.id, update: boardDocUpdates.update });
    if (rows.length === 0) return { compacted: false, removed: 0, throughId: snapshot.throughId };
    rows.sort((a, b) => a.id - b.id);

    const doc = new Y.Doc();
    Y.applyUpdate(doc, snapshot.state);
    const hashBefore = await contentHash(readBoardContent(doc));
    for (const row of rows) Y.applyUpdate(doc, row.update);
    const state = Y.encodeStateAsUpdate(doc);
    const throughId = Math.max(snapshot.throughId, rows[rows.length - 1].id);
    const isChanged = !bytesEqual(state, snapshot.state);
    // The state bytes change with any update (an edit and its undo too); boards.data and its
    // updatedAt only when the content (data, measure meta, rich text) did.
    const isContentChanged = isChanged && (await contentHash(readBoardContent(doc))) !== hashBefore;

    await tx
      .update(boardDocSnapshots)
      .set({
        ...(isChanged ? { state } : {}),
        throughId,
        updateCount: snapshot.updateCount + rows.length,
        updatedAt: sql`now()`,
      })
      .where(eq(boardDocSnapshots.boardId, boardId));
    if (isContentChanged) {
      const data = readBoardFromDoc(doc);
      await tx.update(boards).set({ data, updatedAt: sql`now()` }).where(eq(boards.id, boardId));
    }
    doc.destroy();
    return { compacted: true, removed: rows.length, throughId };
  });
}
