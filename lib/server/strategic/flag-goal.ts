import { eq } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/lib/db/client";
import { appendAuditEvent } from "@/lib/db/queries/audit";
import { type GoalFlag, goalFlags, productionGoals } from "@/lib/db/schema";
import { formatPeriodLabel, GROUP_PREFIX } from "@/lib/engine";
import {
  type Actor,
  auditActor,
  authorizeBoard,
  type CommandOptions,
  type CommandResult,
  inTransaction,
  refuse,
} from "../command";
import { deliverNotifications, notifyUsers } from "../notifications/notify-users";
import { strategicRefusal } from "./errors";
import { numberFromInput } from "./goal-input";
import { notifyStrategicChanged } from "./notify";
import { findBoardById, findOpenFlag, isLinked, listOwnerIds } from "./queries";

const flagGoalInput = z.object({
  boardId: z.string(),
  goalId: z.string(),
  gapHours: z.union([z.string().max(40), z.number()]),
  note: z.string().max(2000),
});

/**
 * A unit says a production goal cannot be reached, with the gap in hours ("släpp inte vidare en
 * olöst kapacitetsbrist"; editors of the unit board). The strategic board's owners are notified,
 * and the flag shows on the strategic board until they decide. Records `goal.flagged`.
 */
export async function flagGoal(
  db: Db,
  actor: Actor,
  input: unknown,
  options?: CommandOptions,
): Promise<CommandResult<GoalFlag>> {
  const parsed = flagGoalInput.safeParse(input);
  if (!parsed.success) return { ok: false, error: strategicRefusal("note", "flagNote") };
  const { boardId, goalId, note } = parsed.data;
  const gapHours = numberFromInput(parsed.data.gapHours);
  let notified: Awaited<ReturnType<typeof notifyUsers>> = [];
  const result = await inTransaction(db, options, async (tx) => {
    const { board } = await authorizeBoard(tx, actor, boardId, "editor");
    const [goal] = z.uuid().safeParse(goalId).success
      ? await tx.select().from(productionGoals).where(eq(productionGoals.id, goalId)).limit(1)
      : [];
    if (!goal || goal.unitBoardId !== board.id || !(await isLinked(tx, goal.strategicBoardId, board.id)))
      refuse(strategicRefusal("goalId", "goalNotFound"));
    if (!Number.isFinite(gapHours) || gapHours <= 0) refuse(strategicRefusal("gapHours", "flagGap"));
    if (note.trim().length === 0) refuse(strategicRefusal("note", "flagNote"));
    if (await findOpenFlag(tx, goal.id)) refuse(strategicRefusal("goalId", "flagOpen"));
    const [flag] = await tx
      .insert(goalFlags)
      .values({ goalId: goal.id, gapHours, note: note.trim(), flaggedBy: actor.id })
      .returning();
    const strategic = await findBoardById(tx, goal.strategicBoardId);
    const hours = gapHours.toLocaleString("sv-SE", { maximumFractionDigits: 1 });
    notified = await notifyUsers(tx, await listOwnerIds(tx, goal.strategicBoardId), {
      boardId: goal.strategicBoardId,
      kind: "goal-flagged",
      actorId: actor.id,
      text: `${board.name} kan inte nå målet för ${goal.planningObjectId.replace(GROUP_PREFIX, "")} ${formatPeriodLabel(goal.period)}: gap ${hours} h (${strategic?.name ?? ""})`,
      link: `/boards/${goal.strategicBoardId}/strategi#flagga-${flag.id}`,
    });
    await appendAuditEvent(tx, auditActor(actor), {
      type: "goal.flagged",
      data: { boardId: goal.strategicBoardId, unitBoardId: board.id, goalId: goal.id, flagId: flag.id, gapHours },
    });
    return flag;
  });
  if (result.ok) {
    deliverNotifications(notified);
    const [goal] = await db.select().from(productionGoals).where(eq(productionGoals.id, result.value.goalId));
    if (goal) notifyStrategicChanged(goal.strategicBoardId, boardId);
  }
  return result;
}
