/** Test helpers: a fresh embedded database with an organisation, an administrator and a unit. */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { and, desc, eq } from "drizzle-orm";
import { createEmptyBoard } from "@/lib/board/empty-board";
import { type Database, openDatabase } from "@/lib/db/client";
import { insertBoardWithOwner } from "@/lib/db/queries/boards";
import { type AuditEntry, auditLog, type Board, organisations, type User, units, users } from "@/lib/db/schema";

export interface TestOrg {
  database: Database;
  dir: string;
  orgId: string;
  unitId: string;
  admin: User;
  member: User;
  close(): Promise<void>;
}

/** Opens an empty database in a temporary folder. */
export async function openTestDatabase(): Promise<{ database: Database; dir: string }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pks-admin-"));
  return { database: await openDatabase({ dataDir: dir }), dir };
}

/** An organisation with one administrator (admin@test.se), one ordinary person and one unit. */
export async function createTestOrg(): Promise<TestOrg> {
  const { database, dir } = await openTestDatabase();
  const db = database.db;
  const [org] = await db.insert(organisations).values({ name: "Region Test" }).returning();
  const [unit] = await db.insert(units).values({ organisationId: org!.id, name: "Ortopedkliniken" }).returning();
  const [admin] = await db
    .insert(users)
    .values({
      organisationId: org!.id,
      email: "admin@test.se",
      name: "Ada Admin",
      level: "strategisk",
      isOrgAdmin: true,
    })
    .returning();
  const [member] = await db
    .insert(users)
    .values({ organisationId: org!.id, email: "bo@test.se", name: "Bo Berg", level: "taktisk" })
    .returning();
  return {
    database,
    dir,
    orgId: org!.id,
    unitId: unit!.id,
    admin: admin!,
    member: member!,
    close: async () => {
      await database.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A board in the test organisation's unit, owned by `ownerId`. */
export async function createTestBoard(t: TestOrg, ownerId: string, name = "Tavla", data?: unknown): Promise<Board> {
  return insertBoardWithOwner(t.database.db, {
    organisationId: t.orgId,
    unitId: t.unitId,
    name,
    period: "2027",
    level: "tactical",
    data: data ?? createEmptyBoard({ name, unit: "Ortopedkliniken", level: "tactical", year: 2027 }),
    ownerId,
  });
}

/** The newest audit entries with an action, newest first. */
export async function auditEntries(database: Database, action: string): Promise<AuditEntry[]> {
  return database.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.action, action)))
    .orderBy(desc(auditLog.id));
}

/** Re-reads a person. */
export async function reloadUser(database: Database, id: string): Promise<User> {
  const [row] = await database.db.select().from(users).where(eq(users.id, id));
  return row!;
}
