/** Validation and storage of a person shared by create, import, setup, invitations and single sign-on. */
import { and, eq, inArray, isNull, sql } from "drizzle-orm";
import { z } from "zod";
import { USER_LEVELS } from "@/lib/auth/roles";
import type { Db } from "@/lib/db/client";
import { normaliseEmail } from "@/lib/db/queries/users";
import { type User, units, users, userUnits } from "@/lib/db/schema";
import { refuse } from "../command";
import { adminRefusal } from "./actor";

type Tx = Pick<Db, "select" | "insert" | "update" | "delete">;

export const personName = z.string().trim().min(2, "name").max(120, "name");
export const personEmail = z
  .string()
  .trim()
  .max(320, "email")
  .pipe(z.email("email"))
  .transform((value) => normaliseEmail(value));
export const personLevel = z.enum(USER_LEVELS, "level");

export const personInput = z.object({
  name: personName,
  email: personEmail,
  title: z.string().trim().max(120, "title").optional().default(""),
  level: personLevel,
  unitIds: z.array(z.uuid("units")).max(50, "units").default([]),
  isOrgAdmin: z.boolean().default(false),
});
export type PersonInput = z.infer<typeof personInput>;

/** True when someone already uses the e-mail address (any organisation; addresses are unique). */
export async function isEmailTaken(tx: Tx, email: string): Promise<boolean> {
  const [row] = await tx
    .select({ id: users.id })
    .from(users)
    .where(sql`lower(${users.email}) = ${normaliseEmail(email)}`)
    .limit(1);
  return Boolean(row);
}

/** Refuses (rolling the command's transaction back) unless every unit id is an active unit of the organisation. */
export async function assertActiveUnits(tx: Tx, organisationId: string, unitIds: string[], row?: number) {
  if (unitIds.length === 0) return;
  const found = await tx
    .select({ id: units.id })
    .from(units)
    .where(and(eq(units.organisationId, organisationId), inArray(units.id, unitIds), isNull(units.archivedAt)));
  if (found.length !== new Set(unitIds).size) refuse(adminRefusal("invalid", "units", "unit", row));
}

/** Inserts a person with their units; refuses an e-mail that exists. */
export async function insertPerson(
  tx: Tx,
  organisationId: string,
  input: PersonInput,
  auth: { passwordHash: string | null; mustChangePassword: boolean },
): Promise<User> {
  if (await isEmailTaken(tx, input.email)) refuse(adminRefusal("invalid", "email", "emailTaken"));
  await assertActiveUnits(tx, organisationId, input.unitIds);
  const [user] = await tx
    .insert(users)
    .values({
      organisationId,
      email: input.email,
      name: input.name,
      title: input.title || null,
      level: input.level,
      isOrgAdmin: input.isOrgAdmin,
      passwordHash: auth.passwordHash,
      mustChangePassword: auth.mustChangePassword,
    })
    .returning();
  if (input.unitIds.length > 0) {
    await tx.insert(userUnits).values([...new Set(input.unitIds)].map((unitId) => ({ userId: user!.id, unitId })));
  }
  return user!;
}
