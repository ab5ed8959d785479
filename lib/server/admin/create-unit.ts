import { z } from "zod";
import type { Db } from "@/lib/db/client";
import { appendAuditEvent } from "@/lib/db/queries/audit";
import { type Unit, units } from "@/lib/db/schema";
import { auditActor, type CommandOptions, type CommandResult, inTransaction, parseInput, refuse } from "../command";
import { ADMIN_KEYS, type AdminActor, adminRefusal, isActiveAdmin, NOT_ADMIN } from "./actor";
import { isUnitNameTaken, unitName } from "./unit-name";

const input = z.object({ name: unitName });

/** Creates a unit (verksamhet) of the administrator's organisation; names are unique. */
export async function createUnit(
  db: Db,
  actor: AdminActor,
  raw: unknown,
  options?: CommandOptions,
): Promise<CommandResult<Unit>> {
  if (!isActiveAdmin(actor)) return NOT_ADMIN();
  const parsed = parseInput(input, raw, ADMIN_KEYS);
  if (!parsed.ok) return parsed;
  return inTransaction(db, options, async (tx) => {
    if (await isUnitNameTaken(tx, actor.organisationId, parsed.value.name))
      refuse(adminRefusal("invalid", "name", "unitNameTaken"));
    const [unit] = await tx
      .insert(units)
      .values({ organisationId: actor.organisationId, name: parsed.value.name })
      .returning();
    await appendAuditEvent(tx, auditActor(actor), {
      type: "unit.created",
      data: { unitId: unit!.id, name: unit!.name },
    });
    return unit!;
  });
}
