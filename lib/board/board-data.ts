import type { Db } from "@/lib/db/client";
import type { Board } from "@/lib/db/schema";
import { type PksBoard, parseBoardOrThrow } from "@/lib/engine";

/**
 * The board's current planning data as a validated `pks-board` document. Reads the stored
 * projection of the shared document, so pages, exports and the BI API see the same data.
 */
export async function loadBoardData(_db: Db, board: Board): Promise<PksBoard> {
  return parseBoardOrThrow(board.data);
}
