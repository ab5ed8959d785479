import { z } from "zod";
import { readBoardFromDoc } from "@/lib/board/doc-model";
import { applyToCopy, type LiveRooms } from "@/lib/board/live-rooms";
import type { Db } from "@/lib/db/client";
import { findBoardDocument } from "@/lib/db/queries/board-documents";
import { buildProductionGoals, type ProductionGoals, writeFrozenGoals } from "@/lib/documents/production-goals";
import { readTemplate } from "@/lib/documents/templates";
import { computeBoard } from "@/lib/engine";
import {
  type Actor,
  authorizeBoard,
  type CommandOptions,
  type CommandResult,
  inTransaction,
  invalid,
  parseInput,
} from "../command";
import { type DocumentStatus, setDocumentStatus } from "./set-document-status";

export const decideDocumentInput = z.object({
  boardId: z.uuid("documentErrors.document"),
  docId: z.uuid("documentErrors.document"),
});

/** What deciding needs beside the database: the live rooms, when the collaboration server runs here. */
export interface DecideDeps {
  rooms: LiveRooms | null;
}

/** The board's live plan and the engine's production goals for it (read in this process's room). */
async function liveGoals(rooms: LiveRooms, boardId: string): Promise<ProductionGoals> {
  const board = await rooms.changeRoomState({ boardId, docId: "" }, (state) => applyToCopy(state, readBoardFromDoc));
  return buildProductionGoals(board, computeBoard(board));
}

/**
 * "Fastställ": moves a document under review to fastställd. A production-goals agreement first
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
  if (row?.kind !== "agreement" || row.status !== "review") return decide(false);
  if (!deps.rooms) return { ok: false, error: invalid("form", "versions.errors.liveUnavailable") };
  const rooms = deps.rooms;
  const ref = { boardId, docId };
  const template = await rooms.changeRoomState(ref, (state) => applyToCopy(state, readTemplate));
  if (template !== "production-goals") return decide(false);
  const goals = await liveGoals(rooms, boardId);
  const frozenAt = new Date();
  await rooms.changeRoomState(ref, (state) => applyToCopy(state, (doc) => writeFrozenGoals(doc, goals, frozenAt)), {
    userId: actor.id,
  });
  return decide(true);
}
