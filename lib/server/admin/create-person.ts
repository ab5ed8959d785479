import { z } from "zod";
import { hashPassword } from "@/lib/auth/password";
import { checkPassword } from "@/lib/auth/password-policy";
import type { Db } from "@/lib/db/client";
import { appendAuditEvent } from "@/lib/db/queries/audit";
import type { User } from "@/lib/db/schema";
import { auditActor, type CommandOptions, type CommandResult, inTransaction, parseInput } from "../command";
import { ADMIN_KEYS, type AdminActor, adminRefused, isActiveAdmin, NOT_ADMIN } from "./actor";
import { insertPerson, personInput } from "./person-input";

const input = personInput.extend({ temporaryPassword: z.string().max(1000, "temporaryPassword") });

/**
 * Creates a person with name, e-mail, title, level and units and a temporary password that they
 * must change at their first sign-in.
 */
export async function createPerson(
  db: Db,
  actor: AdminActor,
  raw: unknown,
  options?: CommandOptions,
): Promise<CommandResult<User>> {
  if (!isActiveAdmin(actor)) return NOT_ADMIN();
  const parsed = parseInput(input, raw, ADMIN_KEYS);
  if (!parsed.ok) return parsed;
  const problem = checkPassword(parsed.value.temporaryPassword);
  if (problem) return adminRefused("invalid", "temporaryPassword", problem);
  const passwordHash = await hashPassword(parsed.value.temporaryPassword);
  return inTransaction(db, options, async (tx) => {
    const user = await insertPerson(tx, actor.organisationId, parsed.value, { passwordHash, mustChangePassword: true });
    await appendAuditEvent(tx, auditActor(actor), {
      type: "user.created",
      data: {
        userId: user.id,
        email: user.email,
        level: user.level,
        unitIds: parsed.value.unitIds,
        isOrgAdmin: user.isOrgAdmin,
        via: "admin",
      },
    });
    return user;
  });
}
