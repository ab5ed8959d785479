import { eq } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/lib/db/client";
import { appendAuditEvent } from "@/lib/db/queries/audit";
import { findRound, findShortageDecision } from "@/lib/db/queries/signoff";
import { findVersion } from "@/lib/db/queries/versions";
import { boardShortageDecisions } from "@/lib/db/schema";
import type { VersionContent } from "@/lib/versions/content";
import { shortageHours } from "@/lib/versions/shortage";
import {
  type Actor,
  auditActor,
  authorizeBoard,
  type CommandOptions,
  type CommandResult,
  inTransaction,
  parseInput,
  refuse,
} from "../command";
import { refusal } from "../versions/errors";

export const recordShortageDecisionInput = z.object({
  boardId: z.string(),
  versionId: z.uuid("versions.errors.versionNotFound"),
  text: z
    .string("signoff.errors.decisionText")
    .trim()
    .min(10, "signoff.errors.decisionText")
    .max(2000, "signoff.errors.decisionText"),
});

/**
 * Records the explicit decision to pass on a version whose plan still has short periods, with
 * the remaining gap in hours computed from the version ("släpp inte vidare en olöst
 * kapacitetsbrist"). Editors and owners; refused when the version has no shortage or is already
 * being signed (the decision is part of what is signed). Records `signoff.shortage-decided`.
 */
export async function recordShortageDecision(
  db: Db,
  actor: Actor,
  input: unknown,
  options?: CommandOptions,
): Promise<CommandResult<{ id: string; gapHours: number }>> {
  const parsed = parseInput(recordShortageDecisionInput, input);
  if (!parsed.ok) return parsed;
  const { boardId, versionId, text } = parsed.value;
  return inTransaction(db, options, async (tx) => {
    await authorizeBoard(tx, actor, boardId, "editor");
    const version = await findVersion(tx, versionId);
    if (!version || version.boardId !== boardId) refuse(refusal("versionId", "versions.errors.versionNotFound"));
    const board = (version.content as VersionContent).board;
    const gapHours = board ? shortageHours(board) : 0;
    if (gapHours === 0) refuse(refusal("text", "signoff.errors.noShortage"));
    const open = await findRound(tx, boardId, version.docId, "open", true);
    if (
      open?.versionId === versionId ||
      (await findRound(tx, boardId, version.docId, "signed"))?.versionId === versionId
    )
      refuse(refusal("text", "signoff.errors.otherRound"));
    const existing = await findShortageDecision(tx, versionId);
    const values = { boardId, versionId, gapHours, text, decidedBy: actor.id };
    const [row] = existing
      ? await tx
          .update(boardShortageDecisions)
          .set(values)
          .where(eq(boardShortageDecisions.id, existing.id))
          .returning()
      : await tx.insert(boardShortageDecisions).values(values).returning();
    await appendAuditEvent(tx, auditActor(actor), {
      type: "signoff.shortage-decided",
      data: { boardId, docId: version.docId, versionId, decisionId: row.id, gapHours },
    });
    return { id: row.id, gapHours };
  });
}
