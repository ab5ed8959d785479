import { and, eq } from "drizzle-orm";
import type { BoardRole } from "@/lib/auth/roles";
import type { Db } from "@/lib/db/client";
import { type Board, boardMembers, boards } from "@/lib/db/schema";

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
