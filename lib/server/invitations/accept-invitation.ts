import { z } from "zod";
import { hashPassword } from "@/lib/auth/password";
import { checkPassword } from "@/lib/auth/password-policy";
import type { Db } from "@/lib/db/client";
import { appendAuditEvent } from "@/lib/db/queries/audit";
import { boardMembers, type User } from "@/lib/db/schema";
import { ADMIN_KEYS, adminRefusal, adminRefused } from "../admin/actor";
import { insertPerson, personName } from "../admin/person-input";
import { type CommandOptions, type CommandResult, inTransaction, parseInput, refuse } from "../command";
import { consumeToken } from "./tokens";

const input = z.object({
  token: z.string().max(200, "token"),
  name: personName,
  password: z.string().max(1000, "password"),
});

/** Accepts an invitation: creates the person with their own password (and board membership), and uses up the link. */
export async function acceptInvitation(db: Db, raw: unknown, options?: CommandOptions): Promise<CommandResult<User>> {
  const parsed = parseInput(input, raw, ADMIN_KEYS);
  if (!parsed.ok) return parsed;
  const problem = checkPassword(parsed.value.password);
  if (problem) return adminRefused("invalid", "password", problem);
  const passwordHash = await hashPassword(parsed.value.password);
  return inTransaction(db, options, async (tx) => {
    const token = await consumeToken(tx, "invitation", parsed.value.token);
    if (!token.ok) refuse(adminRefusal("forbidden", "token", token.code));
    const invitation = token.row;
    const user = await insertPerson(
      tx,
      invitation.organisationId!,
      {
        name: parsed.value.name,
        email: invitation.email!,
        title: "",
        level: invitation.level ?? "operativ",
        unitIds: [],
        isOrgAdmin: false,
      },
      { passwordHash, mustChangePassword: false },
    );
    if (invitation.boardId && invitation.role)
      await tx.insert(boardMembers).values({ boardId: invitation.boardId, userId: user.id, role: invitation.role });
    const actor = { organisationId: user.organisationId, userId: user.id };
    await appendAuditEvent(tx, actor, {
      type: "user.created",
      data: {
        userId: user.id,
        email: user.email,
        level: user.level,
        unitIds: [],
        isOrgAdmin: false,
        via: "invitation",
      },
    });
    await appendAuditEvent(tx, actor, {
      type: "invitation.accepted",
      data: { invitationId: invitation.id, userId: user.id, boardId: invitation.boardId },
    });
    return user;
  });
}
