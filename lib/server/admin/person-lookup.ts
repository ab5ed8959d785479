import { and, count, eq, isNull } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { type User, users } from "@/lib/db/schema";

type Tx = Pick<Db, "select">;

/** A person of the organisation, locked for update in the caller's transaction. */
export async function lockPerson(tx: Tx, organisationId: string, userId: string): Promise<User | undefined> {
  const [row] = await tx
    .select()
    .from(users)
    .where(and(eq(users.id, userId), eq(users.organisationId, organisationId)))
    .for("update");
  return row;
}

/** Active administrators of the organisation (their rows locked, so two cannot demote each other). */
export async function countActiveAdmins(tx: Tx, organisationId: string): Promise<number> {
  const rows = await tx
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.organisationId, organisationId), eq(users.isOrgAdmin, true), isNull(users.deactivatedAt)))
    .for("update");
  return rows.length;
}

/** Number of people in an organisation. */
export async function countPeople(db: Tx, organisationId: string): Promise<number> {
  const [row] = await db.select({ n: count() }).from(users).where(eq(users.organisationId, organisationId));
  return row?.n ?? 0;
}
