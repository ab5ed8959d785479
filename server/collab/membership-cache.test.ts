/**
 * The membership cache of WebSocket upgrades: one shared load per board, reused for its lifetime,
 * and dropped at once by `members.changed` — signalled on this process or arriving from another
 * through pubsub — so a removed member or a changed role is never served from it.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { notifyMembershipChanged } from "@/lib/board/membership-events";
import { createDbAuthorize } from "./authorize-db";
import { type BoardMembers, createMembershipCache } from "./membership-cache";
import type { CollabPubSub, PushEnvelope } from "./pubsub";
import { createBoardWithMembers, openTestDatabase, setMemberRole, type TestDatabase } from "./test-factories";
import {
  connectClient,
  startTestServer,
  TEST_KEY,
  type TestClient,
  type TestServer,
  tokenFor,
  upgradeStatus,
  waitFor,
} from "./test-harness";

describe("createMembershipCache", () => {
  const members: BoardMembers = new Map([["u1", { name: "Anna", role: "editor" }]]);

  function setup(ttlMs: number) {
    let clock = 0;
    const loads: string[] = [];
    const cache = createMembershipCache(
      async (boardId) => {
        loads.push(boardId);
        return members;
      },
      ttlMs,
      () => clock,
    );
    return { cache, loads, advance: (ms: number) => (clock += ms) };
  }

  it("shares one load between concurrent upgrades and reuses it until it expires", async () => {
    const { cache, loads, advance } = setup(2000);
    const answers = await Promise.all([cache.get("b1"), cache.get("b1"), cache.get("b2")]);
    expect(answers[0]).toBe(members);
    expect(loads).toEqual(["b1", "b2"]);
    advance(1999);
    await cache.get("b1");
    expect(loads).toEqual(["b1", "b2"]);
    advance(1);
    await cache.get("b1");
    expect(loads).toEqual(["b1", "b2", "b1"]);
  });

  it("loads again after an invalidation, for that board only", async () => {
    const { cache, loads } = setup(60_000);
    await cache.get("b1");
    await cache.get("b2");
    cache.invalidate("b1");
    await cache.get("b1");
    await cache.get("b2");
    expect(loads).toEqual(["b1", "b2", "b1"]);
  });

  it("does not keep a load that was in flight when the board was invalidated, nor a failed one", async () => {
    let clock = 0;
    let release: (value: BoardMembers) => void = () => {};
    let calls = 0;
    const cache = createMembershipCache(
      () => {
        calls++;
        if (calls === 1) return new Promise<BoardMembers>((resolve) => (release = resolve));
        if (calls === 2) return Promise.reject(new Error("database down"));
        return Promise.resolve(members);
      },
      60_000,
      () => clock++,
    );
    const stale = cache.get("b1");
    cache.invalidate("b1"); // the membership changed while the first query ran
    await expect(cache.get("b1")).rejects.toThrow("database down");
    release(null);
    await stale;
    expect(await cache.get("b1")).toBe(members);
    expect(calls).toBe(3);
  });

  it("with a lifetime of 0 loads on every upgrade", async () => {
    const { cache, loads } = setup(0);
    await cache.get("b1");
    await cache.get("b1");
    expect(loads).toEqual(["b1", "b1"]);
  });
});

describe("upgrades with the membership cache", () => {
  let database: TestDatabase;
  let server: TestServer | null = null;
  const clients: TestClient[] = [];
  let pushListener: ((push: PushEnvelope) => void) | null = null;
  // Stands in for Redis: lets the test deliver a push "from another process".
  const pubsub: CollabPubSub = {
    publish() {},
    subscribe() {},
    unsubscribe() {},
    publishPush() {},
    onPush(listener) {
      pushListener = listener;
    },
  };

  beforeAll(async () => {
    database = await openTestDatabase();
  });
  afterEach(async () => {
    for (const c of clients.splice(0)) c.destroy();
    await server?.close();
    server = null;
  });
  afterAll(async () => {
    await database.remove();
  });

  /** A server whose cache would answer for a minute and whose periodic re-check never runs. */
  async function start() {
    server = await startTestServer(database.db, {
      authorize: createDbAuthorize(database.db, { key: TEST_KEY, cacheMs: 60_000 }),
      roleRecheckMs: 60_000,
      pubsub,
    });
    return server;
  }

  const statusOf = (s: TestServer, boardId: string, userId: string) =>
    upgradeStatus(`${s.url}/${boardId}?token=${encodeURIComponent(tokenFor(boardId, userId))}`);

  it("refuses a removed member at once when the members page signals the change", async () => {
    const { board, users } = await createBoardWithMembers(database.db, { anna: "editor", bo: "editor" });
    const s = await start();
    expect(await statusOf(s, board.id, users.bo.id)).toBe(101);
    await setMemberRole(database.db, board.id, users.bo.id, null);
    // Unannounced, the change waits for the cache to expire (the event is what makes it immediate).
    expect(await statusOf(s, board.id, users.bo.id)).toBe(101);
    notifyMembershipChanged(board.id);
    expect(await statusOf(s, board.id, users.bo.id)).toBe(403);
    expect(await statusOf(s, board.id, users.anna.id)).toBe(101);
  });

  it("opens a downgraded editor's next socket read-only", async () => {
    const { board, users } = await createBoardWithMembers(database.db, { anna: "editor" });
    const s = await start();
    expect(await statusOf(s, board.id, users.anna.id)).toBe(101);
    await setMemberRole(database.db, board.id, users.anna.id, "viewer");
    notifyMembershipChanged(board.id);
    const anna = connectClient(s.url, board.id, tokenFor(board.id, users.anna.id));
    clients.push(anna);
    await waitFor(() => anna.readOnly !== null, "read-only flag", 3000);
    expect(anna.readOnly).toBe(true);
  });

  it("refuses a removed member once another process's members.changed arrives through pubsub", async () => {
    const { board, users } = await createBoardWithMembers(database.db, { anna: "editor" });
    const s = await start();
    expect(await statusOf(s, board.id, users.anna.id)).toBe(101);
    await setMemberRole(database.db, board.id, users.anna.id, null);
    pushListener?.({ boardId: board.id, payload: JSON.stringify({ v: 1, type: "members.changed" }) });
    expect(await statusOf(s, board.id, users.anna.id)).toBe(403);
  });
});
