import { eq } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/lib/db/client";
import { appendAuditEvent } from "@/lib/db/queries/audit";
import { type User, users } from "@/lib/db/schema";
import { auditActor, type CommandResult, inTransaction, parseInput, refuse } from "../command";
import { ADMIN_KEYS, type AdminActor, adminRefusal, isActiveAdmin, NOT_ADMIN } from "./actor";
import { personLevel } from "./person-input";
import { lockPerson } from "./person-lookup";

const input = z.object({ userId: z.uuid("person"), level: personLevel });

/** Changes a person's PKS level (politisk, strategisk, taktisk, operativ). */
export async function changeLevel(db: Db, actor: AdminActor, raw: unknown): Promise<CommandResult<User>> {
  if (!isActiveAdmin(actor)) return NOT_ADMIN();
  const parsed = parseInput(input, raw, ADMIN_KEYS);
  if (!parsed.ok) return parsed;
  return inTransaction(db, undefined, async (tx) => {
    const person = await lockPerson(tx, actor.organisationId, parsed.value.userId);
    if (!person) refuse(adminRefusal("not-found", "userId", "person"));
    const [updated] = await tx
      .update(users)
      .set({ level: parsed.value.level })
      .where(eq(users.id, person.id))
      .returning();
    await appendAuditEvent(tx, auditActor(actor), {
      type: "user.level-changed",
      data: { userId: person.id, from: person.level, to: parsed.value.level },
    });
    return updated!;
  });
}
