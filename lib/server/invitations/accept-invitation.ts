import { z } from "zod";
import { recordAdminEvent } from "@/lib/audit/admin-events";
import { hashPassword } from "@/lib/auth/password";
import { checkPassword } from "@/lib/auth/password-policy";
import type { Db } from "@/lib/db/client";
import { boardMembers, type User } from "@/lib/db/schema";
import { insertPerson, personName } from "../admin/person-input";
import { CommandRefusal, type CommandResult, parseInput, refuse, runRefusable, succeed } from "../admin/result";
import { consumeToken } from "./tokens";

const input = z.object({
  token: z.string().max(200, "token"),
  name: personName,
  password: z.string().max(1000, "password"),
});

/** Accepts an invitation: creates the person with their own password (and board membership), and uses up the link. */
export async function acceptInvitation(db: Db, raw: unknown): Promise<CommandResult<User>> {
  const parsed = parseInput(input, raw);
  if (!parsed.ok) return parsed.result;
  const problem = checkPassword(parsed.data.password);
  if (problem) return refuse("invalid", "password", problem);
  const passwordHash = await hashPassword(parsed.data.password);
  return runRefusable(() =>
    db.transaction(async (tx) => {
      const token = await consumeToken(tx, "invitation", parsed.data.token);
      if (!token.ok) throw new CommandRefusal(refuse("forbidden", "token", token.code));
      const invitation = token.row;
      const user = await insertPerson(
        tx,
        invitation.organisationId!,
        {
          name: parsed.data.name,
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
      await recordAdminEvent(tx, actor, {
        type: "user.created",
        userId: user.id,
        email: user.email,
        level: user.level,
        unitIds: [],
        isOrgAdmin: false,
        via: "invitation",
      });
      await recordAdminEvent(tx, actor, {
        type: "invitation.accepted",
        invitationId: invitation.id,
        userId: user.id,
        boardId: invitation.boardId,
      });
      return succeed(user);
    }),
  );
}
