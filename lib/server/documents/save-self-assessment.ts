import { and, eq } from "drizzle-orm";
import * as Y from "yjs";
import { z } from "zod";
import type { Db } from "@/lib/db/client";
import { appendAuditEvent } from "@/lib/db/queries/audit";
import { loadBoardDocState } from "@/lib/db/queries/board-docs";
import { boardDocuments, selfAssessmentRounds } from "@/lib/db/schema";
import { ANSWERS_MAP } from "@/lib/documents/doc-content";
import { SELF_ASSESSMENT_ANSWERS, SELF_ASSESSMENT_AREAS } from "@/lib/templates/self-assessment";
import {
  type Actor,
  auditActor,
  authorizeBoard,
  type CommandOptions,
  type CommandResult,
  type FieldError,
  inTransaction,
  invalid,
  parseInput,
  refuse,
  swedishMessage,
} from "../command";

const STATEMENT_IDS = new Set(SELF_ASSESSMENT_AREAS.flatMap((a) => a.statements.map((s) => s.id)));
const ANSWERS = new Set<string>(SELF_ASSESSMENT_ANSWERS);

export const saveSelfAssessmentInput = z.object({
  boardId: z.uuid("documentErrors.document"),
  docId: z.uuid("documentErrors.document"),
});

const fieldError = (field: string, code: string): FieldError => ({ field, code, message: swedishMessage(code) });

/**
 * Checks a round's answers: statement ids of annex C only, answers only the four of seed `001_…`
 * 1055–1058. Returns the first wrong entry as a field error (field = the statement id).
 */
export function checkSelfAssessmentAnswers(answers: Record<string, unknown>): FieldError | null {
  for (const [id, answer] of Object.entries(answers)) {
    if (!STATEMENT_IDS.has(id)) return fieldError(id, "documentErrors.statement");
    if (typeof answer !== "string" || !ANSWERS.has(answer)) return fieldError(id, "documentErrors.answer");
  }
  return null;
}

/**
 * Saves a self-assessment round (editors and owners): reads the answers from the round's stored
 * document (what everyone answered together, committed by the collaboration server), refuses any
 * answer outside the four or for an unknown statement, stores them with the date, marks the round
 * fastställd and records `self-assessment.saved` — one transaction.
 */
export async function saveSelfAssessment(
  db: Db,
  actor: Actor,
  input: unknown,
  options?: CommandOptions,
): Promise<CommandResult<{ savedAt: Date; answered: number }>> {
  const parsed = parseInput(saveSelfAssessmentInput, input);
  if (!parsed.ok) return parsed;
  const { boardId, docId } = parsed.value;
  const stored = await loadBoardDocState(db, boardId, docId).catch(() => null);
  const answers: Record<string, unknown> = {};
  if (stored) {
    const doc = new Y.Doc();
    Y.applyUpdate(doc, stored.update);
    Object.assign(answers, doc.getMap(ANSWERS_MAP).toJSON());
    doc.destroy();
  }
  return inTransaction(db, options, async (tx) => {
    const { board } = await authorizeBoard(tx, actor, boardId, "editor");
    const where = and(eq(boardDocuments.id, docId), eq(boardDocuments.boardId, board.id));
    const [row] = await tx.select().from(boardDocuments).where(where).for("update");
    if (!row || !stored) refuse(invalid("docId", "documentErrors.document"));
    if (row.kind !== "self-assessment") refuse(invalid("docId", "documentErrors.kind"));
    if (row.status !== "draft") refuse(invalid("status", "documentErrors.transition"));
    const wrong = checkSelfAssessmentAnswers(answers);
    if (wrong) refuse({ kind: "invalid", ...wrong });
    const answered = Object.keys(answers).length;
    if (answered === 0) refuse(invalid("answers", "documentErrors.unanswered"));
    const [saved] = await tx
      .insert(selfAssessmentRounds)
      .values({ docId, boardId: board.id, answers: answers as Record<string, string>, savedBy: actor.id })
      .returning();
    await tx.update(boardDocuments).set({ status: "active" }).where(where);
    await appendAuditEvent(tx, auditActor(actor), {
      type: "self-assessment.saved",
      data: { boardId: board.id, docId, answered },
    });
    return { savedAt: saved.savedAt, answered };
  });
}
