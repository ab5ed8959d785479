import { eq } from "drizzle-orm";
import { z } from "zod";
import { recordAdminEvent } from "@/lib/audit/admin-events";
import { hashPassword } from "@/lib/auth/password";
import { checkPassword } from "@/lib/auth/password-policy";
import type { Db } from "@/lib/db/client";
import { users } from "@/lib/db/schema";
import { type Actor, auditActor, isActiveAdmin } from "./actor";
import { lockPerson } from "./person-lookup";
import { type CommandResult, parseInput, refuse, succeed } from "./result";

const input = z.object({ userId: z.uuid("person"), temporaryPassword: z.string().max(1000, "temporaryPassword") });

/** An administrator's password reset: a temporary password the person must change at next sign-in. */
export async function setTemporaryPassword(
  db: Db,
  actor: Actor,
  raw: unknown,
): Promise<CommandResult<{ userId: string }>> {
  if (!isActiveAdmin(actor)) return refuse("forbidden", "form", "forbidden");
  const parsed = parseInput(input, raw);
  if (!parsed.ok) return parsed.result;
  const problem = checkPassword(parsed.data.temporaryPassword);
  if (problem) return refuse("invalid", "temporaryPassword", problem);
  const passwordHash = await hashPassword(parsed.data.temporaryPassword);
  return db.transaction(async (tx) => {
    const person = await lockPerson(tx, actor.organisationId, parsed.data.userId);
    if (!person) return refuse("not-found", "userId", "person");
    await tx.update(users).set({ passwordHash, mustChangePassword: true }).where(eq(users.id, person.id));
    await recordAdminEvent(tx, auditActor(actor), { type: "user.password-reset", userId: person.id, via: "temporary" });
    return succeed({ userId: person.id });
  });
}
