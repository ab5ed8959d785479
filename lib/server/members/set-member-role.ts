import { z } from "zod";
import { notifyMembershipChanged } from "@/lib/board/membership-events";
import type { Db } from "@/lib/db/client";
import { appendAuditEvent } from "@/lib/db/queries/audit";
import { findMemberRole, LastOwnerError, setBoardMemberRole } from "@/lib/db/queries/boards";
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
import { boardIdField, memberIdField, roleField } from "./member-input";

export const setMemberRoleInput = z.object({ boardId: boardIdField, userId: memberIdField, role: roleField });
export type SetMemberRoleInput = z.input<typeof setMemberRoleInput>;

/**
 * Changes a member's role (owners only). The board keeps at least one owner: demoting the last one
 * is refused. Records `member.role-changed` (nothing when the role is unchanged) and tells the
 * collaboration server, which updates the member's open connections.
 */
export async function setMemberRole(
  db: Db,
  actor: Actor,
  input: unknown,
  options?: CommandOptions,
): Promise<CommandResult<{ boardId: string; changed: boolean }>> {
  const parsed = parseInput(setMemberRoleInput, input);
  if (!parsed.ok) return parsed;
  const { boardId, userId, role } = parsed.value;
  const result = await inTransaction(db, options, async (tx) => {
    const { board } = await authorizeBoard(tx, actor, boardId, "owner");
    const from = await findMemberRole(tx, board.id, userId);
    if (!from) refuse(invalid("userId", "members.errors.notMember"));
    if (from === role) return { boardId: board.id, changed: false };
    try {
      await setBoardMemberRole(tx, board.id, userId, role);
    } catch (error) {
      if (error instanceof LastOwnerError) refuse(invalid("role", "members.errors.lastOwner"));
      throw error;
    }
    await appendAuditEvent(tx, auditActor(actor), {
      type: "member.role-changed",
      data: { boardId: board.id, memberId: userId, from, to: role },
    });
    return { boardId: board.id, changed: true };
  });
  if (result.ok && result.value.changed) notifyMembershipChanged(result.value.boardId);
  return result;
}
