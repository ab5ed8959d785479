import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listAuditEvents } from "@/lib/db/queries/audit";
import { findBoardForUser } from "@/lib/db/queries/boards";
import { boards, units } from "@/lib/db/schema";
import {
  addMember,
  countAuditRows,
  createBoard as createBoardRow,
  createUser,
  makeBoardData,
  openTestDatabase,
  type TestDatabase,
} from "@/lib/db/test-factories";
import { serializeBoard } from "@/lib/engine";
import { createBoard } from "./create-board";
import { exportBoard } from "./export-board";
import { importBoard } from "./import-board";

let database: TestDatabase;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => {
  await database.remove();
});

async function boardCount(): Promise<number> {
  const [row] = await database.db.select({ n: count() }).from(boards);
  return row?.n ?? 0;
}

async function personWithUnit() {
  const user = await createUser(database.db);
  const [unit] = await database.db
    .insert(units)
    .values({ organisationId: user.organisationId, name: "Ortopedkliniken" })
    .returning();
  return { user, unit: unit! };
}

describe("createBoard", () => {
  it("creates the board with the actor as owner and records one board.created", async () => {
    const { user, unit } = await personWithUnit();
    const result = await createBoard(database.db, user, {
      name: "  Ortopedi 2028 ",
      unitId: unit.id,
      period: "2028",
      level: "tactical",
    });
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    const board = result.value;
    expect(board.name).toBe("Ortopedi 2028");
    expect((await findBoardForUser(database.db, board.id, user.id))?.role).toBe("owner");
    expect((board.data as { horizon: { start: string; weeks: number } }).horizon).toEqual({
      start: "2028-W01",
      weeks: 52,
    });
    const events = await listAuditEvents(database.db, { type: "board", id: board.id });
    expect(events).toEqual([
      {
        userId: user.id,
        createdAt: expect.any(Date),
        event: {
          type: "board.created",
          data: { boardId: board.id, name: "Ortopedi 2028", unitId: unit.id, period: "2028", level: "tactical" },
        },
      },
    ]);
  });

  it("refuses a bad year with the field and a Swedish message, and writes nothing", async () => {
    const { user, unit } = await personWithUnit();
    const [boardsBefore, auditBefore] = [await boardCount(), await countAuditRows(database.db)];
    const result = await createBoard(database.db, user, {
      name: "Plan",
      unitId: unit.id,
      period: "1999",
      level: "tactical",
    });
    expect(result).toEqual({
      ok: false,
      error: {
        kind: "invalid",
        field: "period",
        code: "newBoard.errors.period",
        message: "Ange ett år mellan 2000 och 2100.",
      },
    });
    expect(await boardCount()).toBe(boardsBefore);
    expect(await countAuditRows(database.db)).toBe(auditBefore);
  });

  it("refuses a unit of another organisation (the actor may not create boards there)", async () => {
    const { user } = await personWithUnit();
    const other = await personWithUnit();
    const auditBefore = await countAuditRows(database.db);
    const result = await createBoard(database.db, user, {
      name: "Plan",
      unitId: other.unit.id,
      period: 2028,
      level: "tactical",
    });
    expect(result.ok === false && result.error).toMatchObject({ kind: "invalid", field: "unitId" });
    expect(result.ok === false && result.error.kind === "invalid" && result.error.message).toBe(
      "Välj en verksamhet i din organisation.",
    );
    expect(await database.db.select().from(boards).where(eq(boards.unitId, other.unit.id))).toEqual([]);
    expect(await countAuditRows(database.db)).toBe(auditBefore);
  });
});

describe("importBoard", () => {
  it("creates a board from a pks-board document and records one board.imported with its size", async () => {
    const user = await createUser(database.db);
    const text = serializeBoard(
      makeBoardData({ board: { name: "Importerad", unit: "Kirurgi", level: "operational" } }),
    );
    const result = await importBoard(database.db, user, { text });
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    expect(result.value).toMatchObject({
      name: "Importerad",
      level: "operational",
      organisationId: user.organisationId,
    });
    const events = await listAuditEvents(database.db, { type: "board", id: result.value.id });
    expect(events.map((e) => e.event)).toEqual([
      {
        type: "board.imported",
        data: { boardId: result.value.id, name: "Importerad", bytes: Buffer.byteLength(text) },
      },
    ]);
  });

  it("refuses an invalid document with every error line and stores nothing", async () => {
    const user = await createUser(database.db);
    const [boardsBefore, auditBefore] = [await boardCount(), await countAuditRows(database.db)];
    const bad = { ...makeBoardData(), horizon: { start: "2026-W54", weeks: 4 } };
    const result = await importBoard(database.db, user, { text: JSON.stringify(bad) });
    expect(result.ok).toBe(false);
    if (result.ok || result.error.kind !== "invalid") throw new Error("expected a field error");
    expect(result.error.field).toBe("document");
    expect(result.error.message).toBe("Filen är inte ett giltigt pks-board-dokument.");
    expect(result.error.details?.[0]).toContain("horizon.start");
    expect(await boardCount()).toBe(boardsBefore);
    expect(await countAuditRows(database.db)).toBe(auditBefore);
  });
});

describe("exportBoard", () => {
  it("gives any member the board's data and records one board.exported in the format", async () => {
    const board = await createBoardRow(database.db);
    const viewer = await createUser(database.db, { organisationId: board.organisationId });
    await addMember(database.db, board.id, viewer.id, "viewer");
    const result = await exportBoard(database.db, viewer, { boardId: board.id, format: "xlsx" });
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    expect(result.value.data.planningObjects).toHaveLength(3);
    const events = await listAuditEvents(database.db, { type: "board", id: board.id });
    expect(events).toMatchObject([
      { userId: viewer.id, event: { type: "board.exported", data: { boardId: board.id, format: "xlsx" } } },
    ]);
  });

  it("answers not-found to non-members and for ids that are no UUID, and records nothing", async () => {
    const board = await createBoardRow(database.db);
    const outsider = await createUser(database.db, { organisationId: board.organisationId });
    const auditBefore = await countAuditRows(database.db);
    expect(await exportBoard(database.db, outsider, { boardId: board.id, format: "pks-board" })).toEqual({
      ok: false,
      error: { kind: "not-found" },
    });
    expect(await exportBoard(database.db, outsider, { boardId: "1 or 1=1", format: "pks-board" })).toEqual({
      ok: false,
      error: { kind: "not-found" },
    });
    expect(await countAuditRows(database.db)).toBe(auditBefore);
  });
});

describe("createBoard input", () => {
  it("names every wrong field at once, each with its Swedish message", async () => {
    const user = await createUser(database.db);
    const result = await createBoard(database.db, user, { name: "", unitId: "", period: "", level: "tactical" });
    expect(result.ok === false && result.error).toEqual({
      kind: "invalid",
      field: "name",
      code: "newBoard.errors.name",
      message: "Ange ett namn (2–120 tecken).",
      others: [
        { field: "unitId", code: "newBoard.errors.unit", message: "Välj en verksamhet i din organisation." },
        { field: "period", code: "newBoard.errors.period", message: "Ange ett år mellan 2000 och 2100." },
      ],
    });
  });
});
