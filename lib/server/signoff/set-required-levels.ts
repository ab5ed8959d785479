import { z } from "zod";
import { BOARD_DOC_ID } from "@/lib/board/protocol";
import type { Db } from "@/lib/db/client";
import { appendAuditEvent } from "@/lib/db/queries/audit";
import { findBoardDocument } from "@/lib/db/queries/board-documents";
import { boardSignoffRules } from "@/lib/db/schema";
import {
  type Actor,
  auditActor,
  authorizeBoard,
  type CommandOptions,
  type CommandResult,
  inTransaction,
  parseInput,
} from "../command";
import { refusal } from "../versions/errors";
import { LEVELS } from "./sign-version";

export const setRequiredLevelsInput = z.object({
  boardId: z.string(),
  docId: z.string().max(100).default(BOARD_DOC_ID),
  levels: z
    .array(z.enum(LEVELS, "signoff.errors.rulesLevels"), "signoff.errors.rulesLevels")
    .min(1, "signoff.errors.rulesLevels")
    .max(4, "signoff.errors.rulesLevels"),
});
export type SetRequiredLevelsInput = z.input<typeof setRequiredLevelsInput>;

/**
 * Sets which levels must sign the board's plan (or one agreement) before it is "Fastställd".
 * Owners only; at least one level. A version already being signed keeps the levels it was frozen
 * with; the next one uses these. Records `signoff.rules-changed`.
 */
export async function setRequiredLevels(
  db: Db,
  actor: Actor,
  input: unknown,
  options?: CommandOptions,
): Promise<CommandResult<string[]>> {
  const parsed = parseInput(setRequiredLevelsInput, input);
  if (!parsed.ok) return parsed;
  const { boardId, docId } = parsed.value;
  const levels = LEVELS.filter((l) => parsed.value.levels.includes(l));
  if (docId !== BOARD_DOC_ID && !(await findBoardDocument(db, boardId, docId)))
    return { ok: false, error: refusal("docId", "signoff.errors.rulesDocument") };
  return inTransaction(db, options, async (tx) => {
    await authorizeBoard(tx, actor, boardId, "owner");
    await tx
      .insert(boardSignoffRules)
      .values({ boardId, docId, requiredLevels: levels })
      .onConflictDoUpdate({
        target: [boardSignoffRules.boardId, boardSignoffRules.docId],
        set: { requiredLevels: levels },
      });
    await appendAuditEvent(tx, auditActor(actor), { type: "signoff.rules-changed", data: { boardId, docId, levels } });
    return levels;
  });
}
