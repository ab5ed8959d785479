import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { recordAdminEvent } from "@/lib/audit/admin-events";
import type { Db } from "@/lib/db/client";
import { type Unit, units } from "@/lib/db/schema";
import { type Actor, auditActor, isActiveAdmin } from "./actor";
import { type CommandResult, parseInput, refuse, succeed } from "./result";
import { isUnitNameTaken, unitName } from "./unit-name";

const input = z.object({ unitId: z.uuid("unit"), name: unitName });

/** Renames a unit; the new name must not be used by another unit. */
export async function renameUnit(db: Db, actor: Actor, raw: unknown): Promise<CommandResult<Unit>> {
  if (!isActiveAdmin(actor)) return refuse("forbidden", "form", "forbidden");
  const parsed = parseInput(input, raw);
  if (!parsed.ok) return parsed.result;
  const { unitId, name } = parsed.data;
  return db.transaction(async (tx) => {
    const [unit] = await tx
      .select()
      .from(units)
      .where(and(eq(units.id, unitId), eq(units.organisationId, actor.organisationId)))
      .for("update");
    if (!unit) return refuse("not-found", "unitId", "unit");
    if (await isUnitNameTaken(tx, actor.organisationId, name, unitId))
      return refuse("conflict", "name", "unitNameTaken");
    const [renamed] = await tx.update(units).set({ name }).where(eq(units.id, unitId)).returning();
    await recordAdminEvent(tx, auditActor(actor), { type: "unit.renamed", unitId, from: unit.name, to: name });
    return succeed(renamed!);
  });
}
