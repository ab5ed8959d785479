/**
 * A command that throws after its write leaves neither the write nor its audit row: each command
 * runs with a `beforeCommit` hook that fails once everything is written, on a real database.
 */
import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import type { Tx } from "@/lib/db/client";
import { findMemberRole } from "@/lib/db/queries/boards";
import { findUserById } from "@/lib/db/queries/users";
import { auditLog, boards, units, users } from "@/lib/db/schema";
import {
  createBoardWithMembers,
  createUser,
  makeBoardData,
  openTestDatabase,
  type TestDatabase,
} from "@/lib/db/test-factories";
import { serializeBoard } from "@/lib/engine";
import { createPerson } from "./admin/create-person";
import { createUnit } from "./admin/create-unit";
import { importPeople } from "./admin/import-people";
import { archiveBoard } from "./boards/archive-board";
import { createBoard } from "./boards/create-board";
import { deleteBoard } from "./boards/delete-board";
import { exportBoard } from "./boards/export-board";
import { importBoard } from "./boards/import-board";
import { recordPriorityOrder } from "./boards/record-priority-order";
import type { CommandOptions } from "./command";
import { createInvitation } from "./invitations/create-invitation";
import { addMember } from "./members/add-member";
import { removeMember } from "./members/remove-member";
import { setMemberRole } from "./members/set-member-role";
import { changePassword } from "./profile/change-password";
import { recordSignIn } from "./profile/record-sign-in";
import { setLocale } from "./profile/set-locale";
import { updateProfile } from "./profile/update-profile";

let database: TestDatabase;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => {
  await database.remove();
});

/** Fails after the write, having first checked (inside the transaction) that the rows were there. */
function failingAfterWrite(seen: { auditRows?: number }): CommandOptions {
  return {
    async beforeCommit(tx: Tx) {
      const [row] = await tx.select({ n: count() }).from(auditLog);
      seen.auditRows = row?.n ?? 0;
      throw new Error("forced failure after the write");
    },
  };
}

async function counts() {
  const [audit] = await database.db.select({ n: count() }).from(auditLog);
  const [board] = await database.db.select({ n: count() }).from(boards);
  const [unit] = await database.db.select({ n: count() }).from(units);
  const [user] = await database.db.select({ n: count() }).from(users);
  return { audit: audit?.n ?? 0, boards: board?.n ?? 0, units: unit?.n ?? 0, users: user?.n ?? 0 };
}

/** Runs the command with the failing hook: it throws, the audit row existed inside, none after. */
async function expectRolledBack(run: (options: CommandOptions) => Promise<unknown>) {
  const before = await counts();
  const seen: { auditRows?: number } = {};
  await expect(run(failingAfterWrite(seen))).rejects.toThrow("forced failure after the write");
  expect(seen.auditRows).toBe(before.audit + 1);
  expect(await counts()).toEqual(before);
}

describe("a command that fails after writing leaves nothing behind", () => {
  it("createBoard and importBoard: no board, no membership, no audit row", async () => {
    const user = await createUser(database.db);
    const [unit] = await database.db
      .insert(units)
      .values({ organisationId: user.organisationId, name: "Kirurgi" })
      .returning();
    await expectRolledBack((o) =>
      createBoard(database.db, user, { name: "Plan", unitId: unit!.id, period: 2028, level: "tactical" }, o),
    );
    await expectRolledBack((o) => importBoard(database.db, user, { text: serializeBoard(makeBoardData()) }, o));
  });

  it("addMember, setMemberRole, removeMember: memberships unchanged", async () => {
    const { board, users } = await createBoardWithMembers(database.db, { owner: "owner", editor: "editor" });
    const person = await createUser(database.db, { organisationId: board.organisationId });
    const owner = users.owner;
    await expectRolledBack((o) =>
      addMember(database.db, owner, { boardId: board.id, userId: person.id, role: "viewer" }, o),
    );
    expect(await findMemberRole(database.db, board.id, person.id)).toBeUndefined();
    await expectRolledBack((o) =>
      setMemberRole(database.db, owner, { boardId: board.id, userId: users.editor.id, role: "viewer" }, o),
    );
    await expectRolledBack((o) => removeMember(database.db, owner, { boardId: board.id, userId: users.editor.id }, o));
    expect(await findMemberRole(database.db, board.id, users.editor.id)).toBe("editor");
  });

  it("updateProfile, setLocale, changePassword: the user row unchanged", async () => {
    const passwordHash = await hashPassword("gammalt-lösenord");
    const user = await createUser(database.db, { name: "Maria Lind", passwordHash });
    await expectRolledBack((o) => updateProfile(database.db, user, { name: "Maria Ek", title: "Chef" }, o));
    await expectRolledBack((o) => setLocale(database.db, user, { locale: "en" }, o));
    await expectRolledBack((o) =>
      changePassword(database.db, user, { current: "gammalt-lösenord", next: "ett-nytt-lösenord" }, o),
    );
    const stored = await findUserById(database.db, user.id);
    expect(stored).toMatchObject({ name: "Maria Lind", title: null, locale: "sv" });
    expect(await verifyPassword("gammalt-lösenord", stored!.passwordHash!)).toBe(true);
  });

  it("exportBoard, recordPriorityOrder, recordSignIn: no audit row", async () => {
    const { board, users } = await createBoardWithMembers(database.db, { viewer: "viewer", editor: "editor" });
    await expectRolledBack((o) =>
      exportBoard(database.db, users.viewer, { boardId: board.id, format: "pks-board" }, o),
    );
    await expectRolledBack((o) =>
      recordPriorityOrder(database.db, users.editor, { boardId: board.id, decision: "accept", ranks: { a: 1 } }, o),
    );
    await expectRolledBack((o) => recordSignIn(database.db, users.viewer, o));
  });

  it("administration (one framework): createUnit, createPerson, importPeople, createInvitation leave no row", async () => {
    const admin = await createUser(database.db, { isOrgAdmin: true });
    await expectRolledBack((o) => createUnit(database.db, admin, { name: "Akutkliniken" }, o));
    const person = { name: "Eva Lund", email: "eva.lund@test.se", level: "operativ" };
    await expectRolledBack((o) =>
      createPerson(database.db, admin, { ...person, temporaryPassword: "Ett-långt-lösen-9" }, o),
    );
    await expectRolledBack((o) =>
      importPeople(database.db, admin, { rows: [{ row: 1, ...person, unit: "", title: "" }] }, o),
    );
    await expectRolledBack((o) => createInvitation(database.db, admin, { email: "ny@test.se" }, o));
  });

  it("archiveBoard and deleteBoard: the board is as it was", async () => {
    const { board, users: people } = await createBoardWithMembers(database.db, { owner: "owner" });
    await expectRolledBack((o) => archiveBoard(database.db, people.owner, { boardId: board.id }, o));
    await expectRolledBack((o) =>
      deleteBoard(database.db, people.owner, { boardId: board.id, confirmName: board.name }, o),
    );
    const [stored] = await database.db.select().from(boards).where(eq(boards.id, board.id));
    expect(stored?.archivedAt).toBeNull();
  });
});
