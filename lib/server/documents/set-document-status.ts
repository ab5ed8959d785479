import { and, eq } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/lib/db/client";
import { appendAuditEvent } from "@/lib/db/queries/audit";
import { boardDocuments } from "@/lib/db/schema";
import { pushIfLive } from "@/lib/server/notifications/notify-users";
import {
  type Actor,
  auditActor,
  authorizeBoard,
  type CommandOptions,
  type CommandResult,
  inTransaction,
  invalid,
  parseInput,
  refuse,
} from "../command";

export const DOCUMENT_STATUSES = ["draft", "review", "active", "archived"] as const;
export type DocumentStatus = (typeof DOCUMENT_STATUSES)[number];

/**
 * utkast → för granskning → fastställd; a review can go back to draft. A decided document stays
 * decided (its room refuses edits); only a new revision (reopen-document.ts) takes it back.
 */
export const STATUS_TRANSITIONS: Record<DocumentStatus, DocumentStatus[]> = {
  draft: ["review"],
  review: ["draft", "active"],
  active: ["archived"],
  archived: [],
};

export const setDocumentStatusInput = z.object({
  boardId: z.uuid("documentErrors.document"),
  docId: z.uuid("documentErrors.document"),
  status: z.enum(DOCUMENT_STATUSES, "documentErrors.status"),
});

/**
 * Moves a document along utkast → för granskning → fastställd (editors and owners). A transition the workflow does not allow is
 * refused naming the status; records `document.status-changed`. After the commit every open
 * connection of the board hears of it: the document's room locks once decided
 * (server/collab/document-lock.ts).
 */
export async function setDocumentStatus(
  db: Db,
  actor: Actor,
  input: unknown,
  options?: CommandOptions,
): Promise<CommandResult<{ from: DocumentStatus; to: DocumentStatus }>> {
  const parsed = parseInput(setDocumentStatusInput, input);
  if (!parsed.ok) return parsed;
  const { boardId, docId, status } = parsed.value;
  const result = await inTransaction(db, options, async (tx) => {
    const { board } = await authorizeBoard(tx, actor, boardId, "editor");
    const where = and(eq(boardDocuments.id, docId), eq(boardDocuments.boardId, board.id));
    const [row] = await tx.select().from(boardDocuments).where(where).for("update");
    if (!row) refuse(invalid("docId", "documentErrors.document"));
    if (!STATUS_TRANSITIONS[row.status].includes(status)) refuse(invalid("status", "documentErrors.transition"));
    await tx.update(boardDocuments).set({ status }).where(where);
    await appendAuditEvent(tx, auditActor(actor), {
      type: "document.status-changed",
      data: { boardId: board.id, docId, from: row.status, to: status },
    });
    return { from: row.status, to: status };
  });
  if (result.ok) pushIfLive(boardId, { v: 1, type: "document.status-changed", docId, status });
  return result;
}
