import type { Db } from "@/lib/db/client";
import { type CareCatalogueRow, strategicCatalogueRows } from "@/lib/documents/care-catalogue";
import { type Actor, authorizeBoard, type CommandResult, inTransaction } from "../command";
import { loadLinkedUnits } from "./load-view";

/** The catalogue rows of a strategic board's linked units, from their stored states (callers authorize). */
export async function linkedCatalogueRows(db: Db, strategicBoardId: string): Promise<CareCatalogueRow[]> {
  const units = await loadLinkedUnits(db, strategicBoardId);
  return strategicCatalogueRows(units.map((u) => ({ unitName: u.unitName, board: u.data, result: u.result })));
}

/**
 * The live rows of a strategic board's vårdtjänstkatalog for one of its members (viewer and up,
 * `not-found` otherwise): per linked unit and planning object, from each unit board's stored
 * state, whether or not the reader is a member of the unit boards (summary rows, as the sums).
 */
export async function loadStrategicCatalogue(
  db: Db,
  actor: Actor,
  boardId: string,
): Promise<CommandResult<CareCatalogueRow[]>> {
  const access = await inTransaction(db, undefined, (tx) => authorizeBoard(tx, actor, boardId, "viewer"));
  if (!access.ok) return access;
  if (access.value.board.level !== "strategic") return { ok: true, value: [] };
  return { ok: true, value: await linkedCatalogueRows(db, boardId) };
}
