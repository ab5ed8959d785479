import { and, eq, isNull } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/lib/db/client";
import { appendAuditEvent } from "@/lib/db/queries/audit";
import { type Unit, units } from "@/lib/db/schema";
import { auditActor, type CommandResult, inTransaction, parseInput, refuse } from "../command";
import { ADMIN_KEYS, type AdminActor, adminRefusal, isActiveAdmin, NOT_ADMIN } from "./actor";

const input = z.object({ unitId: z.uuid("unit") });

/** Archives a unit: its boards stay, but it is offered for no new board or person. */
export async function archiveUnit(db: Db, actor: AdminActor, raw: unknown): Promise<CommandResult<Unit>> {
  if (!isActiveAdmin(actor)) return NOT_ADMIN();
  const parsed = parseInput(input, raw, ADMIN_KEYS);
  if (!parsed.ok) return parsed;
  return inTransaction(db, undefined, async (tx) => {
    const [unit] = await tx
      .update(units)
      .set({ archivedAt: new Date() })
      .where(
        and(
          eq(units.id, parsed.value.unitId),
          eq(units.organisationId, actor.organisationId),
          isNull(units.archivedAt),
        ),
      )
      .returning();
    if (!unit) refuse(adminRefusal("not-found", "unitId", "unit"));
    await appendAuditEvent(tx, auditActor(actor), {
      type: "unit.archived",
      data: { unitId: unit.id, name: unit.name },
    });
    return unit;
  });
}
