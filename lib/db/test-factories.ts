/**
 * Rows for tests of every layer (queries, commands, the collaboration server): factories with
 * overrides (outline `server/test/factories.ts`), so each test states only what it relies on, on a
 * real database. Not used by production code.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { and, count, eq } from "drizzle-orm";
import type { BoardRole } from "@/lib/auth/roles";
import { generateSampleBoard, type PksBoard } from "@/lib/engine";
import { type Database, type Db, openDatabase } from "./client";
import { auditLog, type Board, boardMembers, boards, organisations, type User, units, users } from "./schema";

export type TestDatabase = Database & { dataDir: string; remove(): Promise<void> };

/** A fresh embedded database in a temporary folder; `remove` closes it and deletes the folder. */
export async function openTestDatabase(): Promise<TestDatabase> {
  const dataDir = await mkdtemp(path.join(tmpdir(), "pks-test-"));
  return withRemove(await openDatabase(optionsFor(dataDir)), dataDir);
}

/** Closes the database and opens the same folder again (a restart of the process). */
export async function reopenTestDatabase(old: TestDatabase): Promise<TestDatabase> {
  await old.close();
  return withRemove(await openDatabase(optionsFor(old.dataDir)), old.dataDir);
}

/** TEST_DATABASE_URL runs the tests on PostgreSQL instead of a fresh embedded database. */
function optionsFor(dataDir: string) {
  const databaseUrl = process.env.TEST_DATABASE_URL;
  return databaseUrl ? { databaseUrl } : { dataDir };
}

function withRemove(database: Database, dataDir: string): TestDatabase {
  return {
    ...database,
    dataDir,
    async remove() {
      await database.close().catch(() => {});
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

let counter = 0;
const unique = () => `${Date.now().toString(36)}${(counter++).toString(36)}`;

/** A small valid `pks-board` document (2 resources, 3 planning objects, 4 weeks). */
export function makeBoardData(overrides: Partial<PksBoard> = {}): PksBoard {
  return { ...generateSampleBoard({ planningObjects: 3, resources: 2, weeks: 4, measures: 1 }), ...overrides };
}

/** An organisation; returns its id. */
export async function createOrganisation(db: Db, overrides: { name?: string } = {}): Promise<string> {
  const [row] = await db
    .insert(organisations)
    .values({ name: overrides.name ?? "Region Test" })
    .returning();
  return row.id;
}

/** A person (in a new organisation unless `organisationId` is given), without a password. */
export async function createUser(db: Db, overrides: Partial<typeof users.$inferInsert> = {}): Promise<User> {
  const id = unique();
  const organisationId = overrides.organisationId ?? (await createOrganisation(db));
  const [row] = await db
    .insert(users)
    .values({ email: `user-${id}@test.se`, name: `Användare ${id}`, level: "taktisk", ...overrides, organisationId })
    .returning();
  return row;
}

/** A board with the sample data in a new unit (and organisation unless given); no members. */
export async function createBoard(db: Db, overrides: Partial<typeof boards.$inferInsert> = {}): Promise<Board> {
  const organisationId = overrides.organisationId ?? (await createOrganisation(db));
  const [unit] = await db
    .insert(units)
    .values({ organisationId, name: `Enhet ${unique()}` })
    .returning();
  const [row] = await db
    .insert(boards)
    .values({
      unitId: unit.id,
      name: "Testtavla",
      period: "2027",
      level: "tactical",
      data: makeBoardData(),
      ...overrides,
      organisationId,
    })
    .returning();
  return row;
}

/** Makes the user a member of the board in the role. */
export async function addMember(db: Db, boardId: string, userId: string, role: BoardRole): Promise<void> {
  await db.insert(boardMembers).values({ boardId, userId, role });
}

/** Changes a member's role directly in the table (null removes the membership). */
export async function setMemberRole(db: Db, boardId: string, userId: string, role: BoardRole | null): Promise<void> {
  const where = and(eq(boardMembers.boardId, boardId), eq(boardMembers.userId, userId));
  if (role === null) await db.delete(boardMembers).where(where);
  else await db.update(boardMembers).set({ role }).where(where);
}

/** A board with one member per given role; `users[role]` are the members. */
export async function createBoardWithMembers<R extends string>(
  db: Db,
  roles: Record<R, BoardRole>,
  overrides: Partial<typeof boards.$inferInsert> = {},
): Promise<{ board: Board; users: Record<R, User> }> {
  const board = await createBoard(db, overrides);
  const members = {} as Record<R, User>;
  for (const [key, role] of Object.entries(roles) as [R, BoardRole][]) {
    members[key] = await createUser(db, { organisationId: board.organisationId, name: `Person ${key}` });
    await addMember(db, board.id, members[key].id, role);
  }
  return { board, users: members };
}

/** Every audit row in the database (tests assert that a refused or failed command writes none). */
export async function countAuditRows(db: Db): Promise<number> {
  const [row] = await db.select({ n: count() }).from(auditLog);
  return row?.n ?? 0;
}
