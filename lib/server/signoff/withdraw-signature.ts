import { and, eq, isNull } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/lib/db/client";
import { appendAuditEvent } from "@/lib/db/queries/audit";
import { findRound, listSignatures } from "@/lib/db/queries/signoff";
import { boardSignatures, boardSignoffRounds } from "@/lib/db/schema";
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

export const withdrawSignatureInput = z.object({
  boardId: z.string(),
  docId: z.string().max(100).default(""),
  reason: z.string("signoff.errors.reason").trim().min(1, "signoff.errors.reason").max(500, "signoff.errors.reason"),
});

/**
 * Withdraws the actor's signature from the version being signed, with a reason, as long as the
 * last required signature has not been given (a "Fastställd" version stays signed). When no
 * signature is left the version is no longer frozen and another one can be signed. Records
 * `signoff.withdrawn`.
 */
export async function withdrawSignature(
  db: Db,
  actor: Actor,
  input: unknown,
  options?: CommandOptions,
): Promise<CommandResult<null>> {
  const parsed = parseInput(withdrawSignatureInput, input);
  if (!parsed.ok) return parsed;
  const { boardId, docId, reason } = parsed.value;
  return inTransaction(db, options, async (tx) => {
    await authorizeBoard(tx, actor, boardId, "viewer");
    const round = await findRound(tx, boardId, docId, "open", true);
    const mine = round
      ? (await listSignatures(tx, round.id)).find((s) => s.userId === actor.id && !s.withdrawnAt)
      : null;
    if (!round || !mine) {
      const signed = await findRound(tx, boardId, docId, "signed");
      const signedMine =
        signed && (await listSignatures(tx, signed.id)).some((s) => s.userId === actor.id && !s.withdrawnAt);
      refuse(refusal("reason", signedMine ? "signoff.errors.complete" : "signoff.errors.notSigned"));
    }
    await tx
      .update(boardSignatures)
      .set({ withdrawnAt: new Date(), withdrawReason: reason })
      .where(and(eq(boardSignatures.id, mine.id), isNull(boardSignatures.withdrawnAt)));
    const left = (await listSignatures(tx, round.id)).filter((s) => !s.withdrawnAt);
    if (left.length === 0)
      await tx.update(boardSignoffRounds).set({ status: "withdrawn" }).where(eq(boardSignoffRounds.id, round.id));
    await appendAuditEvent(tx, auditActor(actor), {
      type: "signoff.withdrawn",
      data: { boardId, docId, versionId: round.versionId, roundId: round.id, level: mine.level, reason },
    });
    return null;
  });
}
