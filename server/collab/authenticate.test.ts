import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mintCollabToken } from "@/lib/auth/collab-token";
import { createBoard, createBoardWithMembers, createUser, openTestDatabase, type TestDatabase } from "./test-factories";
import { startTestServer, TEST_KEY, type TestServer, tokenFor, upgradeStatus } from "./test-harness";

let database: TestDatabase;
let server: TestServer;

beforeAll(async () => {
  database = await openTestDatabase();
  server = await startTestServer(database.db, {
    allowedOrigins: ["https://planering.region.se"],
    allowMissingOrigin: true,
  });
});
afterAll(async () => {
  await server.close();
  await database.remove();
});

describe("upgrade authentication", () => {
  it("refuses bad, expired, foreign and missing tokens, strangers and wrong origins before loading anything", async () => {
    const { board, users } = await createBoardWithMembers(database.db, { anna: "editor" });
    const other = await createBoard(database.db);
    const stranger = await createUser(database.db);
    const url = (boardId: string, token?: string) => `${server.url}/${boardId}${token ? `?token=${token}` : ""}`;
    const expired = mintCollabToken(
      { boardId: board.id, userId: users.anna.id },
      { key: TEST_KEY, now: Date.now() - 120_000 },
    );
    const wrongKey = mintCollabToken({ boardId: board.id, userId: users.anna.id }, { key: "another-secret" });

    expect(await upgradeStatus(url(board.id))).toBe(401);
    expect(await upgradeStatus(url(board.id, "garbage.token"))).toBe(401);
    expect(await upgradeStatus(url(board.id, expired))).toBe(401);
    expect(await upgradeStatus(url(board.id, wrongKey))).toBe(401);
    // A valid token for another board does not open this one.
    expect(await upgradeStatus(url(board.id, tokenFor(other.id, users.anna.id)))).toBe(401);
    expect(await upgradeStatus(url(board.id, tokenFor(board.id, stranger.id)))).toBe(403);
    const missing = "00000000-0000-4000-8000-000000000000";
    expect(await upgradeStatus(url(missing, tokenFor(missing, users.anna.id)))).toBe(404);
    expect(
      await upgradeStatus(url(board.id, tokenFor(board.id, users.anna.id)), { Origin: "https://evil.example" }),
    ).toBe(403);

    const stats = server.collab.stats();
    expect(stats.docsLoaded).toBe(0);
    expect(stats.upgradesRefused).toBe(8);
    expect(stats.connections).toBe(0);

    // The same member with a good token and an allowed origin gets in.
    expect(
      await upgradeStatus(url(board.id, tokenFor(board.id, users.anna.id)), { Origin: "https://planering.region.se" }),
    ).toBe(101);
    expect(server.collab.stats().docsLoaded).toBe(1);
  });

  it("refuses a missing Origin unless non-browser clients are allowed", async () => {
    const { board, users } = await createBoardWithMembers(database.db, { anna: "editor" });
    const strict = await startTestServer(database.db, { allowedOrigins: (origin) => origin.endsWith(".region.se") });
    try {
      const url = `${strict.url}/${board.id}?token=${tokenFor(board.id, users.anna.id)}`;
      expect(await upgradeStatus(url)).toBe(403);
      expect(await upgradeStatus(url, { Origin: "https://planering.region.se" })).toBe(101);
    } finally {
      await strict.close();
    }
  });

  it("claims only paths under /collab", async () => {
    const status = await upgradeStatus(`ws://127.0.0.1:${server.port}/_next/webpack-hmr`);
    // Not ours: the test host destroys unclaimed upgrades (no HTTP answer at all).
    expect(status).toBe(0);
  });
});
