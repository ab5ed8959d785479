import { and, eq } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/lib/db/client";
import { appendAuditEvent } from "@/lib/db/queries/audit";
import { strategicLinks } from "@/lib/db/schema";
import {
  type Actor,
  auditActor,
  authorizeBoard,
  type CommandOptions,
  type CommandResult,
  inTransaction,
  refuse,
} from "../command";
import { strategicRefusal } from "./errors";
import { notifyStrategicChanged } from "./notify";

const unlinkBoardInput = z.object({ boardId: z.string(), unitBoardId: z.string() });

/**
 * Removes a unit board's link (owners of the strategic board). From then on the strategic board's
 * members no longer see the unit's numbers: open tabs are told at once and refetch without it.
 * Records `strategic.unlinked`.
 */
export async function unlinkBoard(
  db: Db,
  actor: Actor,
  input: unknown,
  options?: CommandOptions,
): Promise<CommandResult<{ unitBoardId: string }>> {
  const parsed = unlinkBoardInput.safeParse(input);
  if (!parsed.success) return { ok: false, error: strategicRefusal("unitBoardId", "notLinked") };
  const { boardId, unitBoardId } = parsed.data;
  const result = await inTransaction(db, options, async (tx) => {
    const { board } = await authorizeBoard(tx, actor, boardId, "owner");
    if (!z.uuid().safeParse(unitBoardId).success) refuse(strategicRefusal("unitBoardId", "notLinked"));
    const removed = await tx
      .delete(strategicLinks)
      .where(and(eq(strategicLinks.strategicBoardId, board.id), eq(strategicLinks.unitBoardId, unitBoardId)))
      .returning();
    if (removed.length === 0) refuse(strategicRefusal("unitBoardId", "notLinked"));
    await appendAuditEvent(tx, auditActor(actor), {
      type: "strategic.unlinked",
      data: { boardId: board.id, unitBoardId },
    });
    return { unitBoardId };
  });
  if (result.ok) notifyStrategicChanged(boardId, unitBoardId);
  return result;
}
