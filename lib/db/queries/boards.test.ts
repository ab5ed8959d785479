import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createEmptyBoard } from "@/lib/board/empty-board";
import { type Database, openDatabase } from "../client";
import { organisations, units, users } from "../schema";
import {
  findBoardForUser,
  insertBoardWithOwner,
  LastOwnerError,
  listBoardMembers,
  listBoardsForUser,
  removeBoardMember,
  setBoardMemberRole,
} from "./boards";
import { isLoginRateLimited, MAX_FAILURES_PER_ACCOUNT, recordLoginFailure } from "./login-failures";

let database: Database;
let dir: string;
let orgId: string;
let unitId: string;
const userIds: string[] = [];

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "pks-db-"));
  database = await openDatabase({ dataDir: dir });
  const [org] = await database.db.insert(organisations).values({ name: "Region Test" }).returning();
  orgId = org!.id;
  const [unit] = await database.db.insert(units).values({ organisationId: orgId, name: "Testkliniken" }).returning();
  unitId = unit!.id;
  for (const name of ["Ada", "Bo", "Cia"]) {
    const [u] = await database.db
      .insert(users)
      .values({ organisationId: orgId, email: `${name.toLowerCase()}@test.se`, name, level: "taktisk" })
      .returning();
    userIds.push(u!.id);
  }
});
afterAll(async () => {
  await database.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function newBoard(name: string, ownerId = userIds[0]!) {
  return insertBoardWithOwner(database.db, {
    organisationId: orgId,
    unitId,
    name,
    period: "2027",
    level: "tactical",
    data: createEmptyBoard({ name, unit: "Testkliniken", level: "tactical", year: 2027 }),
    ownerId,
  });
}

describe("boards and members", () => {
  it("the creator is the owner; others do not see the board until added", async () => {
    const board = await newBoard("Plan A");
    expect((await findBoardForUser(database.db, board.id, userIds[0]!))?.role).toBe("owner");
    expect(await findBoardForUser(database.db, board.id, userIds[1]!)).toBeUndefined();
    await setBoardMemberRole(database.db, board.id, userIds[1]!, "viewer");
    expect((await findBoardForUser(database.db, board.id, userIds[1]!))?.role).toBe("viewer");
    expect((await listBoardsForUser(database.db, userIds[1]!)).map((b) => b.name)).toContain("Plan A");
  });

  it("search matches board names and units, case-insensitively, with LIKE characters taken literally", async () => {
    await newBoard("Kapacitet 100% plan");
    const names = async (q: string) => (await listBoardsForUser(database.db, userIds[0]!, q)).map((b) => b.name);
    expect(await names("kapacitet")).toEqual(["Kapacitet 100% plan"]);
    expect(await names("TESTKLINIKEN")).toHaveLength(2);
    expect(await names("100%")).toEqual(["Kapacitet 100% plan"]);
    expect(await names("%")).toEqual(["Kapacitet 100% plan"]);
  });

  it("never leaves a board without an owner", async () => {
    const board = await newBoard("Plan B");
    await expect(setBoardMemberRole(database.db, board.id, userIds[0]!, "editor")).rejects.toBeInstanceOf(
      LastOwnerError,
    );
    await expect(removeBoardMember(database.db, board.id, userIds[0]!)).rejects.toBeInstanceOf(LastOwnerError);
    await setBoardMemberRole(database.db, board.id, userIds[2]!, "owner");
    await setBoardMemberRole(database.db, board.id, userIds[0]!, "editor");
    const members = await listBoardMembers(database.db, board.id);
    expect(members.map((m) => [m.name, m.role])).toEqual([
      ["Cia", "owner"],
      ["Ada", "editor"],
    ]);
  });

  it("rate-limits sign-ins per account after repeated failures", async () => {
    const email = "ratelimit@test.se";
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT - 1; i++) await recordLoginFailure(database.db, email, `10.0.0.${i}`);
    expect(await isLoginRateLimited(database.db, email, "10.0.0.99")).toBe(false);
    await recordLoginFailure(database.db, email, "10.0.0.50");
    expect(await isLoginRateLimited(database.db, email, "10.0.0.99")).toBe(true);
    // The window passes: the same failures no longer count.
    expect(await isLoginRateLimited(database.db, email, "10.0.0.99", new Date(Date.now() + 16 * 60 * 1000))).toBe(
      false,
    );
  });
});
