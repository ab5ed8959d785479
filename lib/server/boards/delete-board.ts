import { eq } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/lib/db/client";
import { appendAuditEvent } from "@/lib/db/queries/audit";
import { boards } from "@/lib/db/schema";
import { ADMIN_KEYS, type AdminActor, adminRefusal, adminRefused } from "../admin/actor";
import { auditActor, type CommandOptions, type CommandResult, inTransaction, parseInput, refuse } from "../command";
import { lockOwnedBoard } from "./board-owner";

const input = z.object({ boardId: z.uuid("board"), confirmName: z.string().max(400, "confirmName") });

/** Deletes a board and everything on it, only when the owner has typed the board's exact name. */
export async function deleteBoard(
  db: Db,
  actor: AdminActor,
  raw: unknown,
  options?: CommandOptions,
): Promise<CommandResult<{ boardId: string }>> {
  if (actor.deactivatedAt) return adminRefused("forbidden", "form", "forbidden");
  const parsed = parseInput(input, raw, ADMIN_KEYS);
  if (!parsed.ok) return parsed;
  return inTransaction(db, options, async (tx) => {
    const board = await lockOwnedBoard(tx, actor, parsed.value.boardId);
    if (parsed.value.confirmName.trim() !== board.name) refuse(adminRefusal("invalid", "confirmName", "confirmName"));
    await tx.delete(boards).where(eq(boards.id, board.id));
    await appendAuditEvent(tx, auditActor(actor), {
      type: "board.deleted",
      data: { boardId: board.id, name: board.name },
    });
    return { boardId: board.id };
  });
}
