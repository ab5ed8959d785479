import { z } from "zod";
import { recordAdminEvent } from "@/lib/audit/admin-events";
import { hashPassword } from "@/lib/auth/password";
import { checkPassword } from "@/lib/auth/password-policy";
import type { Db } from "@/lib/db/client";
import type { User } from "@/lib/db/schema";
import { type Actor, auditActor, isActiveAdmin } from "./actor";
import { insertPerson, personInput } from "./person-input";
import { type CommandResult, parseInput, refuse, runRefusable, succeed } from "./result";

const input = personInput.extend({ temporaryPassword: z.string().max(1000, "temporaryPassword") });

/**
 * Creates a person with name, e-mail, title, level and units and a temporary password that they
 * must change at their first sign-in.
 */
export async function createPerson(db: Db, actor: Actor, raw: unknown): Promise<CommandResult<User>> {
  if (!isActiveAdmin(actor)) return refuse("forbidden", "form", "forbidden");
  const parsed = parseInput(input, raw);
  if (!parsed.ok) return parsed.result;
  const problem = checkPassword(parsed.data.temporaryPassword);
  if (problem) return refuse("invalid", "temporaryPassword", problem);
  const passwordHash = await hashPassword(parsed.data.temporaryPassword);
  return runRefusable(() =>
    db.transaction(async (tx) => {
      const user = await insertPerson(tx, actor.organisationId, parsed.data, {
        passwordHash,
        mustChangePassword: true,
      });
      await recordAdminEvent(tx, auditActor(actor), {
        type: "user.created",
        userId: user.id,
        email: user.email,
        level: user.level,
        unitIds: parsed.data.unitIds,
        isOrgAdmin: user.isOrgAdmin,
        via: "admin",
      });
      return succeed(user);
    }),
  );
}
