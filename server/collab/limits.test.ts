import * as encoding from "lib0/encoding";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as syncProtocol from "y-protocols/sync";
import * as Y from "yjs";
import { boardTypes } from "@/lib/board/doc-model";
import { CloseCode, MESSAGE_SYNC } from "@/lib/board/protocol";
import { takeToken } from "./limits";
import { createBoardWithMembers, openTestDatabase, type TestDatabase } from "./test-factories";
import {
  connectClient,
  openRawSocket,
  startTestServer,
  type TestClient,
  type TestServer,
  tokenFor,
  upgradeStatus,
  waitFor,
  waitSynced,
} from "./test-harness";

let database: TestDatabase;
let server: TestServer;
let boardId: string;
let editorId: string;
let watcher: TestClient;
const lines: string[] = [];

beforeAll(async () => {
  database = await openTestDatabase();
  const { board, users } = await createBoardWithMembers(database.db, { anna: "editor", bo: "editor" });
  boardId = board.id;
  editorId = users.anna.id;
  const log = (message: string) => lines.push(message);
  server = await startTestServer(database.db, {
    // One editor opens the board-cap test's hundred sockets: the per-user cap has its own test.
    limits: { maxMessageBytes: 64 * 1024, maxConnectionsPerUser: 1000 },
    logger: { info: log, warn: log, error: log },
  });
  watcher = connectClient(server.url, boardId, tokenFor(boardId, users.bo.id));
  await waitSynced(watcher);
});
afterAll(async () => {
  watcher.destroy();
  await server.close();
  await database.remove();
});

function updateFrame(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_SYNC);
  syncProtocol.writeUpdate(encoder, update);
  return encoding.toUint8Array(encoder);
}

/** Sends `frame` from a fresh editor socket; resolves with the close code. */
async function closeCodeAfter(frames: (Uint8Array | string)[]): Promise<number> {
  const raw = await openRawSocket(server.url, boardId, tokenFor(boardId, editorId));
  for (const frame of frames) raw.ws.send(frame);
  return raw.closed;
}

/** The watcher (another client) still edits, syncs and gets acknowledgements. */
async function expectOthersUnaffected(value: string): Promise<void> {
  boardTypes(watcher.doc).meta.set("name", value);
  await waitFor(() => watcher.isSaved(), `watcher saved ${value}`);
  expect(watcher.provider.wsconnected).toBe(true);
}

describe("limits and malformed input", () => {
  it("closes a connection that sends garbage, truncated or text frames with 4400 and keeps the others", async () => {
    const doc = new Y.Doc();
    boardTypes(doc).meta.set("name", "x".repeat(100));
    const truncated = updateFrame(Y.encodeStateAsUpdate(doc)).slice(0, 40);
    const before = lines.length;

    expect(await closeCodeAfter([new Uint8Array([0xff, 0xff, 0xff, 0xff, 0xff, 0x0f, 1, 2, 3])])).toBe(4400);
    expect(await closeCodeAfter([truncated])).toBe(4400);
    expect(await closeCodeAfter([new Uint8Array([MESSAGE_SYNC, 2, 5, 1, 2, 3, 4, 5])])).toBe(4400);
    expect(await closeCodeAfter([new Uint8Array([77])])).toBe(4400);
    expect(await closeCodeAfter(["hello"])).toBe(4400);
    expect(await closeCodeAfter([new Uint8Array(0)])).toBe(4400);
    // One log line per closed connection.
    expect(lines.slice(before).filter((l) => l.includes("(4400)"))).toHaveLength(6);
    await expectOthersUnaffected("efter skräp");
  });

  it("closes a connection that sends an oversized message with 4413", async () => {
    expect(await closeCodeAfter([new Uint8Array(65 * 1024)])).toBe(CloseCode.MessageTooLarge);
    await expectOthersUnaffected("efter jättemeddelande");
  });

  it("closes a flooding connection with 4408", async () => {
    const queryAwareness = new Uint8Array([3]);
    const flood = Array.from({ length: 1000 }, () => queryAwareness);
    expect(await closeCodeAfter(flood)).toBe(CloseCode.RateLimited);
    await expectOthersUnaffected("efter flod");
  });

  it("refuses the 101st connection on a board with HTTP 429 before it opens", async () => {
    const sockets = await Promise.all(
      Array.from({ length: 98 }, () => openRawSocket(server.url, boardId, tokenFor(boardId, editorId))),
    );
    // watcher + 98 raw = 99; one more fits, the one after does not.
    const hundredth = await openRawSocket(server.url, boardId, tokenFor(boardId, editorId));
    const extra = await upgradeStatus(`${server.url}/${boardId}?token=${tokenFor(boardId, editorId)}`);
    expect(extra).toBe(429);
    expect(hundredth.ws.readyState).toBe(hundredth.ws.OPEN);
    for (const s of [...sockets, hundredth]) s.ws.close();
    await waitFor(() => server.collab.stats().connections === 1, "sockets closed");
    await expectOthersUnaffected("efter taket");
  });
});

describe("token bucket", () => {
  it("allows the burst, then the sustained rate", () => {
    const bucket = { tokens: 400, refilledAt: 0 };
    let allowed = 0;
    for (let i = 0; i < 500; i++) if (takeToken(bucket, 200, 400, 0)) allowed++;
    expect(allowed).toBe(400);
    // 100 ms later: 200/s × 0.1 s = 20 more.
    allowed = 0;
    for (let i = 0; i < 50; i++) if (takeToken(bucket, 200, 400, 100)) allowed++;
    expect(allowed).toBe(20);
  });
});
