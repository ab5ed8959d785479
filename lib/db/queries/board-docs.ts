/**
 * The collaborative documents of a board, each keyed by `(board_id, doc_id)` — `doc_id`
 * BOARD_DOC_ID ('') for the board document, a `board_documents` id for a rich-text document: a
 * compacted snapshot plus an append-only log of Yjs updates. The collaboration server appends every accepted update (one transaction per batch) and
 * compacts the log now and then; `boards.data` is the plain `pks-board` projection of the
 * snapshot, refreshed on compaction, for pages, the export API and BI.
 *
 * Correct under concurrent writers (several collaboration processes on one PostgreSQL): updates
 * are idempotent in Yjs, so readers merge the snapshot with *every* log row still present, and
 * compaction merges exactly the rows it deletes (DELETE … RETURNING). A row whose insert commits
 * while a compaction runs is neither merged nor deleted, and the next load or compaction picks
 * it up, whatever its id.
 */
import { and, asc, eq, sql } from "drizzle-orm";
import * as Y from "yjs";
import { contentHash, readBoardContent, readBoardFromDoc, writeBoardToDoc } from "@/lib/board/doc-model";
import { BOARD_DOC_ID } from "@/lib/board/protocol";
import type { PksBoard } from "@/lib/engine";
import type { Db } from "../client";
import { boardDocSnapshots, boardDocUpdates, boards } from "../schema";
import { emptyTextDocSnapshot, findBoardDocument } from "./board-documents";
import { recordPendingEditors } from "./versions";

const snapshotOf = (boardId: string, docId: string) =>
  and(eq(boardDocSnapshots.boardId, boardId), eq(boardDocSnapshots.docId, docId));
const logOf = (boardId: string, docId: string) =>
  and(eq(boardDocUpdates.boardId, boardId), eq(boardDocUpdates.docId, docId));

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
  await db
    .insert(boardDocSnapshots)
    .values({ boardId, docId: BOARD_DOC_ID, state, throughId: 0, updateCount: 0 })
    .onConflictDoNothing();
  return true;
}

/**
 * Stores the empty first snapshot of a rich-text document (normally written with its row, see
 * board-documents.ts). False — and nothing written — when no such document belongs to the board.
 */
async function initialiseTextDoc(db: Db, boardId: string, docId: string): Promise<boolean> {
  if (!(await findBoardDocument(db, boardId, docId))) return false;
  await db.insert(boardDocSnapshots).values(emptyTextDocSnapshot(boardId, docId)).onConflictDoNothing();
  return true;
}

async function readStoredState(db: Db, boardId: string, docId: string): Promise<BoardDocState | null> {
  // One snapshot of the database for both reads, so a compaction committing between them cannot
  // hide rows (moved into a snapshot we did not read).
  return db.transaction(
    async (tx) => {
      const [snapshot] = await tx
        .select({ state: boardDocSnapshots.state, throughId: boardDocSnapshots.throughId })
        .from(boardDocSnapshots)
        .where(snapshotOf(boardId, docId));
      if (!snapshot) return null;
      const rows = await tx
        .select({ id: boardDocUpdates.id, update: boardDocUpdates.update })
        .from(boardDocUpdates)
        .where(logOf(boardId, docId))
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
 * Loads a shared document (the board's by default): the snapshot merged with the log in id
 * order. A board without a snapshot gets one built from `boards.data` (stored, so every process
 * starts from the same document). Null when the board — or, for a rich-text document, a
 * `board_documents` row of this board — does not exist; then nothing is written.
 */
export async function loadBoardDocState(
  db: Db,
  boardId: string,
  docId: string = BOARD_DOC_ID,
): Promise<BoardDocState | null> {
  const stored = await readStoredState(db, boardId, docId);
  if (stored) return stored;
  const isCreated =
    docId === BOARD_DOC_ID ? await initialiseBoardDoc(db, boardId) : await initialiseTextDoc(db, boardId, docId);
  if (!isCreated) return null;
  return readStoredState(db, boardId, docId);
}

/**
 * Appends accepted updates to a shared document's log (the board's by default) in one
 * transaction (group commit: the server batches what arrived together). Returns the highest id.
 */
export async function appendBoardUpdates(
  db: Db,
  boardId: string,
  updates: BoardUpdateInput[],
  docId: string = BOARD_DOC_ID,
): Promise<number> {
  if (updates.length === 0) throw new Error("appendBoardUpdates: no updates");
  const rows = await db.transaction(async (tx) => {
    // Attribution for version history: who edited since the last version, kept past compaction.
    await recordPendingEditors(
      tx,
      boardId,
      docId,
      updates.map((u) => u.userId),
    );
    return tx
      .insert(boardDocUpdates)
      .values(updates.map((u) => ({ boardId, docId, update: u.update, userId: u.userId })))
      .returning({ id: boardDocUpdates.id });
  });
  return rows.reduce((max, r) => Math.max(max, r.id), 0);
}

function bytesEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * Folds a shared document's log (the board's by default) into its snapshot in one transaction,
 * holding the snapshot row lock so that two compactions of one document run one after the other:
 * merges and deletes the log rows, bumps `throughId`, and — for the board document only —
 * refreshes `boards.data` (the plain JSON projection) and `boards.updated_at`. Does nothing when
 * the log is empty; leaves `boards.data` alone when the merged state equals the snapshot.
 */
export async function compactBoardDoc(db: Db, boardId: string, docId: string = BOARD_DOC_ID): Promise<CompactResult> {
  return db.transaction(async (tx) => {
    const [snapshot] = await tx.select().from(boardDocSnapshots).where(snapshotOf(boardId, docId)).for("update");
    if (!snapshot) return { compacted: false, removed: 0, throughId: 0 };
    const rows = await tx
      .delete(boardDocUpdates)
      .where(logOf(boardId, docId))
      .returning({ id: boardDocUpdates.id, update: boardDocUpdates.update });
    if (rows.length === 0) return { compacted: false, removed: 0, throughId: snapshot.throughId };
    rows.sort((a, b) => a.id - b.id);

    const doc = new Y.Doc();
    Y.applyUpdate(doc, snapshot.state);
    const isBoardDoc = docId === BOARD_DOC_ID;
    const hashBefore = isBoardDoc ? await contentHash(readBoardContent(doc)) : null;
    for (const row of rows) Y.applyUpdate(doc, row.update);
    const state = Y.encodeStateAsUpdate(doc);
    const throughId = Math.max(snapshot.throughId, rows[rows.length - 1].id);
    const isChanged = !bytesEqual(state, snapshot.state);
    // The state bytes change with any update (an edit and its undo too); boards.data and its
    // updatedAt only when the content (data, measure meta, rich text) did.
    const isContentChanged = isBoardDoc && isChanged && (await contentHash(readBoardContent(doc))) !== hashBefore;

    await tx
      .update(boardDocSnapshots)
      .set({
        ...(isChanged ? { state } : {}),
        throughId,
        updateCount: snapshot.updateCount + rows.length,
        updatedAt: sql`now()`,
      })
      .where(snapshotOf(boardId, docId));
    if (isContentChanged) {
      const data = readBoardFromDoc(doc);
      await tx.update(boards).set({ data, updatedAt: sql`now()` }).where(eq(boards.id, boardId));
    }
    doc.destroy();
    return { compacted: true, removed: rows.length, throughId };
  });
}
