import { and, eq } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/lib/db/client";
import { appendAuditEvent } from "@/lib/db/queries/audit";
import { emptyTextDocSnapshot } from "@/lib/db/queries/board-documents";
import { type BoardDocument, boardDocSnapshots, boardDocuments, boards } from "@/lib/db/schema";
import {
  type Actor,
  auditActor,
  authorizeBoard,
  type CommandOptions,
  type CommandResult,
  inTransaction,
  parseInput,
} from "../command";

export const openRuleSetInput = z.object({ boardId: z.uuid("rulesErrors.board") });

/** The board's rule set (one per board), or null when none has been started. */
export async function findRuleSet(db: Pick<Db, "select">, boardId: string): Promise<BoardDocument | null> {
  const [row] = await db
    .select()
    .from(boardDocuments)
    .where(and(eq(boardDocuments.boardId, boardId), eq(boardDocuments.kind, "rule-set")))
    .orderBy(boardDocuments.createdAt)
    .limit(1);
  return row ?? null;
}

/**
 * Starts the board's rule set (editors and owners) or returns the one it has: a `rule-set`
 * document with its empty first snapshot and `document.created`, one transaction. The board row
 * is locked first, so two people starting it at once get the same document.
 */
export async function openRuleSet(
  db: Db,
  actor: Actor,
  input: unknown,
  options?: CommandOptions,
): Promise<CommandResult<BoardDocument>> {
  const parsed = parseInput(openRuleSetInput, input);
  if (!parsed.ok) return parsed;
  return inTransaction(db, options, async (tx) => {
    const { board } = await authorizeBoard(tx, actor, parsed.value.boardId, "editor");
    await tx.select({ id: boards.id }).from(boards).where(eq(boards.id, board.id)).for("update");
    const existing = await findRuleSet(tx, board.id);
    if (existing) return existing;
    const title = "Spelregler";
    const [row] = await tx
      .insert(boardDocuments)
      .values({ boardId: board.id, kind: "rule-set", title, createdBy: actor.id })
      .returning();
    await tx.insert(boardDocSnapshots).values(emptyTextDocSnapshot(board.id, row.id));
    await appendAuditEvent(tx, auditActor(actor), {
      type: "document.created",
      data: { boardId: board.id, docId: row.id, kind: "rule-set", template: "rule-set", title },
    });
    return row;
  });
}
