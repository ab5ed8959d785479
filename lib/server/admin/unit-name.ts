import { and, eq, ne, sql } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/lib/db/client";
import { units } from "@/lib/db/schema";

export const unitName = z.string().trim().min(2, "unitName").max(120, "unitName");

/** True when another unit of the organisation has the name (case-insensitive). */
export async function isUnitNameTaken(
  tx: Pick<Db, "select">,
  organisationId: string,
  name: string,
  exceptId?: string,
): Promise<boolean> {
  const [row] = await tx
    .select({ id: units.id })
    .from(units)
    .where(
      and(
        eq(units.organisationId, organisationId),
        sql`lower(${units.name}) = ${name.toLowerCase()}`,
        exceptId ? ne(units.id, exceptId) : undefined,
      ),
    )
    .limit(1);
  return Boolean(row);
}
