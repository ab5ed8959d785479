import { eq } from "drizzle-orm";
import { z } from "zod";
import { recordAdminEvent } from "@/lib/audit/admin-events";
import type { Db } from "@/lib/db/client";
import { type User, users } from "@/lib/db/schema";
import { type Actor, auditActor, isActiveAdmin } from "./actor";
import { countActiveAdmins, lockPerson } from "./person-lookup";
import { type CommandResult, parseInput, refuse, succeed } from "./result";

const input = z.object({ userId: z.uuid("person"), isOrgAdmin: z.boolean("isOrgAdmin") });

/** Gives or takes the role organisationsadministratör; the last active administrator keeps it. */
export async function setAdminRole(db: Db, actor: Actor, raw: unknown): Promise<CommandResult<User>> {
  if (!isActiveAdmin(actor)) return refuse("forbidden", "form", "forbidden");
  const parsed = parseInput(input, raw);
  if (!parsed.ok) return parsed.result;
  return db.transaction(async (tx) => {
    const admins = await countActiveAdmins(tx, actor.organisationId);
    const person = await lockPerson(tx, actor.organisationId, parsed.data.userId);
    if (!person) return refuse("not-found", "userId", "person");
    if (person.isOrgAdmin && !parsed.data.isOrgAdmin && !person.deactivatedAt && admins <= 1)
      return refuse("conflict", "userId", "lastAdmin");
    const [updated] = await tx
      .update(users)
      .set({ isOrgAdmin: parsed.data.isOrgAdmin })
      .where(eq(users.id, person.id))
      .returning();
    await recordAdminEvent(tx, auditActor(actor), {
      type: "user.admin-changed",
      userId: person.id,
      isOrgAdmin: parsed.data.isOrgAdmin,
    });
    return succeed(updated!);
  });
}
