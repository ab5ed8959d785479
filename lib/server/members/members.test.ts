import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { onMembershipChanged } from "@/lib/board/membership-events";
import { listAuditEvents } from "@/lib/db/queries/audit";
import { findMemberRole } from "@/lib/db/queries/boards";
import {
  countAuditRows,
  createBoardWithMembers,
  createUser,
  openTestDatabase,
  type TestDatabase,
} from "@/lib/db/test-factories";
import { addMember } from "./add-member";
import { removeMember } from "./remove-member";
import { setMemberRole } from "./set-member-role";

let database: TestDatabase;
const notified: string[] = [];
let unsubscribe: () => void;
beforeAll(async () => {
  database = await openTestDatabase();
  unsubscribe = onMembershipChanged((boardId) => notified.push(boardId));
});
afterEach(() => {
  notified.length = 0;
});
afterAll(async () => {
  unsubscribe();
  await database.remove();
});

const boardWithTeam = () => createBoardWithMembers(database.db, { owner: "owner", editor: "editor" });
const boardEvents = (boardId: string) =>
  listAuditEvents(database.db, { type: "board", id: boardId }).then((rows) => rows.map((r) => r.event));

describe("addMember", () => {
  it("adds a person of the organisation, records one member.added and tells the collaboration server", async () => {
    const { board, users } = await boardWithTeam();
    const person = await createUser(database.db, { organisationId: board.organisationId });
    const result = await addMember(database.db, users.owner, { boardId: board.id, userId: person.id, role: "viewer" });
    expect(result).toEqual({ ok: true, value: { boardId: board.id } });
    expect(await findMemberRole(database.db, board.id, person.id)).toBe("viewer");
    expect(await boardEvents(board.id)).toEqual([
      { type: "member.added", data: { boardId: board.id, memberId: person.id, role: "viewer" } },
    ]);
    expect(notified).toEqual([board.id]);
  });

  it("refuses editors (403) and non-members (404) without writing", async () => {
    const { board, users } = await boardWithTeam();
    const person = await createUser(database.db, { organisationId: board.organisationId });
    const input = { boardId: board.id, userId: person.id, role: "editor" };
    expect(await addMember(database.db, users.editor, input)).toEqual({ ok: false, error: { kind: "forbidden" } });
    expect(await addMember(database.db, person, input)).toEqual({ ok: false, error: { kind: "not-found" } });
    expect(await findMemberRole(database.db, board.id, person.id)).toBeUndefined();
    expect(await boardEvents(board.id)).toEqual([]);
    expect(notified).toEqual([]);
  });

  it("names the field with a Swedish message: no person chosen, someone of another organisation, a member", async () => {
    const { board, users } = await boardWithTeam();
    const stranger = await createUser(database.db);
    const auditBefore = await countAuditRows(database.db);
    const refused = async (userId: string, role = "viewer") => {
      const result = await addMember(database.db, users.owner, { boardId: board.id, userId, role });
      return result.ok ? null : result.error;
    };
    expect(await refused("")).toMatchObject({ field: "userId", message: "Välj en person i din organisation." });
    expect(await refused(stranger.id)).toMatchObject({
      field: "userId",
      message: "Välj en person i din organisation.",
    });
    expect(await refused(users.editor.id)).toMatchObject({
      field: "userId",
      message: "Personen är redan med på tavlan.",
    });
    expect(await refused(stranger.id, "admin")).toMatchObject({ field: "role", message: "Välj en roll." });
    expect(await findMemberRole(database.db, board.id, stranger.id)).toBeUndefined();
    expect(await countAuditRows(database.db)).toBe(auditBefore);
  });
});

describe("setMemberRole", () => {
  it("changes the role and records one member.role-changed with the old and new role", async () => {
    const { board, users } = await boardWithTeam();
    const input = { boardId: board.id, userId: users.editor.id, role: "owner" };
    expect(await setMemberRole(database.db, users.owner, input)).toEqual({
      ok: true,
      value: { boardId: board.id, changed: true },
    });
    expect(await findMemberRole(database.db, board.id, users.editor.id)).toBe("owner");
    expect(await boardEvents(board.id)).toEqual([
      {
        type: "member.role-changed",
        data: { boardId: board.id, memberId: users.editor.id, from: "editor", to: "owner" },
      },
    ]);
    expect(notified).toEqual([board.id]);
  });

  it("refuses to demote the last owner (field role) and keeps the role and the log unchanged", async () => {
    const { board, users } = await boardWithTeam();
    const result = await setMemberRole(database.db, users.owner, {
      boardId: board.id,
      userId: users.owner.id,
      role: "editor",
    });
    expect(result).toEqual({
      ok: false,
      error: {
        kind: "invalid",
        field: "role",
        code: "members.errors.lastOwner",
        message: "Tavlan måste ha minst en ägare. Gör någon annan till ägare först.",
      },
    });
    expect(await findMemberRole(database.db, board.id, users.owner.id)).toBe("owner");
    expect(await boardEvents(board.id)).toEqual([]);
    expect(notified).toEqual([]);
  });

  it("refuses editors and people who are not on the board; an unchanged role records nothing", async () => {
    const { board, users } = await boardWithTeam();
    const person = await createUser(database.db, { organisationId: board.organisationId });
    const asEditor = await setMemberRole(database.db, users.editor, {
      boardId: board.id,
      userId: users.editor.id,
      role: "owner",
    });
    expect(asEditor).toEqual({ ok: false, error: { kind: "forbidden" } });
    const notMember = await setMemberRole(database.db, users.owner, {
      boardId: board.id,
      userId: person.id,
      role: "viewer",
    });
    expect(notMember.ok === false && notMember.error).toMatchObject({
      field: "userId",
      code: "members.errors.notMember",
    });
    const same = await setMemberRole(database.db, users.owner, {
      boardId: board.id,
      userId: users.editor.id,
      role: "editor",
    });
    expect(same).toEqual({ ok: true, value: { boardId: board.id, changed: false } });
    expect(await boardEvents(board.id)).toEqual([]);
  });
});

describe("removeMember", () => {
  it("removes the member and records one member.removed with the role they had", async () => {
    const { board, users } = await boardWithTeam();
    expect(await removeMember(database.db, users.owner, { boardId: board.id, userId: users.editor.id })).toEqual({
      ok: true,
      value: { boardId: board.id },
    });
    expect(await findMemberRole(database.db, board.id, users.editor.id)).toBeUndefined();
    expect(await boardEvents(board.id)).toEqual([
      { type: "member.removed", data: { boardId: board.id, memberId: users.editor.id, role: "editor" } },
    ]);
    expect(notified).toEqual([board.id]);
  });

  it("refuses removing the last owner and refuses editors, writing nothing", async () => {
    const { board, users } = await boardWithTeam();
    const last = await removeMember(database.db, users.owner, { boardId: board.id, userId: users.owner.id });
    expect(last.ok === false && last.error).toMatchObject({ field: "userId", code: "members.errors.lastOwner" });
    const asEditor = await removeMember(database.db, users.editor, { boardId: board.id, userId: users.owner.id });
    expect(asEditor).toEqual({ ok: false, error: { kind: "forbidden" } });
    expect(await findMemberRole(database.db, board.id, users.owner.id)).toBe("owner");
    expect(await boardEvents(board.id)).toEqual([]);
  });
});
