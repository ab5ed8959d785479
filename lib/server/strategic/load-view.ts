import type { Db } from "@/lib/db/client";
import { loadBoardData } from "@/lib/db/queries/board-data";
import type { Board, GoalFlag, StrategicMeasure } from "@/lib/db/schema";
import {
  aggregateUnits,
  compareWithGoals,
  computeBoard,
  type GoalComparison,
  GROUP_PREFIX,
  type PeriodKind,
  type PksBoard,
  type PksResult,
  type StrategicSummary,
  weekRange,
} from "@/lib/engine";
import { type Actor, authorizeBoard, type CommandResult, inTransaction } from "../command";
import { listFlags, listGoals, listLinkedUnits, listStrategicMeasures, memberBoardIds } from "./queries";

/** A linked unit as the strategic board shows it. */
export interface LinkedUnitView {
  boardId: string;
  boardName: string;
  unitName: string;
  period: string;
  /** Whether the reader is a member of the unit board (only then its board page opens). */
  canOpen: boolean;
  /** The unit's planning objects (goals are set on these). */
  objects: { id: string; service: string }[];
}

export interface GoalView extends GoalComparison {
  unitBoardId: string;
  strategicBoardId: string;
  service: string;
  /** The open (undecided) flag, if the unit said the goal cannot be reached. */
  openFlag: GoalFlag | null;
}

/** Everything the strategic page shows; refetched on `board.committed`. */
export interface StrategicView {
  board: { id: string; name: string; horizonStart: string; horizonWeeks: number };
  kind: PeriodKind;
  units: LinkedUnitView[];
  summary: StrategicSummary;
  goals: GoalView[];
  measures: StrategicMeasure[];
}

export interface LoadedUnit {
  board: Board;
  unitName: string;
  data: PksBoard;
  result: PksResult;
}

/** Each linked unit's stored planning data and its plan (engine, plan mode). */
export async function loadLinkedUnits(db: Db, strategicBoardId: string): Promise<LoadedUnit[]> {
  const linked = await listLinkedUnits(db, strategicBoardId);
  return Promise.all(
    linked.map(async ({ board, unitName }) => {
      const data = await loadBoardData(db, board);
      return { board, unitName, data, result: computeBoard(data, { mode: "plan" }) };
    }),
  );
}

/** Goals of the units compared with their plans, each with its open flag. */
export async function loadGoalViews(
  db: Db,
  where: { strategicBoardId?: string; unitBoardId?: string },
  units: LoadedUnit[],
): Promise<GoalView[]> {
  const goals = await listGoals(db, where);
  const flags = await listFlags(
    db,
    goals.map((g) => g.id),
  );
  return units.flatMap((unit) => {
    const own = goals.filter((g) => g.unitBoardId === unit.board.id);
    return compareWithGoals(unit.data, unit.result, own).map((row, i) => ({
      ...row,
      unitBoardId: unit.board.id,
      strategicBoardId: own[i].strategicBoardId,
      service: row.planningObjectId.startsWith(GROUP_PREFIX)
        ? row.planningObjectId.slice(GROUP_PREFIX.length)
        : (unit.data.planningObjects.find((o) => o.id === row.planningObjectId)?.service ?? row.planningObjectId),
      openFlag: flags.find((f) => f.goalId === own[i].id && !f.decidedAt) ?? null,
    }));
  });
}

/**
 * The strategic board's view for one of its members (viewer and up; `not-found` otherwise): the
 * linked units' sums per resource and period of `kind`, computed from each unit board's stored
 * state, whether or not the reader is a member of the unit boards, plus goals and measures.
 */
export async function loadStrategicView(
  db: Db,
  actor: Actor,
  boardId: string,
  kind: PeriodKind,
): Promise<CommandResult<StrategicView>> {
  const access = await inTransaction(db, undefined, (tx) => authorizeBoard(tx, actor, boardId, "viewer"));
  if (!access.ok) return access;
  const { board } = access.value;
  const own = await loadBoardData(db, board);
  const units = await loadLinkedUnits(db, board.id);
  const member = await memberBoardIds(
    db,
    actor.id,
    units.map((u) => u.board.id),
  );
  const weeks = weekRange(own.horizon.start, own.horizon.weeks);
  return {
    ok: true,
    value: {
      board: { id: board.id, name: board.name, horizonStart: own.horizon.start, horizonWeeks: own.horizon.weeks },
      kind,
      units: units.map((u) => ({
        boardId: u.board.id,
        boardName: u.board.name,
        unitName: u.unitName,
        period: u.board.period,
        canOpen: member.has(u.board.id),
        objects: u.data.planningObjects.map((o) => ({ id: o.id, service: o.service })),
      })),
      summary: aggregateUnits(
        units.map((u) => ({ id: u.board.id, name: u.unitName, board: u.data, result: u.result })),
        weeks,
        kind,
      ),
      goals: await loadGoalViews(db, { strategicBoardId: board.id }, units),
      measures: await listStrategicMeasures(db, board.id),
    },
  };
}
