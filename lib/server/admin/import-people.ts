import { and, eq, isNull, sql } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/lib/db/client";
import { appendAuditEvent } from "@/lib/db/queries/audit";
import { units, users } from "@/lib/db/schema";
import {
  auditActor,
  type CommandOptions,
  type CommandResult,
  type FieldError,
  fieldError,
  inTransaction,
  invalidAll,
  parseInput,
  refuse,
  zodFieldErrors,
} from "../command";
import { ADMIN_KEYS, type AdminActor, isActiveAdmin, NOT_ADMIN } from "./actor";
import { insertPerson, type PersonInput, personInput } from "./person-input";

/** Most rows one import takes. */
export const MAX_IMPORT_ROWS = 5000;

const cell = z.string().max(400).default("");
const rowSchema = z.object({
  row: z.number().int().min(1),
  name: cell,
  email: cell,
  level: cell,
  unit: cell,
  title: cell,
});
const input = z.object({
  rows: z.array(rowSchema).min(1, "rows").max(MAX_IMPORT_ROWS, "rows"),
  dryRun: z.boolean().default(false),
});
export type PeopleImportRow = z.infer<typeof rowSchema>;

type Tx = Pick<Db, "select">;

async function unitsByName(tx: Tx, organisationId: string): Promise<Map<string, string>> {
  const rows = await tx
    .select({ id: units.id, name: units.name })
    .from(units)
    .where(and(eq(units.organisationId, organisationId), isNull(units.archivedAt)));
  return new Map(rows.map((u) => [u.name.trim().toLowerCase(), u.id]));
}

async function takenEmails(tx: Tx, emails: string[]): Promise<Set<string>> {
  if (emails.length === 0) return new Set();
  const rows = await tx
    .select({ email: sql<string>`lower(${users.email})` })
    .from(users)
    .where(
      sql`lower(${users.email}) in (${sql.join(
        emails.map((e) => sql`${e}`),
        sql`, `,
      )})`,
    );
  return new Set(rows.map((r) => r.email));
}

function rowError(row: number, field: string, code: string): FieldError {
  return fieldError(field, `admin.errors.${code}`, row);
}

/** Validates every row; returns the people to create and each problem with its row and field. */
export async function validatePeopleRows(
  tx: Tx,
  organisationId: string,
  rows: PeopleImportRow[],
): Promise<{ people: PersonInput[]; issues: FieldError[] }> {
  const unitIds = await unitsByName(tx, organisationId);
  const issues: FieldError[] = [];
  const people: PersonInput[] = [];
  const seen = new Map<string, number>();
  for (const row of rows) {
    const unitId = unitIds.get(row.unit.trim().toLowerCase());
    if (row.unit.trim() && !unitId) issues.push(rowError(row.row, "unit", "unitUnknown"));
    const parsed = personInput.safeParse({
      name: row.name,
      email: row.email,
      title: row.title,
      level: row.level.trim().toLowerCase(),
      unitIds: unitId ? [unitId] : [],
    });
    if (!parsed.success) {
      issues.push(...zodFieldErrors(parsed.error, { ...ADMIN_KEYS, row: row.row }));
      continue;
    }
    const first = seen.get(parsed.data.email);
    if (first !== undefined) issues.push(rowError(row.row, "email", "emailTwiceInFile"));
    else seen.set(parsed.data.email, row.row);
    people.push(parsed.data);
  }
  const taken = await takenEmails(tx, [...seen.keys()]);
  for (const [email, row] of seen) if (taken.has(email)) issues.push(rowError(row, "email", "emailTaken"));
  issues.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  return { people, issues };
}

/**
 * Imports people from mapped file rows. Every row is checked first; if any row has a problem the
 * refusal names each row and field and nothing is stored. `dryRun` only checks (the preview).
 * Imported people have no password yet: they get one through an invitation or reset link.
 */
export async function importPeople(
  db: Db,
  actor: AdminActor,
  raw: unknown,
  options?: CommandOptions,
): Promise<CommandResult<{ count: number; userIds: string[] }>> {
  if (!isActiveAdmin(actor)) return NOT_ADMIN();
  const parsed = parseInput(input, raw, ADMIN_KEYS);
  if (!parsed.ok) return parsed;
  return inTransaction(db, options, async (tx) => {
    const { people, issues } = await validatePeopleRows(tx, actor.organisationId, parsed.value.rows);
    if (issues.length > 0) refuse(invalidAll(issues));
    if (parsed.value.dryRun) return { count: people.length, userIds: [] };
    const userIds: string[] = [];
    for (const person of people) {
      const user = await insertPerson(tx, actor.organisationId, person, {
        passwordHash: null,
        mustChangePassword: false,
      });
      userIds.push(user.id);
    }
    await appendAuditEvent(tx, auditActor(actor), {
      type: "users.imported",
      data: { count: userIds.length, userIds },
    });
    return { count: userIds.length, userIds };
  });
}
