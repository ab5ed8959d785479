import { eq } from "drizzle-orm";
import { z } from "zod";
import { recordAdminEvent } from "@/lib/audit/admin-events";
import type { Db } from "@/lib/db/client";
import { type User, users } from "@/lib/db/schema";
import { type Actor, auditActor, isActiveAdmin } from "./actor";
import { countActiveAdmins, lockPerson } from "./person-lookup";
import { type CommandResult, parseInput, refuse, succeed } from "./result";

const input = z.object({ userId: z.uuid("person") });

/**
 * Deactivates a person: sign-in, sessions and open board sockets stop working (the collaboration
 * server's membership re-check closes their sockets within seconds). The last active
 * administrator cannot be deactivated.
 */
export async function deactivatePerson(db: Db, actor: Actor, raw: unknown): Promise<CommandResult<User>> {
  if (!isActiveAdmin(actor)) return refuse("forbidden", "form", "forbidden");
  const parsed = parseInput(input, raw);
  if (!parsed.ok) return parsed.result;
  return db.transaction(async (tx) => {
    const admins = await countActiveAdmins(tx, actor.organisationId);
    const person = await lockPerson(tx, actor.organisationId, parsed.data.userId);
    if (!person) return refuse("not-found", "userId", "person");
    if (person.deactivatedAt) return refuse("conflict", "userId", "alreadyDeactivated");
    if (person.isOrgAdmin && admins <= 1) return refuse("conflict", "userId", "lastAdmin");
    const [updated] = await tx
      .update(users)
      .set({ deactivatedAt: new Date() })
      .where(eq(users.id, person.id))
      .returning();
    await recordAdminEvent(tx, auditActor(actor), { type: "user.deactivated", userId: person.id });
    return succeed(updated!);
  });
}
