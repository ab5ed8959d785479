import { and, eq, isNull } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/lib/db/client";
import { appendAuditEvent } from "@/lib/db/queries/audit";
import { boardMembers, boards, users } from "@/lib/db/schema";
import { auditActor, type CommandResult, inTransaction, parseInput, refuse } from "../command";
import { ADMIN_KEYS, type AdminActor, adminRefusal, isActiveAdmin, NOT_ADMIN } from "./actor";

const input = z.object({ boardId: z.uuid("board"), userId: z.uuid("person") });

/** An administrator makes an active person of the organisation an owner of a board (e.g. when the last owner left). */
export async function assignBoardOwner(
  db: Db,
  actor: AdminActor,
  raw: unknown,
): Promise<CommandResult<{ boardId: string }>> {
  if (!isActiveAdmin(actor)) return NOT_ADMIN();
  const parsed = parseInput(input, raw, ADMIN_KEYS);
  if (!parsed.ok) return parsed;
  const { boardId, userId } = parsed.value;
  return inTransaction(db, undefined, async (tx) => {
    const [board] = await tx
      .select({ id: boards.id })
      .from(boards)
      .where(and(eq(boards.id, boardId), eq(boards.organisationId, actor.organisationId)))
      .for("update");
    if (!board) refuse(adminRefusal("not-found", "boardId", "board"));
    const [person] = await tx
      .select({ id: users.id })
      .from(users)
      .where(and(eq(users.id, userId), eq(users.organisationId, actor.organisationId), isNull(users.deactivatedAt)))
      .limit(1);
    if (!person) refuse(adminRefusal("invalid", "userId", "person"));
    await tx
      .insert(boardMembers)
      .values({ boardId, userId, role: "owner" })
      .onConflictDoUpdate({ target: [boardMembers.boardId, boardMembers.userId], set: { role: "owner" } });
    await appendAuditEvent(tx, auditActor(actor), { type: "board.owner-assigned", data: { boardId, ownerId: userId } });
    return { boardId };
  });
}
