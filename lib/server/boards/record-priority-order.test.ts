import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listAuditEvents } from "@/lib/db/queries/audit";
import { countAuditRows, createBoardWithMembers, openTestDatabase, type TestDatabase } from "@/lib/db/test-factories";
import { recordPriorityOrder } from "./record-priority-order";

let database: TestDatabase;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => {
  await database.remove();
});

describe("recordPriorityOrder", () => {
  it("records the editor's decision with its ranks, and a clearing, as typed board events", async () => {
    const { board, users } = await createBoardWithMembers(database.db, { editor: "editor" });
    const decided = await recordPriorityOrder(database.db, users.editor, {
      boardId: board.id,
      decision: "accept",
      ranks: { "po-1": 1, "po-2": 2 },
      queried: ["po-3"],
    });
    expect(decided.ok).toBe(true);
    await recordPriorityOrder(database.db, users.editor, { boardId: board.id, decision: "clear", ranks: {} });
    const events = (await listAuditEvents(database.db, { type: "board", id: board.id })).map((e) => e.event);
    expect(events).toEqual([
      {
        type: "board.priority-order-decided",
        data: { boardId: board.id, basis: "medical-priority", ranks: { "po-1": 1, "po-2": 2 }, queried: ["po-3"] },
      },
      {
        type: "board.priority-order-cleared",
        data: { boardId: board.id, basis: "medical-priority", ranks: {}, queried: [] },
      },
    ]);
  });

  it("refuses a viewer, a non-member and a rank of 0 with the field and a Swedish message, writing nothing", async () => {
    const { board, users } = await createBoardWithMembers(database.db, { viewer: "viewer" });
    const other = await createBoardWithMembers(database.db, { owner: "owner" });
    const before = await countAuditRows(database.db);
    const input = { boardId: board.id, decision: "accept", ranks: { "po-1": 1 } };
    expect(await recordPriorityOrder(database.db, users.viewer, input)).toEqual({
      ok: false,
      error: { kind: "forbidden" },
    });
    expect(await recordPriorityOrder(database.db, other.users.owner, input)).toEqual({
      ok: false,
      error: { kind: "not-found" },
    });
    expect(await recordPriorityOrder(database.db, users.viewer, { ...input, ranks: { "po-1": 0 } })).toMatchObject({
      ok: false,
      error: { kind: "invalid", field: "ranks", message: "En rang ska vara ett heltal 1–10 000." },
    });
    expect(await countAuditRows(database.db)).toBe(before);
  });
});
