import type { Db } from "@/lib/db/client";
import { loadBoardData } from "@/lib/db/queries/board-data";
import { computeBoard } from "@/lib/engine";
import { type Actor, authorizeBoard, type CommandResult, inTransaction } from "../command";
import { type GoalView, loadGoalViews } from "./load-view";
import { listStrategicBoardsOf } from "./queries";

/** A unit board's targets from the strategic boards that link it. */
export interface UnitGoalsView {
  strategicBoards: { id: string; name: string }[];
  goals: GoalView[];
  canFlag: boolean;
}

/**
 * The production goals set for a unit board by the strategic boards linking it, each compared
 * with the unit's current plan (members of the unit board; `not-found` otherwise).
 */
export async function loadUnitGoals(db: Db, actor: Actor, boardId: string): Promise<CommandResult<UnitGoalsView>> {
  const access = await inTransaction(db, undefined, (tx) => authorizeBoard(tx, actor, boardId, "viewer"));
  if (!access.ok) return access;
  const { board, role } = access.value;
  const strategic = await listStrategicBoardsOf(db, board.id);
  const data = await loadBoardData(db, board);
  const unit = { board, unitName: "", data, result: computeBoard(data, { mode: "plan" }) };
  const goals = await loadGoalViews(db, { unitBoardId: board.id }, [unit]);
  const linked = new Set(strategic.map((s) => s.id));
  return {
    ok: true,
    value: {
      strategicBoards: strategic.map((s) => ({ id: s.id, name: s.name })),
      goals: goals.filter((g) => linked.has(g.strategicBoardId)),
      canFlag: role === "editor" || role === "owner",
    },
  };
}
