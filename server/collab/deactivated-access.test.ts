import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mintCollabToken } from "@/lib/auth/collab-token";
import { deactivatePerson } from "@/lib/server/admin/deactivate-person";
import { createTestBoard, createTestOrg, type TestOrg } from "@/lib/server/admin/test-db";
import { archiveBoard } from "@/lib/server/boards/archive-board";
import { authorizeBoardMember, createDbMemberRoles } from "./authorize-db";

let t: TestOrg;
let boardId: string;
const key = "test-key";
beforeAll(async () => {
  t = await createTestOrg();
  boardId = (await createTestBoard(t, t.member.id)).id;
});
afterAll(() => t.close());

describe("the collaboration server and deactivated people or archived boards", () => {
  it("an archived board is read-only on sockets; a deactivated member is refused and dropped from the re-check", async () => {
    const token = () => mintCollabToken({ boardId, userId: t.member.id }, { key });
    const roles = createDbMemberRoles(t.database.db);
    expect(await authorizeBoardMember(t.database.db, boardId, token(), { key })).toMatchObject({
      ok: true,
      role: "owner",
    });
    await archiveBoard(t.database.db, t.member, { boardId });
    expect(await authorizeBoardMember(t.database.db, boardId, token(), { key })).toMatchObject({
      ok: true,
      role: "viewer",
    });
    expect((await roles(boardId))?.get(t.member.id)).toBe("viewer");
    await deactivatePerson(t.database.db, t.admin, { userId: t.member.id });
    expect(await authorizeBoardMember(t.database.db, boardId, token(), { key })).toEqual({ ok: false, status: 403 });
    expect((await roles(boardId))?.has(t.member.id)).toBe(false);
  });
});
