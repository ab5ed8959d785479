import { z } from "zod";
import type { Db } from "@/lib/db/client";
import { appendAuditEvent } from "@/lib/db/queries/audit";
import { emptyTextDocSnapshot } from "@/lib/db/queries/board-documents";
import { type BoardDocument, boardDocSnapshots, boardDocuments } from "@/lib/db/schema";
import { buildTemplateState, DOCUMENT_TEMPLATES, TEMPLATE_KIND } from "@/lib/documents/templates";
import {
  type Actor,
  auditActor,
  authorizeBoard,
  type CommandOptions,
  type CommandResult,
  inTransaction,
  parseInput,
} from "../command";

export const createDocumentInput = z.object({
  boardId: z.uuid("documentErrors.document"),
  template: z.enum(DOCUMENT_TEMPLATES, "documentErrors.template"),
  title: z.string("documentErrors.title").trim().min(1, "documentErrors.title").max(200, "documentErrors.title"),
});

/**
 * Creates a board document from a template (editors and owners): its row, its first state (the
 * template's headings, parties and structured parts) and `document.created`, in one transaction,
 * so its room can be opened at once.
 */
export async function createDocument(
  db: Db,
  actor: Actor,
  input: unknown,
  options?: CommandOptions,
): Promise<CommandResult<BoardDocument>> {
  const parsed = parseInput(createDocumentInput, input);
  if (!parsed.ok) return parsed;
  const { boardId, template, title } = parsed.value;
  return inTransaction(db, options, async (tx) => {
    const { board } = await authorizeBoard(tx, actor, boardId, "editor");
    const kind = TEMPLATE_KIND[template];
    const [row] = await tx
      .insert(boardDocuments)
      .values({ boardId: board.id, kind, title, createdBy: actor.id })
      .returning();
    await tx.insert(boardDocSnapshots).values(emptyTextDocSnapshot(board.id, row.id, buildTemplateState(template)));
    await appendAuditEvent(tx, auditActor(actor), {
      type: "document.created",
      data: { boardId: board.id, docId: row.id, kind, template, title },
    });
    return row;
  });
}
