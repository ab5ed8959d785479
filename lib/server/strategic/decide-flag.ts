import { and, eq, isNull } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/lib/db/client";
import { appendAuditEvent } from "@/lib/db/queries/audit";
import { type GoalFlag, goalFlags, productionGoals } from "@/lib/db/schema";
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

const decideFlagInput = z.object({ boardId: z.string(), flagId: z.string(), decision: z.string().max(2000) });

/**
 * The strategic board's owners decide on a unit's flag (e.g. "Målet sänks till 420" or "Kapacitet
 * flyttas från Enhet B"); the flag then leaves the strategic board's open list. Records
 * `goal.flag-decided`.
 */
export async function decideFlag(
  db: Db,
  actor: Actor,
  input: unknown,
  options?: CommandOptions,
): Promise<CommandResult<GoalFlag>> {
  const parsed = decideFlagInput.safeParse(input);
  if (!parsed.success) return { ok: false, error: strategicRefusal("decision", "decision") };
  const { boardId, flagId, decision } = parsed.data;
  const result = await inTransaction(db, options, async (tx) => {
    const { board } = await authorizeBoard(tx, actor, boardId, "owner");
    if (decision.trim().length === 0) refuse(strategicRefusal("decision", "decision"));
    const [row] = z.uuid().safeParse(flagId).success
      ? await tx
          .select({ flag: goalFlags, goal: productionGoals })
          .from(goalFlags)
          .innerJoin(productionGoals, eq(productionGoals.id, goalFlags.goalId))
          .where(and(eq(goalFlags.id, flagId), isNull(goalFlags.decidedAt)))
      : [];
    if (!row || row.goal.strategicBoardId !== board.id) refuse(strategicRefusal("flagId", "flagNotFound"));
    const [flag] = await tx
      .update(goalFlags)
      .set({ decidedAt: new Date(), decidedBy: actor.id, decision: decision.trim() })
      .where(eq(goalFlags.id, flagId))
      .returning();
    await appendAuditEvent(tx, auditActor(actor), {
      type: "goal.flag-decided",
      data: {
        boardId: board.id,
        unitBoardId: row.goal.unitBoardId,
        goalId: row.goal.id,
        flagId,
        gapHours: row.flag.gapHours,
      },
    });
    return { flag, unitBoardId: row.goal.unitBoardId };
  });
  if (!result.ok) return result;
  notifyStrategicChanged(result.value.unitBoardId, boardId);
  notifyStrategicChanged(boardId, result.value.unitBoardId);
  return { ok: true, value: result.value.flag };
}
