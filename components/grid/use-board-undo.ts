"use client";

import type * as Y from "yjs";
import { useBoardRoom } from "@/components/board/board-room";

/**
 * This tab's undo manager: undoes and redoes only this user's own edits (origin `room.origin`),
 * never someone else's concurrent change. One stack per open board, shared by every grid, form
 * and the import, so two stacks never both try to revert the same edit.
 */
export function useBoardUndo(): Y.UndoManager {
  return useBoardRoom().undo;
}
