import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AuditEvent } from "@/lib/audit/events";
import { countAuditRows, createBoard, createUser, openTestDatabase, type TestDatabase } from "../test-factories";
import { appendAuditEvent, listAuditEvents } from "./audit";

let database: TestDatabase;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => {
  await database.remove();
});

describe("typed audit events", () => {
  it("stores an event under its board and reads it back typed, oldest first", async () => {
    const board = await createBoard(database.db);
    const user = await createUser(database.db, { organisationId: board.organisationId });
    const actor = { userId: user.id, organisationId: board.organisationId };
    await appendAuditEvent(database.db, actor, { type: "board.exported", data: { boardId: board.id, format: "xlsx" } });
    await appendAuditEvent(database.db, actor, {
      type: "member.role-changed",
      data: { boardId: board.id, memberId: user.id, from: "viewer", to: "editor" },
    });
    const events = await listAuditEvents(database.db, { type: "board", id: board.id });
    expect(events.map((e) => [e.userId, e.event.type])).toEqual([
      [user.id, "board.exported"],
      [user.id, "member.role-changed"],
    ]);
    expect(await listAuditEvents(database.db, { type: "user", id: board.id })).toEqual([]);
  });

  it("refuses an event that does not match its schema before writing anything", async () => {
    const board = await createBoard(database.db);
    const before = await countAuditRows(database.db);
    const actor = { userId: null, organisationId: board.organisationId };
    const badRole = {
      type: "member.added",
      data: { boardId: board.id, memberId: board.id, role: "admin" },
    } as unknown as AuditEvent;
    await expect(appendAuditEvent(database.db, actor, badRole)).rejects.toThrow(/role/);
    const unknownType = { type: "board.deleted", data: { boardId: board.id } } as unknown as AuditEvent;
    await expect(appendAuditEvent(database.db, actor, unknownType)).rejects.toThrow();
    const emptyChange = { type: "profile.updated", data: { userId: board.id, changes: {} } } as unknown as AuditEvent;
    await expect(appendAuditEvent(database.db, actor, emptyChange)).rejects.toThrow(/no change/);
    expect(await countAuditRows(database.db)).toBe(before);
  });
});
