import type * as Y from "yjs";
import { z } from "zod";
import { readBoardFromDoc } from "@/lib/board/doc-model";
import { applyToCopy, type LiveRooms } from "@/lib/board/live-rooms";
import type { Db } from "@/lib/db/client";
import { findBoardDocument } from "@/lib/db/queries/board-documents";
import { careCatalogueRows, writeFrozenCatalogue } from "@/lib/documents/care-catalogue";
import { buildProductionGoals, writeFrozenGoals } from "@/lib/documents/production-goals";
import { readTemplate } from "@/lib/documents/templates";
import { computeBoard, type PksBoard, type PksResult } from "@/lib/engine";
import {
  type Actor,
  authorizeBoard,
  type CommandOptions,
  type CommandResult,
  inTransaction,
  invalid,
  parseInput,
} from "../command";
import { linkedCatalogueRows } from "../strategic/load-catalogue";
import { createNamedVersion } from "../versions/create-named-version";
import { type DocumentStatus, setDocumentStatus } from "./set-document-status";

export const decideDocumentInput = z.object({
  boardId: z.uuid("documentErrors.document"),
  docId: z.uuid("documentErrors.document"),
});

/** What deciding needs beside the database: the live rooms, when the collaboration server runs here. */
export interface DecideDeps {
  rooms: LiveRooms | null;
}

/** The board's live plan and the engine's result for it (read in this process's room). */
async function livePlan(rooms: LiveRooms, boardId: string): Promise<{ board: PksBoard; result: PksResult }> {
  const board = await rooms.changeRoomState({ boardId, docId: "" }, (state) => applyToCopy(state, readBoardFromDoc));
  return { board, result: computeBoard(board) };
}

/** What a decision freezes into the document: the goals, or the catalogue rows (a strategic board's from its units). */
async function freezerOf(
  db: Db,
  rooms: LiveRooms,
  what: { boardId: string; template: "production-goals" | "care-catalogue"; strategic: boolean },
): Promise<(doc: Y.Doc, frozenAt: Date) => void> {
  if (what.template === "care-catalogue" && what.strategic) {
    const rows = await linkedCatalogueRows(db, what.boardId);
    return (doc, frozenAt) => writeFrozenCatalogue(doc, rows, frozenAt);
  }
  const { board, result } = await livePlan(rooms, what.boardId);
  return what.template === "production-goals"
    ? (doc, frozenAt) => writeFrozenGoals(doc, buildProductionGoals(board, result), frozenAt)
    : (doc, frozenAt) => writeFrozenCatalogue(doc, careCatalogueRows(board, result), frozenAt);
}

/**
 * "Fastställ": moves a document under review to fastställd. A vårdtjänstkatalog first gets the
 * catalogue rows of the plan frozen into it (a new version per decision); on a strategic board
 * the rows of its linked units, read from their stored states. A production-goals agreement first
 * gets the engine's current figures frozen into it (`withRoom` on its room, stored under the
 * actor, part of its signed content): from then on the table is the decided one and later drift
 * of the plan is shown beside it, never written into it. Then the status changes
 * (setDocumentStatus: transition, audit, lock). Without the live rooms an agreement under review
 * cannot be decided (its figures would be stale), and nothing is written.
 */
export async function decideDocument(
  db: Db,
  actor: Actor,
  input: unknown,
  deps: DecideDeps,
  options?: CommandOptions,
): Promise<CommandResult<{ from: DocumentStatus; to: DocumentStatus; frozen: boolean }>> {
  const parsed = parseInput(decideDocumentInput, input);
  if (!parsed.ok) return parsed;
  const { boardId, docId } = parsed.value;
  const decide = async (frozen: boolean) => {
    const result = await setDocumentStatus(db, actor, { boardId, docId, status: "active" }, options);
    return result.ok ? { ok: true as const, value: { ...result.value, frozen } } : result;
  };
  // Role and membership before anything is written; the transition is checked by the status change.
  const allowed = await inTransaction(db, undefined, (tx) => authorizeBoard(tx, actor, boardId, "editor"));
  if (!allowed.ok) return allowed;
  const row = await findBoardDocument(db, boardId, docId);
  if ((row?.kind !== "agreement" && row?.kind !== "care-catalogue") || row.status !== "review") return decide(false);
  if (!deps.rooms) return { ok: false, error: invalid("form", "versions.errors.liveUnavailable") };
  const rooms = deps.rooms;
  const ref = { boardId, docId };
  const template = await rooms.changeRoomState(ref, (state) => applyToCopy(state, readTemplate));
  if (template !== "production-goals" && template !== "care-catalogue") return decide(false);
  const frozenAt = new Date();
  const freeze = await freezerOf(db, rooms, {
    boardId,
    template,
    strategic: allowed.value.board.level === "strategic",
  });
  await rooms.changeRoomState(ref, (state) => applyToCopy(state, (doc) => freeze(doc, frozenAt)), {
    userId: actor.id,
  });
  const decided = await decide(true);
  // Each decision is a version of its own (content and hash include the frozen figures).
  if (decided.ok) {
    const name = `Fastställd ${frozenAt.toISOString().slice(0, 10)}`;
    const version = await createNamedVersion(db, actor, { boardId, docId, kind: "named", name }, deps);
    if (!version.ok) throw new Error(`the decision's version was not saved: ${JSON.stringify(version.error)}`);
  }
  return decided;
}
