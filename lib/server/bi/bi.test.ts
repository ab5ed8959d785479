import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createRateLimiter, hashBiToken } from "@/lib/bi/token";
import { listAuditEvents } from "@/lib/db/queries/audit";
import { listBiTokens } from "@/lib/db/queries/bi-tokens";
import { biTokenUses } from "@/lib/db/schema";
import { createBoardWithMembers, openTestDatabase, type TestDatabase } from "@/lib/db/test-factories";
import type { PksBoard } from "@/lib/engine";
import { answerBiRequest } from "./bi-response";
import { createBiToken, revokeBiToken } from "./bi-tokens";
import { readBiBoard, readBiResult } from "./read-bi";

let database: TestDatabase;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => {
  await database.remove();
});

const team = () => createBoardWithMembers(database.db, { owner: "owner", editor: "editor" });
const request = (boardId: string, token?: string, path = "result") =>
  new Request(`http://localhost/api/bi/boards/${boardId}/${path}`, {
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });

describe("BI tokens", () => {
  it("owners create a token shown once and stored only as its SHA-256 hash; editors may not", async () => {
    const { board, users } = await team();
    expect(await createBiToken(database.db, users.editor, { boardId: board.id, name: "Power BI" })).toEqual({
      ok: false,
      error: { kind: "forbidden" },
    });
    const created = await createBiToken(database.db, users.owner, { boardId: board.id, name: "Power BI" });
    if (!created.ok) throw new Error("create");
    const [row] = await listBiTokens(database.db, board.id);
    expect(row.hash).toBe(hashBiToken(created.value.token));
    expect(row.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(row)).not.toContain(created.value.token);
    expect(created.value.token.startsWith(row.prefix)).toBe(true);
    const events = await listAuditEvents(database.db, { type: "board", id: board.id });
    expect(events.map((e) => e.event.type)).toEqual(["bi-token.created"]);
    const empty = await createBiToken(database.db, users.owner, { boardId: board.id, name: " " });
    expect(empty).toMatchObject({ ok: false, error: { field: "name", message: "Ge nyckeln ett namn (1–80 tecken)." } });
  });

  it("a valid token reads the board and the result; each use is recorded with its time", async () => {
    const { board, users } = await team();
    const created = await createBiToken(database.db, users.owner, { boardId: board.id, name: "BI" });
    if (!created.ok) throw new Error("create");
    const expected = await readBiResult(database.db, board.id, "plan");
    const response = await answerBiRequest(database.db, request(board.id, created.value.token), board.id, () =>
      readBiResult(database.db, board.id, "plan"),
    );
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual(JSON.parse(JSON.stringify(expected)));
    const data = (await readBiBoard(database.db, board.id)) as PksBoard;
    expect(data.planningObjects.length).toBe((board.data as PksBoard).planningObjects.length);
    const uses = await database.db.select().from(biTokenUses).where(eq(biTokenUses.tokenId, created.value.tokenId));
    expect(uses).toMatchObject([{ path: `/api/bi/boards/${board.id}/result`, status: 200 }]);
    const [row] = await listBiTokens(database.db, board.id);
    expect(row.lastUsedAt?.getTime()).toBe(uses[0].usedAt.getTime());
  });

  it("revoked, unknown, missing and other boards' tokens get 401 with nothing else", async () => {
    const { board, users } = await team();
    const other = await team();
    const created = await createBiToken(database.db, users.owner, { boardId: board.id, name: "BI" });
    const foreign = await createBiToken(database.db, other.users.owner, { boardId: other.board.id, name: "BI" });
    if (!created.ok || !foreign.ok) throw new Error("create");
    let reads = 0;
    const read = async () => {
      reads++;
      return { secret: true };
    };
    const revoke = await revokeBiToken(database.db, users.owner, { boardId: board.id, tokenId: created.value.tokenId });
    expect(revoke).toEqual({ ok: true, value: { revoked: true } });
    for (const token of [created.value.token, "pks_bi_unknown", undefined, foreign.value.token]) {
      const response = await answerBiRequest(database.db, request(board.id, token), board.id, read);
      expect(response.status).toBe(401);
      expect(await response.text()).not.toContain("secret");
    }
    expect(reads).toBe(0);
  });

  it("is rate-limited per token: the 61st request in a minute gets 429", async () => {
    let now = 0;
    const limiter = createRateLimiter(60, 60_000, () => now);
    for (let i = 0; i < 60; i++) expect(limiter.take("a")).toBe(true);
    expect(limiter.take("a")).toBe(false);
    expect(limiter.take("b")).toBe(true);
    now = 60_000;
    expect(limiter.take("a")).toBe(true);
  });
});
