import type { Db } from "@/lib/db/client";
import { pushIfLive } from "../notifications/notify-users";
import { listStrategicBoardsOf } from "./queries";

/** Tells the strategic board's open tabs that a unit's numbers changed (or its link did): they refetch. */
export function notifyStrategicChanged(strategicBoardId: string, unitBoardId: string): void {
  pushIfLive(strategicBoardId, { v: 1, type: "board.committed", boardId: unitBoardId });
}

/** How long commits of one unit board are gathered into one "board committed" push (ms). */
export const BOARD_COMMITTED_THROTTLE_MS = 200;

/**
 * The collaboration server's `onBoardCommitted`: after a unit board's edits are committed, every
 * strategic board linking it gets a `board.committed` push — on every process, through the push
 * channel of the pub/sub (Redis when scaled out). Commits of one board within the throttle window
 * give one push at its end, so typing in a grid costs one links query per window, not per key.
 */
export function createBoardCommittedRelay(
  db: Db,
  options: { throttleMs?: number; onError?: (error: Error) => void } = {},
): (boardId: string) => void {
  const pending = new Set<string>();
  const throttleMs = options.throttleMs ?? BOARD_COMMITTED_THROTTLE_MS;
  async function relay(boardId: string): Promise<void> {
    const strategic = await listStrategicBoardsOf(db, boardId);
    for (const board of strategic) notifyStrategicChanged(board.id, boardId);
  }
  return (boardId) => {
    if (pending.has(boardId)) return;
    pending.add(boardId);
    setTimeout(() => {
      pending.delete(boardId);
      relay(boardId).catch((error: Error) => options.onError?.(error));
    }, throttleMs);
  };
}
