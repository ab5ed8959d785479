import { and, asc, eq, sql } from "drizzle-orm";
import type { Queryable } from "../client";
import { type User, users } from "../schema";

/** Normalises an e-mail address for lookups (trimmed, lower case). */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** Finds a user by e-mail, case-insensitively. */
export async function findUserByEmail(db: Queryable, email: string): Promise<User | undefined> {
  const [row] = await db
    .select()
    .from(users)
    .where(sql`lower(${users.email}) = ${normaliseEmail(email)}`)
    .limit(1);
  return row;
}

/** Finds a user by id. */
export async function findUserById(db: Queryable, id: string): Promise<User | undefined> {
  const [row] = await db.select().from(users).where(eq(users.id, id)).limit(1);
  return row;
}

/** Lists the people of an organisation by name. */
export async function listOrganisationUsers(db: Queryable, organisationId: string): Promise<User[]> {
  return db.select().from(users).where(eq(users.organisationId, organisationId)).orderBy(asc(users.name));
}

/** Updates a user's own profile fields. */
export async function updateUserProfile(
  db: Queryable,
  id: string,
  patch: Partial<Pick<User, "name" | "title" | "locale" | "passwordHash" | "mustChangePassword">>,
): Promise<void> {
  await db.update(users).set(patch).where(eq(users.id, id));
}

/** A person of the organisation by id, or undefined when missing or in another organisation. */
export async function findOrganisationUser(
  db: Queryable,
  organisationId: string,
  userId: string,
): Promise<User | undefined> {
  const [row] = await db
    .select()
    .from(users)
    .where(and(eq(users.id, userId), eq(users.organisationId, organisationId)))
    .limit(1);
  return row;
}

/** The user's row locked for the rest of the transaction (password changes read-then-write). */
export async function lockUser(db: Queryable, id: string): Promise<User | undefined> {
  const [row] = await db.select().from(users).where(eq(users.id, id)).for("update").limit(1);
  return row;
}
