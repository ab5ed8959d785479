import { z } from "zod";
import { recordAdminEvent } from "@/lib/audit/admin-events";
import type { Db } from "@/lib/db/client";
import { type Unit, units } from "@/lib/db/schema";
import { type Actor, auditActor, isActiveAdmin } from "./actor";
import { type CommandResult, parseInput, refuse, succeed } from "./result";
import { isUnitNameTaken, unitName } from "./unit-name";

const input = z.object({ name: unitName });

/** Creates a unit (verksamhet) of the administrator's organisation; names are unique. */
export async function createUnit(db: Db, actor: Actor, raw: unknown): Promise<CommandResult<Unit>> {
  if (!isActiveAdmin(actor)) return refuse("forbidden", "form", "forbidden");
  const parsed = parseInput(input, raw);
  if (!parsed.ok) return parsed.result;
  return db.transaction(async (tx) => {
    if (await isUnitNameTaken(tx, actor.organisationId, parsed.data.name))
      return refuse("conflict", "name", "unitNameTaken");
    const [unit] = await tx
      .insert(units)
      .values({ organisationId: actor.organisationId, name: parsed.data.name })
      .returning();
    await recordAdminEvent(tx, auditActor(actor), { type: "unit.created", unitId: unit!.id, name: unit!.name });
    return succeed(unit!);
  });
}
