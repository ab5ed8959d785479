import { eq } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/lib/db/client";
import { appendAuditEvent } from "@/lib/db/queries/audit";
import { type User, users } from "@/lib/db/schema";
import { auditActor, type CommandResult, inTransaction, parseInput, refuse } from "../command";
import { ADMIN_KEYS, type AdminActor, adminRefusal, isActiveAdmin, NOT_ADMIN } from "./actor";
import { lockPerson } from "./person-lookup";

const input = z.object({ userId: z.uuid("person") });

/** Reactivates a deactivated person (their board memberships were kept). */
export async function reactivatePerson(db: Db, actor: AdminActor, raw: unknown): Promise<CommandResult<User>> {
  if (!isActiveAdmin(actor)) return NOT_ADMIN();
  const parsed = parseInput(input, raw, ADMIN_KEYS);
  if (!parsed.ok) return parsed;
  return inTransaction(db, undefined, async (tx) => {
    const person = await lockPerson(tx, actor.organisationId, parsed.value.userId);
    if (!person) refuse(adminRefusal("not-found", "userId", "person"));
    if (!person.deactivatedAt) refuse(adminRefusal("invalid", "userId", "notDeactivated"));
    const [updated] = await tx.update(users).set({ deactivatedAt: null }).where(eq(users.id, person.id)).returning();
    await appendAuditEvent(tx, auditActor(actor), { type: "user.reactivated", data: { userId: person.id } });
    return updated!;
  });
}
