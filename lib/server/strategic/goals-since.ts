import { and, eq, gt } from "drizzle-orm";
import type { Queryable } from "@/lib/db/client";
import { productionGoals } from "@/lib/db/schema";

/**
 * Whether a strategic board changed one of this unit board's production goals after `since`: a
 * plan saved before that was not made against the current goals, so it may not be signed.
 */
export async function hasGoalsChangedSince(db: Queryable, unitBoardId: string, since: Date): Promise<boolean> {
  const [row] = await db
    .select({ id: productionGoals.id })
    .from(productionGoals)
    .where(and(eq(productionGoals.unitBoardId, unitBoardId), gt(productionGoals.updatedAt, since)))
    .limit(1);
  return Boolean(row);
}
