import { and, eq, isNull } from "drizzle-orm";
import { z } from "zod";
import { recordAdminEvent } from "@/lib/audit/admin-events";
import type { Db } from "@/lib/db/client";
import { boardMembers, boards, users } from "@/lib/db/schema";
import { type Actor, auditActor, isActiveAdmin } from "./actor";
import { type CommandResult, parseInput, refuse, succeed } from "./result";

const input = z.object({ boardId: z.uuid("board"), userId: z.uuid("person") });

/** An administrator makes an active person of the organisation an owner of a board (e.g. when the last owner left). */
export async function assignBoardOwner(
  db: Db,
  actor: Actor,
  raw: unknown,
): Promise<CommandResult<{ boardId: string }>> {
  if (!isActiveAdmin(actor)) return refuse("forbidden", "form", "forbidden");
  const parsed = parseInput(input, raw);
  if (!parsed.ok) return parsed.result;
  const { boardId, userId } = parsed.data;
  return db.transaction(async (tx) => {
    const [board] = await tx
      .select({ id: boards.id })
      .from(boards)
      .where(and(eq(boards.id, boardId), eq(boards.organisationId, actor.organisationId)))
      .for("update");
    if (!board) return refuse("not-found", "boardId", "board");
    const [person] = await tx
      .select({ id: users.id })
      .from(users)
      .where(and(eq(users.id, userId), eq(users.organisationId, actor.organisationId), isNull(users.deactivatedAt)))
      .limit(1);
    if (!person) return refuse("invalid", "userId", "person");
    await tx
      .insert(boardMembers)
      .values({ boardId, userId, role: "owner" })
      .onConflictDoUpdate({ target: [boardMembers.boardId, boardMembers.userId], set: { role: "owner" } });
    await recordAdminEvent(tx, auditActor(actor), { type: "board.owner-assigned", boardId, ownerId: userId });
    return succeed({ boardId });
  });
}
