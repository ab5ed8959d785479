import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mintCollabToken } from "@/lib/auth/collab-token";
import { createEmptyBoard } from "@/lib/board/empty-board";
import { createBoard } from "@/lib/db/queries/boards";
import { authorizeBoardMember, createDbMemberRoles } from "@/server/collab/authorize-db";
import { archiveBoard } from "../boards/archive-board";
import { deactivatePerson } from "./deactivate-person";
import { createTestOrg, type TestOrg } from "./test-db";

let t: TestOrg;
let boardId: string;
const key = "test-key";
beforeAll(async () => {
  t = await createTestOrg();
  const data = createEmptyBoard({ name: "Tavla", unit: "Ortopedkliniken", level: "tactical", year: 2027 });
  const board = await createBoard(t.database.db, {
    organisationId: t.orgId,
    unitId: t.unitId,
    name: "Tavla",
    period: "2027",
    level: "tactical",
    data,
    ownerId: t.member.id,
  });
  boardId = board.id;
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
