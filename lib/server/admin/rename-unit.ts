import { and, eq } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/lib/db/client";
import { appendAuditEvent } from "@/lib/db/queries/audit";
import { type Unit, units } from "@/lib/db/schema";
import { auditActor, type CommandResult, inTransaction, parseInput, refuse } from "../command";
import { ADMIN_KEYS, type AdminActor, adminRefusal, isActiveAdmin, NOT_ADMIN } from "./actor";
import { isUnitNameTaken, unitName } from "./unit-name";

const input = z.object({ unitId: z.uuid("unit"), name: unitName });

/** Renames a unit; the new name must not be used by another unit. */
export async function renameUnit(db: Db, actor: AdminActor, raw: unknown): Promise<CommandResult<Unit>> {
  if (!isActiveAdmin(actor)) return NOT_ADMIN();
  const parsed = parseInput(input, raw, ADMIN_KEYS);
  if (!parsed.ok) return parsed;
  const { unitId, name } = parsed.value;
  return inTransaction(db, undefined, async (tx) => {
    const [unit] = await tx
      .select()
      .from(units)
      .where(and(eq(units.id, unitId), eq(units.organisationId, actor.organisationId)))
      .for("update");
    if (!unit) refuse(adminRefusal("not-found", "unitId", "unit"));
    if (await isUnitNameTaken(tx, actor.organisationId, name, unitId))
      refuse(adminRefusal("invalid", "name", "unitNameTaken"));
    const [renamed] = await tx.update(units).set({ name }).where(eq(units.id, unitId)).returning();
    await appendAuditEvent(tx, auditActor(actor), {
      type: "unit.renamed",
      data: { unitId, from: unit.name, to: name },
    });
    return renamed!;
  });
}
