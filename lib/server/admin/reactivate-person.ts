import { eq } from "drizzle-orm";
import { z } from "zod";
import { recordAdminEvent } from "@/lib/audit/admin-events";
import type { Db } from "@/lib/db/client";
import { type User, users } from "@/lib/db/schema";
import { type Actor, auditActor, isActiveAdmin } from "./actor";
import { lockPerson } from "./person-lookup";
import { type CommandResult, parseInput, refuse, succeed } from "./result";

const input = z.object({ userId: z.uuid("person") });

/** Reactivates a deactivated person (their board memberships were kept). */
export async function reactivatePerson(db: Db, actor: Actor, raw: unknown): Promise<CommandResult<User>> {
  if (!isActiveAdmin(actor)) return refuse("forbidden", "form", "forbidden");
  const parsed = parseInput(input, raw);
  if (!parsed.ok) return parsed.result;
  return db.transaction(async (tx) => {
    const person = await lockPerson(tx, actor.organisationId, parsed.data.userId);
    if (!person) return refuse("not-found", "userId", "person");
    if (!person.deactivatedAt) return refuse("conflict", "userId", "notDeactivated");
    const [updated] = await tx.update(users).set({ deactivatedAt: null }).where(eq(users.id, person.id)).returning();
    await recordAdminEvent(tx, auditActor(actor), { type: "user.reactivated", userId: person.id });
    return succeed(updated!);
  });
}
