import { eq } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { loadBoardData } from "@/lib/db/queries/board-data";
import { listVersions } from "@/lib/db/queries/versions";
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
  /** "current": the live board as last saved; otherwise the kind of the stored version. */
  kind: "current" | "auto" | "named" | "before-restore" | "before-import" | "meeting";
  name: string | null;
  contentHash: string | null;
  savedAt: string;
}

/**
 * The board's version list for BI tools: the current saved state first, then the stored versions
 * (named and automatic), newest first, with their content hashes.
 */
export async function listBiVersions(db: Db, boardId: string): Promise<BiVersion[]> {
  const rows = await db
    .select({ docId: boardDocSnapshots.docId, updatedAt: boardDocSnapshots.updatedAt })
    .from(boardDocSnapshots)
    .where(eq(boardDocSnapshots.boardId, boardId));
  const board = rows.find((r) => r.docId === "");
  if (!board) return [];
  const versions = await listVersions(db, boardId);
  return [
    { id: "current", kind: "current", name: null, contentHash: null, savedAt: board.updatedAt.toISOString() },
    ...versions.map((v) => ({
      id: v.id,
      kind: v.kind,
      name: v.name,
      contentHash: v.contentHash,
      savedAt: v.createdAt.toISOString(),
    })),
  ];
}
