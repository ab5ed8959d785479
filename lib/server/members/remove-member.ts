import { z } from "zod";
import { notifyMembershipChanged } from "@/lib/board/membership-events";
import type { Db } from "@/lib/db/client";
import { appendAuditEvent } from "@/lib/db/queries/audit";
import { findMemberRole, LastOwnerError, removeBoardMember } from "@/lib/db/queries/boards";
import {
  type Actor,
  auditActor,
  authorizeBoard,
  type CommandOptions,
  type CommandResult,
  inTransaction,
  invalid,
  parseInput,
  refuse,
} from "../command";
import { boardIdField, memberIdField } from "./member-input";

export const removeMemberInput = z.object({ boardId: boardIdField, userId: memberIdField });
export type RemoveMemberInput = z.input<typeof removeMemberInput>;

/**
 * Removes a member from the board (owners only; never the last owner). Records `member.removed`
 * and tells the collaboration server, which closes the person's open connections.
 */
export async function removeMember(
  db: Db,
  actor: Actor,
  input: unknown,
  options?: CommandOptions,
): Promise<CommandResult<{ boardId: string }>> {
  const parsed = parseInput(removeMemberInput, input);
  if (!parsed.ok) return parsed;
  const { boardId, userId } = parsed.value;
  const result = await inTransaction(db, options, async (tx) => {
    const { board } = await authorizeBoard(tx, actor, boardId, "owner");
    const role = await findMemberRole(tx, board.id, userId);
    if (!role) refuse(invalid("userId", "members.errors.notMember"));
    try {
      await removeBoardMember(tx, board.id, userId);
    } catch (error) {
      if (error instanceof LastOwnerError) refuse(invalid("userId", "members.errors.lastOwner"));
      throw error;
    }
    await appendAuditEvent(tx, auditActor(actor), {
      type: "member.removed",
      data: { boardId: board.id, memberId: userId, role },
    });
    return { boardId: board.id };
  });
  if (result.ok) notifyMembershipChanged(result.value.boardId);
  return result;
}
