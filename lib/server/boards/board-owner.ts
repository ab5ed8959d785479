import { and, eq } from "drizzle-orm";
import type { BoardRole } from "@/lib/auth/roles";
import type { Db } from "@/lib/db/client";
import { type Board, boardMembers, boards } from "@/lib/db/schema";
import { adminRefusal } from "../admin/actor";
import { refuse } from "../command";

/** The board (locked) and the actor's own membership role on it, ignoring archiving. */
export async function lockBoardWithRole(
  tx: Pick<Db, "select">,
  boardId: string,
  userId: string,
): Promise<{ board: Board; role: BoardRole | null } | undefined> {
  const [board] = await tx.select().from(boards).where(eq(boards.id, boardId)).for("update");
  if (!board) return undefined;
  const [member] = await tx
    .select({ role: boardMembers.role })
    .from(boardMembers)
    .where(and(eq(boardMembers.boardId, boardId), eq(boardMembers.userId, userId)))
    .limit(1);
  return { board, role: member?.role ?? null };
}

/**
 * The board locked for an owner's command, inside the command's transaction; refuses (rolling
 * back) when it is missing, in another organisation or the actor is no member ("not-found"), or
 * the actor is no owner ("forbidden").
 */
export async function lockOwnedBoard(
  tx: Pick<Db, "select">,
  actor: { id: string; organisationId: string },
  boardId: string,
): Promise<Board> {
  const found = await lockBoardWithRole(tx, boardId, actor.id);
  if (!found?.role || found.board.organisationId !== actor.organisationId)
    refuse(adminRefusal("not-found", "boardId", "board"));
  if (found.role !== "owner") refuse(adminRefusal("forbidden", "form", "ownerOnly"));
  return found.board;
}
