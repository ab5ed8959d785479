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

export const reopenDocumentInput = z.object({
  boardId: z.uuid("documentErrors.document"),
  docId: z.uuid("documentErrors.document"),
});

/**
 * "Ny revision": takes a fastställd agreement or catalogue back to utkast (editors and owners),
 * the one way a decided document accepts edits again. Records `document.reopened`; after the
 * commit its room unlocks for everyone connected. What was decided stays in the versions and
 * sign-offs; figures frozen into the document stay until the next decision replaces them.
 */
export async function reopenDocument(
  db: Db,
  actor: Actor,
  input: unknown,
  options?: CommandOptions,
): Promise<CommandResult<{ docId: string }>> {
  const parsed = parseInput(reopenDocumentInput, input);
  if (!parsed.ok) return parsed;
  const { boardId, docId } = parsed.value;
  const result = await inTransaction(db, options, async (tx) => {
    const { board } = await authorizeBoard(tx, actor, boardId, "editor");
    const where = and(eq(boardDocuments.id, docId), eq(boardDocuments.boardId, board.id));
    const [row] = await tx.select().from(boardDocuments).where(where).for("update");
    if (!row) refuse(invalid("docId", "documentErrors.document"));
    if (row.status !== "active") refuse(invalid("status", "documentErrors.notDecided"));
    if (row.kind === "self-assessment") refuse(invalid("status", "documentErrors.roundSaved"));
    await tx.update(boardDocuments).set({ status: "draft" }).where(where);
    await appendAuditEvent(tx, auditActor(actor), {
      type: "document.reopened",
      data: { boardId: board.id, docId, from: row.status },
    });
    return { docId };
  });
  if (result.ok) pushIfLive(boardId, { v: 1, type: "document.status-changed", docId, status: "draft" });
  return result;
}
