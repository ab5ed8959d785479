import { eq } from "drizzle-orm";
import { z } from "zod";
import { recordAdminEvent } from "@/lib/audit/admin-events";
import type { Db } from "@/lib/db/client";
import { type Board, boards } from "@/lib/db/schema";
import { type Actor, auditActor } from "../admin/actor";
import { type CommandResult, parseInput, refuse, succeed } from "../admin/result";
import { lockOwnedBoard } from "./board-owner";

const input = z.object({ boardId: z.uuid("board"), archived: z.boolean().default(true) });

/**
 * Archives a board (read-only for everyone, left out of the board list, still found by search),
 * or with `archived: false` opens it again. Owners only.
 */
export async function archiveBoard(db: Db, actor: Actor, raw: unknown): Promise<CommandResult<Board>> {
  if (actor.deactivatedAt) return refuse("forbidden", "form", "forbidden");
  const parsed = parseInput(input, raw);
  if (!parsed.ok) return parsed.result;
  return db.transaction(async (tx) => {
    const found = await lockOwnedBoard(tx, actor, parsed.data.boardId);
    if (!found.ok) return found.result;
    const [board] = await tx
      .update(boards)
      .set({ archivedAt: parsed.data.archived ? new Date() : null })
      .where(eq(boards.id, found.board.id))
      .returning();
    await recordAdminEvent(tx, auditActor(actor), {
      type: parsed.data.archived ? "board.archived" : "board.unarchived",
      boardId: board!.id,
      name: board!.name,
    });
    return succeed(board!);
  });
}
