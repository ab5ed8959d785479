import { eq } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { loadBoardData } from "@/lib/db/queries/board-data";
import { boardDocSnapshots, boards } from "@/lib/db/schema";
import { computeBoard, type PksBoard, type PksMode, type PksResult } from "@/lib/engine";

/** The board's current `pks-board` data (the token was checked for this board). */
export async function readBiBoard(db: Db, boardId: string): Promise<PksBoard | null> {
  const [board] = await db.select().from(boards).where(eq(boards.id, boardId));
  return board ? loadBoardData(db, board) : null;
}

/** The engine's result for plan or scenario. */
export async function readBiResult(db: Db, boardId: string, mode: PksMode): Promise<PksResult | null> {
  const data = await readBiBoard(db, boardId);
  return data ? computeBoard(data, { mode }) : null;
}

export interface BiVersion {
  id: string;
  kind: "current";
  savedAt: string;
}

/**
 * The board's version list. Seam: this branch has no versions table yet, so the list holds the
 * current saved state (the board document's last compaction); the version history replaces the
 * body of this function with its named and automatic versions, keeping the shape.
 */
export async function listBiVersions(db: Db, boardId: string): Promise<BiVersion[]> {
  const rows = await db
    .select({ docId: boardDocSnapshots.docId, updatedAt: boardDocSnapshots.updatedAt })
    .from(boardDocSnapshots)
    .where(eq(boardDocSnapshots.boardId, boardId));
  const board = rows.find((r) => r.docId === "");
  return board ? [{ id: "current", kind: "current", savedAt: board.updatedAt.toISOString() }] : [];
}
