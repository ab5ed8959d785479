import { eq } from "drizzle-orm";
import { z } from "zod";
import { recordAdminEvent } from "@/lib/audit/admin-events";
import type { Db } from "@/lib/db/client";
import { type User, users } from "@/lib/db/schema";
import { type Actor, auditActor, isActiveAdmin } from "./actor";
import { personLevel } from "./person-input";
import { lockPerson } from "./person-lookup";
import { type CommandResult, parseInput, refuse, succeed } from "./result";

const input = z.object({ userId: z.uuid("person"), level: personLevel });

/** Changes a person's PKS level (politisk, strategisk, taktisk, operativ). */
export async function changeLevel(db: Db, actor: Actor, raw: unknown): Promise<CommandResult<User>> {
  if (!isActiveAdmin(actor)) return refuse("forbidden", "form", "forbidden");
  const parsed = parseInput(input, raw);
  if (!parsed.ok) return parsed.result;
  return db.transaction(async (tx) => {
    const person = await lockPerson(tx, actor.organisationId, parsed.data.userId);
    if (!person) return refuse("not-found", "userId", "person");
    const [updated] = await tx
      .update(users)
      .set({ level: parsed.data.level })
      .where(eq(users.id, person.id))
      .returning();
    await recordAdminEvent(tx, auditActor(actor), {
      type: "user.level-changed",
      userId: person.id,
      from: person.level,
      to: parsed.data.level,
    });
    return succeed(updated!);
  });
}
