import { z } from "zod";
import { notifyMembershipChanged } from "@/lib/board/membership-events";
import type { Db } from "@/lib/db/client";
import { appendAuditEvent } from "@/lib/db/queries/audit";
import { findMemberRole, setBoardMemberRole } from "@/lib/db/queries/boards";
import { findOrganisationUser } from "@/lib/db/queries/users";
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

export const addMemberInput = z.object({ boardId: boardIdField, userId: memberIdField, role: roleField });
export type AddMemberInput = z.input<typeof addMemberInput>;

/**
 * Adds a person of the board's organisation to the board in a role (owners only). Records
 * `member.added` and tells the collaboration server, which re-checks open connections.
 */
export async function addMember(
  db: Db,
  actor: Actor,
  input: unknown,
  options?: CommandOptions,
): Promise<CommandResult<{ boardId: string }>> {
  const parsed = parseInput(addMemberInput, input);
  if (!parsed.ok) return parsed;
  const { boardId, userId, role } = parsed.value;
  const result = await inTransaction(db, options, async (tx) => {
    const { board } = await authorizeBoard(tx, actor, boardId, "owner");
    const person = await findOrganisationUser(tx, board.organisationId, userId);
    if (!person) refuse(invalid("userId", "members.errors.person"));
    if (await findMemberRole(tx, board.id, person.id)) refuse(invalid("userId", "members.errors.alreadyMember"));
    await setBoardMemberRole(tx, board.id, person.id, role);
    await appendAuditEvent(tx, auditActor(actor), {
      type: "member.added",
      data: { boardId: board.id, memberId: person.id, role },
    });
    return { boardId: board.id };
  });
  if (result.ok) notifyMembershipChanged(result.value.boardId);
  return result;
}
