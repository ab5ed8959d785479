import { eq } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/lib/db/client";
import { appendAuditEvent } from "@/lib/db/queries/audit";
import { type User, users } from "@/lib/db/schema";
import { auditActor, type CommandResult, inTransaction, parseInput, refuse } from "../command";
import { ADMIN_KEYS, type AdminActor, adminRefusal, isActiveAdmin, NOT_ADMIN } from "./actor";
import { countActiveAdmins, lockPerson } from "./person-lookup";

const input = z.object({ userId: z.uuid("person") });

/**
 * Deactivates a person: sign-in, sessions and open board sockets stop working (the collaboration
 * server's membership re-check closes their sockets within seconds). The last active
 * administrator cannot be deactivated.
 */
export async function deactivatePerson(db: Db, actor: AdminActor, raw: unknown): Promise<CommandResult<User>> {
  if (!isActiveAdmin(actor)) return NOT_ADMIN();
  const parsed = parseInput(input, raw, ADMIN_KEYS);
  if (!parsed.ok) return parsed;
  return inTransaction(db, undefined, async (tx) => {
    const admins = await countActiveAdmins(tx, actor.organisationId);
    const person = await lockPerson(tx, actor.organisationId, parsed.value.userId);
    if (!person) refuse(adminRefusal("not-found", "userId", "person"));
    if (person.deactivatedAt) refuse(adminRefusal("invalid", "userId", "alreadyDeactivated"));
    if (person.isOrgAdmin && admins <= 1) refuse(adminRefusal("invalid", "userId", "lastAdmin"));
    const [updated] = await tx
      .update(users)
      .set({ deactivatedAt: new Date() })
      .where(eq(users.id, person.id))
      .returning();
    await appendAuditEvent(tx, auditActor(actor), { type: "user.deactivated", data: { userId: person.id } });
    return updated!;
  });
}
