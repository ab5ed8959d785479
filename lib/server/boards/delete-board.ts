import { eq } from "drizzle-orm";
import { z } from "zod";
import { recordAdminEvent } from "@/lib/audit/admin-events";
import type { Db } from "@/lib/db/client";
import { boards } from "@/lib/db/schema";
import { type Actor, auditActor } from "../admin/actor";
import { type CommandResult, parseInput, refuse, succeed } from "../admin/result";
import { lockOwnedBoard } from "./board-owner";

const input = z.object({ boardId: z.uuid("board"), confirmName: z.string().max(400, "confirmName") });

/** Deletes a board and everything on it, only when the owner has typed the board's exact name. */
export async function deleteBoard(db: Db, actor: Actor, raw: unknown): Promise<CommandResult<{ boardId: string }>> {
  if (actor.deactivatedAt) return refuse("forbidden", "form", "forbidden");
  const parsed = parseInput(input, raw);
  if (!parsed.ok) return parsed.result;
  return db.transaction(async (tx) => {
    const found = await lockOwnedBoard(tx, actor, parsed.data.boardId);
    if (!found.ok) return found.result;
    if (parsed.data.confirmName.trim() !== found.board.name) return refuse("invalid", "confirmName", "confirmName");
    await tx.delete(boards).where(eq(boards.id, found.board.id));
    await recordAdminEvent(tx, auditActor(actor), {
      type: "board.deleted",
      boardId: found.board.id,
      name: found.board.name,
    });
    return succeed({ boardId: found.board.id });
  });
}
