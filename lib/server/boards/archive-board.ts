import { eq } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/lib/db/client";
import { appendAuditEvent } from "@/lib/db/queries/audit";
import { type Board, boards } from "@/lib/db/schema";
import { ADMIN_KEYS, type AdminActor, adminRefused } from "../admin/actor";
import { auditActor, type CommandOptions, type CommandResult, inTransaction, parseInput } from "../command";
import { lockOwnedBoard } from "./board-owner";

const input = z.object({ boardId: z.uuid("board"), archived: z.boolean().default(true) });

/**
 * Archives a board (read-only for everyone, left out of the board list, still found by search),
 * or with `archived: false` opens it again. Owners only.
 */
export async function archiveBoard(
  db: Db,
  actor: AdminActor,
  raw: unknown,
  options?: CommandOptions,
): Promise<CommandResult<Board>> {
  if (actor.deactivatedAt) return adminRefused("forbidden", "form", "forbidden");
  const parsed = parseInput(input, raw, ADMIN_KEYS);
  if (!parsed.ok) return parsed;
  return inTransaction(db, options, async (tx) => {
    const owned = await lockOwnedBoard(tx, actor, parsed.value.boardId);
    const [board] = await tx
      .update(boards)
      .set({ archivedAt: parsed.value.archived ? new Date() : null })
      .where(eq(boards.id, owned.id))
      .returning();
    await appendAuditEvent(tx, auditActor(actor), {
      type: parsed.value.archived ? "board.archived" : "board.unarchived",
      data: { boardId: board!.id, name: board!.name },
    });
    return board!;
  });
}
