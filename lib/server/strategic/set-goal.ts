import { and, eq } from "drizzle-orm";
import { z } from "zod";
import type { BoardRole } from "@/lib/auth/roles";
import type { Db, Tx } from "@/lib/db/client";
import { appendAuditEvent } from "@/lib/db/queries/audit";
import { loadBoardData } from "@/lib/db/queries/board-data";
import { type ProductionGoal, productionGoals } from "@/lib/db/schema";
import { type PksBoard, periodKey, weekRange } from "@/lib/engine";
import { goalObjects, periodKindOfKey } from "@/lib/engine/aggregate-goals";
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
import { numberFromInput, setGoalInput, strategicPeriodKey } from "./goal-input";
import { requireStrategic } from "./link-board";
import { notifyStrategicChanged } from "./notify";
import { findBoardById, isLinked } from "./queries";

/** Whether `period` is a quarter, tertial or year that the horizon of `data` touches. */
export function isStrategicPeriod(data: PksBoard, period: string): boolean {
  const kind = periodKindOfKey(period);
  if (!strategicPeriodKey.safeParse(period).success || !kind) return false;
  return weekRange(data.horizon.start, data.horizon.weeks).some((week) => periodKey(week, kind) === period);
}

/**
 * The strategic board (the actor holding `role` on it) and a linked unit, with both boards'
 * stored planning data. Read before the writing transaction: loading a board's document opens
 * its own read transaction.
 */
export async function loadStrategicAndUnit(
  db: Db,
  actor: Actor,
  boardId: string,
  unitBoardId: string,
  role: BoardRole,
) {
  const checked = await inTransaction(db, undefined, async (tx) => {
    const { board } = await authorizeBoard(tx, actor, boardId, role);
    requireStrategic(board);
    const unit = (await isLinked(tx, board.id, unitBoardId)) ? await findBoardById(tx, unitBoardId) : null;
    if (!unit) refuse(strategicRefusal("unitBoardId", "notLinked"));
    return { board, unit };
  });
  if (!checked.ok) return checked;
  const { board, unit } = checked.value;
  const [strategicData, unitData] = await Promise.all([loadBoardData(db, board), loadBoardData(db, unit)]);
  return { ok: true as const, value: { board, unit, strategicData, unitData } };
}

async function removeGoal(tx: Tx, where: ReturnType<typeof and>): Promise<ProductionGoal | null> {
  const [removed] = await tx.delete(productionGoals).where(where).returning();
  return removed ?? null;
}

/**
 * Sets (or, with an empty volume, removes) the production goal of a linked unit for one planning
 * object and period (editors of the strategic board). Refused in Swedish: a volume below zero, a
 * planning object the unit does not have, a period outside the strategic horizon. Records
 * `goal.set` / `goal.removed`; the unit board's open tabs refresh their targets.
 */
export async function setGoal(
  db: Db,
  actor: Actor,
  input: unknown,
  options?: CommandOptions,
): Promise<CommandResult<ProductionGoal | null>> {
  const parsed = setGoalInput.safeParse(input);
  if (!parsed.success) return { ok: false, error: strategicRefusal("volume", "goalNegative") };
  const value = parsed.data;
  const isRemoval = typeof value.volume === "string" && value.volume.trim() === "";
  const volume = isRemoval ? null : numberFromInput(value.volume);
  if (!z.uuid().safeParse(value.unitBoardId).success)
    return { ok: false, error: strategicRefusal("unitBoardId", "notLinked") };
  const loaded = await loadStrategicAndUnit(db, actor, value.boardId, value.unitBoardId, "editor");
  if (!loaded.ok) return loaded;
  const { board, unit, strategicData, unitData } = loaded.value;
  if (volume !== null && (!Number.isFinite(volume) || volume < 0))
    return { ok: false, error: strategicRefusal("volume", "goalNegative") };
  if (goalObjects(unitData, value.planningObjectId).length === 0)
    return { ok: false, error: strategicRefusal("planningObjectId", "goalObject", { id: value.planningObjectId }) };
  if (!isStrategicPeriod(strategicData, value.period))
    return { ok: false, error: strategicRefusal("period", "goalPeriod") };
  const result = await inTransaction(db, options, async (tx) => {
    await authorizeBoard(tx, actor, board.id, "editor");
    if (!(await isLinked(tx, board.id, unit.id))) refuse(strategicRefusal("unitBoardId", "notLinked"));
    const key = {
      strategicBoardId: board.id,
      unitBoardId: unit.id,
      planningObjectId: value.planningObjectId,
      period: value.period,
    };
    const where = and(
      eq(productionGoals.strategicBoardId, key.strategicBoardId),
      eq(productionGoals.unitBoardId, key.unitBoardId),
      eq(productionGoals.planningObjectId, key.planningObjectId),
      eq(productionGoals.period, key.period),
    );
    const goal =
      volume === null
        ? await removeGoal(tx, where)
        : (
            await tx
              .insert(productionGoals)
              .values({ ...key, volume, setBy: actor.id })
              .onConflictDoUpdate({
                target: [
                  productionGoals.strategicBoardId,
                  productionGoals.unitBoardId,
                  productionGoals.planningObjectId,
                  productionGoals.period,
                ],
                set: { volume, setBy: actor.id, updatedAt: new Date() },
              })
              .returning()
          )[0];
    await appendAuditEvent(tx, auditActor(actor), {
      type: volume === null ? "goal.removed" : "goal.set",
      data: { boardId: board.id, ...key, volume },
    });
    return goal;
  });
  if (result.ok) notifyStrategicChanged(value.unitBoardId, value.boardId);
  return result;
}
