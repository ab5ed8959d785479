/** Reads of strategic boards: links, the boards behind them, goals, flags and measures. */
import { and, asc, eq, inArray, isNull } from "drizzle-orm";
import type { Queryable } from "@/lib/db/client";
import {
  type Board,
  boardMembers,
  boards,
  type GoalFlag,
  goalFlags,
  type ProductionGoal,
  productionGoals,
  type StrategicMeasure,
  strategicLinks,
  strategicMeasures,
  units,
} from "@/lib/db/schema";

/** A board by id, whatever the reader's membership (callers authorize). */
export async function findBoardById(db: Queryable, boardId: string): Promise<Board | undefined> {
  const [row] = await db.select().from(boards).where(eq(boards.id, boardId)).limit(1);
  return row;
}

export interface LinkedUnit {
  board: Board;
  unitName: string;
}

/** The unit boards a strategic board links, in the order they were linked. */
export async function listLinkedUnits(db: Queryable, strategicBoardId: string): Promise<LinkedUnit[]> {
  const rows = await db
    .select({ board: boards, unitName: units.name })
    .from(strategicLinks)
    .innerJoin(boards, eq(boards.id, strategicLinks.unitBoardId))
    .innerJoin(units, eq(units.id, boards.unitId))
    .where(eq(strategicLinks.strategicBoardId, strategicBoardId))
    .orderBy(asc(strategicLinks.createdAt), asc(boards.name));
  return rows;
}

/** Whether the unit board is linked to the strategic board. */
export async function isLinked(db: Queryable, strategicBoardId: string, unitBoardId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: strategicLinks.unitBoardId })
    .from(strategicLinks)
    .where(and(eq(strategicLinks.strategicBoardId, strategicBoardId), eq(strategicLinks.unitBoardId, unitBoardId)))
    .limit(1);
  return Boolean(row);
}

/** The strategic boards that link a unit board, with their names. */
export async function listStrategicBoardsOf(db: Queryable, unitBoardId: string): Promise<Board[]> {
  return db
    .select({ board: boards })
    .from(strategicLinks)
    .innerJoin(boards, eq(boards.id, strategicLinks.strategicBoardId))
    .where(eq(strategicLinks.unitBoardId, unitBoardId))
    .then((rows) => rows.map((r) => r.board));
}

/** The ids of the boards a board links (one step). */
export async function listLinkedIds(db: Queryable, boardIds: string[]): Promise<string[]> {
  if (boardIds.length === 0) return [];
  const rows = await db
    .select({ id: strategicLinks.unitBoardId })
    .from(strategicLinks)
    .where(inArray(strategicLinks.strategicBoardId, boardIds));
  return rows.map((r) => r.id);
}

/** Which of the boards the user is a member of. */
export async function memberBoardIds(db: Queryable, userId: string, boardIds: string[]): Promise<Set<string>> {
  if (boardIds.length === 0) return new Set();
  const rows = await db
    .select({ id: boardMembers.boardId })
    .from(boardMembers)
    .where(and(eq(boardMembers.userId, userId), inArray(boardMembers.boardId, boardIds)));
  return new Set(rows.map((r) => r.id));
}

/** The owners of a board (who a flag notifies). */
export async function listOwnerIds(db: Queryable, boardId: string): Promise<string[]> {
  const rows = await db
    .select({ id: boardMembers.userId })
    .from(boardMembers)
    .where(and(eq(boardMembers.boardId, boardId), eq(boardMembers.role, "owner")));
  return rows.map((r) => r.id);
}

/** Goals of a strategic board (all units) or, with `unitBoardId`, of one unit. */
export async function listGoals(
  db: Queryable,
  where: { strategicBoardId?: string; unitBoardId?: string },
): Promise<ProductionGoal[]> {
  const conditions = [
    where.strategicBoardId ? eq(productionGoals.strategicBoardId, where.strategicBoardId) : undefined,
    where.unitBoardId ? eq(productionGoals.unitBoardId, where.unitBoardId) : undefined,
  ].filter((c) => c !== undefined);
  return db
    .select()
    .from(productionGoals)
    .where(and(...conditions))
    .orderBy(asc(productionGoals.period), asc(productionGoals.planningObjectId));
}

/** The flags of the goals, undecided ones and decided ones alike. */
export async function listFlags(db: Queryable, goalIds: string[]): Promise<GoalFlag[]> {
  if (goalIds.length === 0) return [];
  return db.select().from(goalFlags).where(inArray(goalFlags.goalId, goalIds)).orderBy(asc(goalFlags.createdAt));
}

/** The undecided flag of a goal, if any. */
export async function findOpenFlag(db: Queryable, goalId: string): Promise<GoalFlag | undefined> {
  const [row] = await db
    .select()
    .from(goalFlags)
    .where(and(eq(goalFlags.goalId, goalId), isNull(goalFlags.decidedAt)))
    .limit(1);
  return row;
}

/** A strategic board's measures in the order of the guidance, then by creation. */
export async function listStrategicMeasures(db: Queryable, strategicBoardId: string): Promise<StrategicMeasure[]> {
  return db
    .select()
    .from(strategicMeasures)
    .where(eq(strategicMeasures.strategicBoardId, strategicBoardId))
    .orderBy(asc(strategicMeasures.createdAt));
}

/** Boards of the organisation a strategic board could link: not strategic, not archived. */
export async function listLinkCandidates(
  db: Queryable,
  organisationId: string,
): Promise<{ id: string; name: string; unitName: string }[]> {
  const rows = await db
    .select({
      id: boards.id,
      name: boards.name,
      unitName: units.name,
      level: boards.level,
      archivedAt: boards.archivedAt,
    })
    .from(boards)
    .innerJoin(units, eq(units.id, boards.unitId))
    .where(eq(boards.organisationId, organisationId))
    .orderBy(asc(units.name), asc(boards.name));
  return rows
    .filter((r) => r.level !== "strategic" && !r.archivedAt)
    .map(({ id, name, unitName }) => ({ id, name, unitName }));
}
