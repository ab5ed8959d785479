import { z } from "zod";
import type { Db } from "@/lib/db/client";
import { appendAuditEvent } from "@/lib/db/queries/audit";
import { emptyTextDocSnapshot } from "@/lib/db/queries/board-documents";
import { type BoardDocument, boardDocSnapshots, boardDocuments } from "@/lib/db/schema";
import { buildTemplateState, DOCUMENT_TEMPLATES, TEMPLATE_KIND } from "@/lib/documents/templates";
import { compareWeeks, isValidWeek } from "@/lib/engine";
import {
  type Actor,
  auditActor,
  authorizeBoard,
  type CommandOptions,
  type CommandResult,
  inTransaction,
  parseInput,
} from "../command";

const week = z
  .string("documentErrors.week")
  .trim()
  .refine((text) => isValidWeek(text), "documentErrors.week");

export const createDocumentInput = z
  .object({
    boardId: z.uuid("documentErrors.document"),
    template: z.enum(DOCUMENT_TEMPLATES, "documentErrors.template"),
    title: z.string("documentErrors.title").trim().min(1, "documentErrors.title").max(200, "documentErrors.title"),
    // A reflection session's schedule period (from–to weeks); ignored for other templates.
    fromWeek: week.optional(),
    toWeek: week.optional(),
  })
  .superRefine((input, ctx) => {
    if (input.template !== "reflection") return;
    if (!input.fromWeek) ctx.addIssue({ code: "custom", path: ["fromWeek"], message: "documentErrors.week" });
    if (!input.toWeek) ctx.addIssue({ code: "custom", path: ["toWeek"], message: "documentErrors.week" });
    const both = [input.fromWeek, input.toWeek].every((w) => w && isValidWeek(w));
    if (both && compareWeeks(input.fromWeek!, input.toWeek!) > 0)
      ctx.addIssue({ code: "custom", path: ["toWeek"], message: "documentErrors.periodOrder" });
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
  const { boardId, template, title, fromWeek, toWeek } = parsed.value;
  const period = template === "reflection" && fromWeek && toWeek ? { fromWeek, toWeek } : undefined;
  return inTransaction(db, options, async (tx) => {
    const { board } = await authorizeBoard(tx, actor, boardId, "editor");
    const kind = TEMPLATE_KIND[template];
    const [row] = await tx
      .insert(boardDocuments)
      .values({ boardId: board.id, kind, title, createdBy: actor.id })
      .returning();
    await tx
      .insert(boardDocSnapshots)
      .values(emptyTextDocSnapshot(board.id, row.id, buildTemplateState(template, period)));
    await appendAuditEvent(tx, auditActor(actor), {
      type: "document.created",
      data: { boardId: board.id, docId: row.id, kind, template, title },
    });
    return row;
  });
}
