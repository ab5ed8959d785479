import { and, eq, isNull } from "drizzle-orm";
import { z } from "zod";
import { recordAdminEvent } from "@/lib/audit/admin-events";
import type { Db } from "@/lib/db/client";
import { type Unit, units } from "@/lib/db/schema";
import { type Actor, auditActor, isActiveAdmin } from "./actor";
import { type CommandResult, parseInput, refuse, succeed } from "./result";

const input = z.object({ unitId: z.uuid("unit") });

/** Archives a unit: its boards stay, but it is offered for no new board or person. */
export async function archiveUnit(db: Db, actor: Actor, raw: unknown): Promise<CommandResult<Unit>> {
  if (!isActiveAdmin(actor)) return refuse("forbidden", "form", "forbidden");
  const parsed = parseInput(input, raw);
  if (!parsed.ok) return parsed.result;
  return db.transaction(async (tx) => {
    const [unit] = await tx
      .update(units)
      .set({ archivedAt: new Date() })
      .where(
        and(eq(units.id, parsed.data.unitId), eq(units.organisationId, actor.organisationId), isNull(units.archivedAt)),
      )
      .returning();
    if (!unit) return refuse("not-found", "unitId", "unit");
    await recordAdminEvent(tx, auditActor(actor), { type: "unit.archived", unitId: unit.id, name: unit.name });
    return succeed(unit);
  });
}
