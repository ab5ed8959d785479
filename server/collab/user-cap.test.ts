/**
 * Issue 10, failure 2: 500 sockets from one editor took all of a board's connections and the
 * owner was refused. Now one user holds at most 8 per board, the next upgrade is refused with
 * HTTP 429 before any WebSocket opens, and other people still get in.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import WebSocket from "ws";
import { addMember, createBoardWithMembers, openTestDatabase, type TestDatabase } from "./test-factories";
import {
  connectClient,
  openRawSocket,
  startTestServer,
  type TestServer,
  tokenFor,
  upgradeStatus,
  waitFor,
  waitSynced,
} from "./test-harness";

let database: TestDatabase;
let server: TestServer;
let boardId: string;
let otherBoardId: string;
let ids: { mallory: string; owner: string };

beforeAll(async () => {
  database = await openTestDatabase();
  const { board, users } = await createBoardWithMembers(database.db, { mallory: "editor", owner: "owner" });
  const other = await createBoardWithMembers(database.db, {});
  await addMember(database.db, other.board.id, users.mallory.id, "editor");
  boardId = board.id;
  otherBoardId = other.board.id;
  ids = { mallory: users.mallory.id, owner: users.owner.id };
  server = await startTestServer(database.db, { limits: { maxConnectionsPerBoard: 20 } });
});
afterAll(async () => {
  await server.close();
  await database.remove();
});

const urlFor = (board: string, user: string) => `${server.url}/${board}?token=${tokenFor(board, user)}`;

describe("per-user connection cap", () => {
  it("refuses a user's ninth socket on a board with HTTP 429 and keeps room for others", async () => {
    const refusedBefore = server.collab.stats().upgradesRefused;
    // 30 at once, more than the board's 20: the same user never gets more than 8.
    const statuses = await Promise.all(
      Array.from({ length: 30 }, () => upgradeStatusKept(urlFor(boardId, ids.mallory))),
    );
    expect(statuses.filter((s) => s.status === 101)).toHaveLength(8);
    expect(statuses.filter((s) => s.status === 429)).toHaveLength(22);
    expect(server.collab.stats().upgradesRefused - refusedBefore).toBe(22);
    // The owner still gets in and syncs.
    const owner = connectClient(server.url, boardId, tokenFor(boardId, ids.owner));
    await waitSynced(owner);
    expect(owner.closeCodes).toEqual([]);
    // The cap is per board: the same user can still open another board.
    expect(await upgradeStatus(urlFor(otherBoardId, ids.mallory))).toBe(101);
    // A closed socket gives its slot back.
    for (const s of statuses) s.close();
    await waitFor(() => server.collab.stats().connections <= 1, "sockets closed");
    const again = await openRawSocket(server.url, boardId, tokenFor(boardId, ids.mallory));
    expect(again.ws.readyState).toBe(again.ws.OPEN);
    again.ws.close();
    owner.destroy();
  });
});

/** Like upgradeStatus, but an accepted socket stays open until `close`. */
function upgradeStatusKept(url: string): Promise<{ status: number; close(): void }> {
  return new Promise((resolve) => {
    const ws = new WebSocket(url);
    ws.on("unexpected-response", (_req, res) => {
      resolve({ status: res.statusCode ?? 0, close: () => ws.terminate() });
    });
    ws.on("open", () => resolve({ status: 101, close: () => ws.close() }));
    ws.on("error", () => resolve({ status: 0, close: () => {} }));
  });
}
