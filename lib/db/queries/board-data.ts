import * as Y from "yjs";
import { readBoardFromDoc } from "@/lib/board/doc-model";
import { type PksBoard, parseBoardOrThrow } from "@/lib/engine";
import type { Db } from "../client";
import type { Board } from "../schema";
import { loadBoardDocState } from "./board-docs";

/**
 * The board's current planning data as a `pks-board` document: the shared document's stored
 * state (snapshot plus every acknowledged update), so exports and the API see every saved edit,
 * not only what the last compaction wrote into `boards.data`.
 */
export async function loadBoardData(db: Db, board: Board): Promise<PksBoard> {
  const state = await loadBoardDocState(db, board.id);
  if (!state) return parseBoardOrThrow(board.data);
  const doc = new Y.Doc();
  try {
    Y.applyUpdate(doc, state.update);
    return readBoardFromDoc(doc);
  } finally {
    doc.destroy();
  }
}
