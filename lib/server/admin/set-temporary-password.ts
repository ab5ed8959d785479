import { eq } from "drizzle-orm";
import { z } from "zod";
import { hashPassword } from "@/lib/auth/password";
import { checkPassword } from "@/lib/auth/password-policy";
import type { Db } from "@/lib/db/client";
import { appendAuditEvent } from "@/lib/db/queries/audit";
import { users } from "@/lib/db/schema";
import { auditActor, type CommandResult, inTransaction, parseInput, refuse } from "../command";
import { ADMIN_KEYS, type AdminActor, adminRefusal, adminRefused, isActiveAdmin, NOT_ADMIN } from "./actor";
import { lockPerson } from "./person-lookup";

const input = z.object({ userId: z.uuid("person"), temporaryPassword: z.string().max(1000, "temporaryPassword") });

/** An administrator's password reset: a temporary password the person must change at next sign-in. */
export async function setTemporaryPassword(
  db: Db,
  actor: AdminActor,
  raw: unknown,
): Promise<CommandResult<{ userId: string }>> {
  if (!isActiveAdmin(actor)) return NOT_ADMIN();
  const parsed = parseInput(input, raw, ADMIN_KEYS);
  if (!parsed.ok) return parsed;
  const problem = checkPassword(parsed.value.temporaryPassword);
  if (problem) return adminRefused("invalid", "temporaryPassword", problem);
  const passwordHash = await hashPassword(parsed.value.temporaryPassword);
  return inTransaction(db, undefined, async (tx) => {
    const person = await lockPerson(tx, actor.organisationId, parsed.value.userId);
    if (!person) refuse(adminRefusal("not-found", "userId", "person"));
    await tx.update(users).set({ passwordHash, mustChangePassword: true }).where(eq(users.id, person.id));
    await appendAuditEvent(tx, auditActor(actor), {
      type: "user.password-reset",
      data: { userId: person.id, via: "temporary" },
    });
    return { userId: person.id };
  });
}
