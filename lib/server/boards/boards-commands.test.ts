import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadBoardData } from "@/lib/db/queries/board-data";
import { findBoardForUser, insertBoardWithOwner, listBoardsForUser, setBoardMemberRole } from "@/lib/db/queries/boards";
import { boards } from "@/lib/db/schema";
import { createOrthoBoard } from "@/lib/demo/ortho-board";
import { computeBoard } from "@/lib/engine";
import { assignBoardOwner } from "../admin/assign-board-owner";
import { auditEntries, createTestOrg, type TestOrg } from "../admin/test-db";
import { archiveBoard } from "./archive-board";
import { createNextPeriod } from "./create-next-period";
import { deleteBoard } from "./delete-board";

let t: TestOrg;
let boardId: string;
const NAME = "Ortopedkliniken — produktionsplan 2027";
beforeAll(async () => {
  t = await createTestOrg();
  const board = await insertBoardWithOwner(t.database.db, {
    organisationId: t.orgId,
    unitId: t.unitId,
    name: NAME,
    period: "2027",
    level: "tactical",
    data: createOrthoBoard({ startYear: 2027 }),
    ownerId: t.member.id,
  });
  boardId = board.id;
});
afterAll(() => t.close());

describe("boards over time", () => {
  it("creates next period's board linked back, with 2027's outcomes as history, computable", async () => {
    expect(await createNextPeriod(t.database.db, t.admin, { boardId })).toMatchObject({ error: { kind: "not-found" } });
    const result = await createNextPeriod(t.database.db, t.member, { boardId });
    if (!result.ok) throw new Error(JSON.stringify(result));
    expect(result.value).toMatchObject({
      period: "2028",
      previousBoardId: boardId,
      name: "Ortopedkliniken — produktionsplan 2028",
    });
    const data = await loadBoardData(t.database.db, result.value);
    expect(data.horizon.start).toBe("2028-W01");
    const source = createOrthoBoard({ startYear: 2027 });
    const [poId, outcomes] = Object.entries(source.outcomes!)[0]!;
    const [week, outcome] = Object.entries(outcomes)[0]!;
    const po = data.planningObjects.find((p) => p.id === poId)!;
    expect(po.history?.[week]).toBe(outcome.inflow ?? outcome.produced);
    expect(data.outcomes).toBeUndefined();
    expect(Object.keys(computeBoard(data).planningObjects)).toHaveLength(source.planningObjects.length);
    expect((await auditEntries(t.database, "board.next-period-created"))[0]?.details).toMatchObject({
      fromBoardId: boardId,
      period: "2028",
    });
    expect((await findBoardForUser(t.database.db, result.value.id, t.member.id))?.role).toBe("owner");
  });

  it("archives (read-only, out of the list, found by search) and opens again; owners only", async () => {
    await setBoardMemberRole(t.database.db, boardId, t.admin.id, "editor");
    expect(await archiveBoard(t.database.db, t.admin, { boardId })).toMatchObject({ error: { kind: "forbidden" } });
    expect((await archiveBoard(t.database.db, t.member, { boardId })).ok).toBe(true);
    expect((await findBoardForUser(t.database.db, boardId, t.member.id))?.role).toBe("viewer");
    const listed = await listBoardsForUser(t.database.db, t.member.id);
    expect(listed.map((b) => b.id)).not.toContain(boardId);
    const found = await listBoardsForUser(t.database.db, t.member.id, "2027");
    expect(found.map((b) => b.id)).toContain(boardId);
    expect(await auditEntries(t.database, "board.archived")).toHaveLength(1);
    expect((await archiveBoard(t.database.db, t.member, { boardId, archived: false })).ok).toBe(true);
    expect((await findBoardForUser(t.database.db, boardId, t.member.id))?.role).toBe("owner");
  });

  it("an administrator assigns a new owner", async () => {
    expect(await assignBoardOwner(t.database.db, t.member, { boardId, userId: t.admin.id })).toMatchObject({
      error: { kind: "forbidden" },
    });
    expect((await assignBoardOwner(t.database.db, t.admin, { boardId, userId: t.admin.id })).ok).toBe(true);
    expect((await findBoardForUser(t.database.db, boardId, t.admin.id))?.role).toBe("owner");
    expect((await auditEntries(t.database, "board.owner-assigned"))[0]?.details).toEqual({
      boardId,
      ownerId: t.admin.id,
    });
  });

  it("deletes only after the exact name is typed", async () => {
    expect(await deleteBoard(t.database.db, t.member, { boardId, confirmName: "Ortopedkliniken" })).toMatchObject({
      ok: false,
      error: { field: "confirmName", code: "admin.errors.confirmName" },
    });
    expect((await deleteBoard(t.database.db, t.member, { boardId, confirmName: NAME })).ok).toBe(true);
    expect(await t.database.db.select().from(boards).where(eq(boards.id, boardId))).toHaveLength(0);
    expect((await auditEntries(t.database, "board.deleted"))[0]?.details).toEqual({ boardId, name: NAME });
  });
});
