/**
 * The database itself refuses to change the audit trail: UPDATE and DELETE of audit_log raise
 * (migration 0006's trigger), while removing a person only clears the row's user id.
 */
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, users } from "../schema";
import { createBoard, createUser, openTestDatabase, type TestDatabase } from "../test-factories";
import { appendAuditEvent } from "./audit";

let database: TestDatabase;
let rowId: number;
let userId: string;

beforeAll(async () => {
  database = await openTestDatabase();
  const board = await createBoard(database.db);
  const user = await createUser(database.db, { organisationId: board.organisationId });
  userId = user.id;
  await appendAuditEvent(
    database.db,
    { userId: user.id, organisationId: board.organisationId },
    { type: "board.exported", data: { boardId: board.id, format: "xlsx" } },
  );
  const [row] = await database.db.select().from(auditLog).where(eq(auditLog.userId, user.id));
  rowId = row.id;
});
afterAll(async () => {
  await database.remove();
});

/** The database's own message for a refused statement (drizzle wraps it as the cause). */
async function refusal(statement: PromiseLike<unknown>): Promise<string> {
  try {
    await statement;
  } catch (error) {
    const cause = (error as { cause?: { message?: string } }).cause;
    return cause?.message ?? (error as Error).message;
  }
  return "not refused";
}

describe("audit_log at database level", () => {
  it("refuses an UPDATE of a row", async () => {
    expect(
      await refusal(database.db.update(auditLog).set({ action: "board.deleted" }).where(eq(auditLog.id, rowId))),
    ).toBe("audit_log is append-only: UPDATE is not allowed");
    expect(await refusal(database.db.execute(sql`update audit_log set details = '{}'::jsonb`))).toMatch(/append-only/);
    const [row] = await database.db.select().from(auditLog).where(eq(auditLog.id, rowId));
    expect(row.action).toBe("board.exported");
  });

  it("refuses a DELETE of a row", async () => {
    expect(await refusal(database.db.delete(auditLog).where(eq(auditLog.id, rowId)))).toBe(
      "audit_log is append-only: DELETE is not allowed",
    );
    expect(await database.db.select().from(auditLog).where(eq(auditLog.id, rowId))).toHaveLength(1);
  });

  it("keeps the row when its person is removed, with the user id cleared", async () => {
    await database.db.delete(users).where(eq(users.id, userId));
    const [row] = await database.db.select().from(auditLog).where(eq(auditLog.id, rowId));
    expect(row).toMatchObject({ action: "board.exported", userId: null });
  });
});
