/**
 * Issue 10, failure 3: updates that can never be applied (a clock gap, a deletion of clocks the
 * server does not have) were kept as pending structs in the room's document, grew its memory and
 * were handed to the next client that joined. Now they are refused with 4400 and never applied,
 * stored or broadcast — except an incomplete update sent before the connection's sync step 2,
 * which is dropped without a close, because that step 2 carries it (an edit made while connecting).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { CloseCode, MESSAGE_SAVED } from "@/lib/board/protocol";
import { loadBoardDocState } from "@/lib/db/queries/board-docs";
import { encodeSyncStep2, encodeUpdateMessage } from "./message";
import { createBoardWithMembers, openTestDatabase, type TestDatabase } from "./test-factories";
import {
  connectClient,
  openRawSocket,
  startTestServer,
  type TestClient,
  type TestServer,
  tokenFor,
  waitFor,
  waitSynced,
} from "./test-harness";
import { checkIncomingUpdate } from "./update-check";

let database: TestDatabase;
let server: TestServer;
let boardId: string;
let editorId: string;
let watcher: TestClient;

beforeAll(async () => {
  database = await openTestDatabase();
  const { board, users } = await createBoardWithMembers(database.db, { anna: "editor", bo: "editor" });
  boardId = board.id;
  editorId = users.anna.id;
  server = await startTestServer(database.db);
  watcher = connectClient(server.url, boardId, tokenFor(boardId, users.bo.id));
  await waitSynced(watcher);
});
afterAll(async () => {
  watcher.destroy();
  await server.close();
  await database.remove();
});

/** The updates a fresh client produces for `edits`, one per transaction. */
function updatesOf(clientID: number, edits: ((doc: Y.Doc) => void)[]): Uint8Array[] {
  const doc = new Y.Doc();
  doc.clientID = clientID;
  const updates: Uint8Array[] = [];
  doc.on("update", (update: Uint8Array) => updates.push(update));
  for (const edit of edits) doc.transact(() => edit(doc));
  return updates;
}

/** An empty sync step 2: the raw socket has answered the server's step 1, as a client does. */
const EMPTY_STEP_2 = encodeSyncStep2(new Y.Doc(), Y.encodeStateVector(new Y.Doc()));

/** Sends `update` on a new connection after its sync step 2; resolves with the close code. */
async function send(update: Uint8Array): Promise<number> {
  const raw = await openRawSocket(server.url, boardId, tokenFor(boardId, editorId));
  raw.ws.send(EMPTY_STEP_2);
  raw.ws.send(encodeUpdateMessage(update));
  return raw.closed;
}

/** A client joining now gets no pending structs and nothing of `clientID`. */
async function expectCleanJoin(clientID: number): Promise<void> {
  const fresh = connectClient(server.url, boardId, tokenFor(boardId, editorId));
  await waitSynced(fresh);
  expect(fresh.doc.store.pendingStructs).toBeNull();
  expect(fresh.doc.store.pendingDs).toBeNull();
  expect(Y.decodeStateVector(Y.encodeStateVector(fresh.doc)).has(clientID)).toBe(false);
  fresh.destroy();
}

describe("updates with missing dependencies", () => {
  it("refuses an update with a clock gap: 4400, not stored, not broadcast, not kept", async () => {
    const before = await loadBoardDocState(database.db, boardId);
    const [, second] = updatesOf(777_001, [
      (d) => d.getMap("gap").set("a", 1),
      (d) => d.getMap("gap").set("b", new Uint8Array(300_000)),
    ]);
    expect(await send(second)).toBe(CloseCode.BadRequest);
    await expectCleanJoin(777_001);
    expect(watcher.doc.getMap("gap").size).toBe(0);
    const after = await loadBoardDocState(database.db, boardId);
    expect(after?.logLength).toBe(before?.logLength);
  });

  it("refuses a deletion of clocks the server has never seen (a pending delete set)", async () => {
    const [, deletion] = updatesOf(777_002, [
      (d) => d.getArray("gap").insert(0, [1, 2, 3]),
      (d) => d.getArray("gap").delete(0, 2),
    ]);
    expect(await send(deletion)).toBe(CloseCode.BadRequest);
    await expectCleanJoin(777_002);
  });

  it("refuses an item whose origin is another client's unknown item", async () => {
    const a = new Y.Doc();
    a.clientID = 777_003;
    a.getArray("gap").insert(0, ["from a"]);
    const b = new Y.Doc();
    b.clientID = 777_004;
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    const sv = Y.encodeStateVector(b);
    b.getArray("gap").insert(1, ["after a"]);
    expect(await send(Y.encodeStateAsUpdate(b, sv))).toBe(CloseCode.BadRequest);
    await expectCleanJoin(777_004);
  });

  it("drops an incomplete update sent before the client's sync step 2, which then carries it", async () => {
    // A client that edits just after (re)connecting sends the edit before answering the server's
    // sync step 1; the edit builds on one the server lacks (made offline). No close: the step 2
    // that follows brings both, applied and stored once, and the acknowledgement covers them.
    const doc = new Y.Doc();
    doc.clientID = 777_006;
    const updates: Uint8Array[] = [];
    doc.on("update", (update: Uint8Array) => updates.push(update));
    doc.getMap("window").set("offline", 1);
    doc.getMap("window").set("while-connecting", 2);
    const before = await loadBoardDocState(database.db, boardId);
    const raw = await openRawSocket(server.url, boardId, tokenFor(boardId, editorId));
    let isClosed = false;
    void raw.closed.then(() => {
      isClosed = true;
    });
    raw.ws.send(encodeUpdateMessage(updates[1]));
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(watcher.doc.getMap("window").size).toBe(0);
    expect(isClosed).toBe(false);

    raw.ws.send(encodeSyncStep2(doc, Y.encodeStateVector(new Y.Doc())));
    await waitFor(() => watcher.doc.getMap("window").get("while-connecting") === 2, "both edits at the watcher");
    expect(watcher.doc.getMap("window").get("offline")).toBe(1);
    await waitFor(() => raw.messages.some((m) => m[0] === MESSAGE_SAVED), "the acknowledgement");
    const after = await loadBoardDocState(database.db, boardId);
    expect(after!.logLength).toBe((before?.logLength ?? 0) + 1);
    expect(isClosed).toBe(false);

    // Once the connection has sent its step 2, an incomplete update is refused as before.
    const [, gap] = updatesOf(777_007, [(d) => d.getMap("gap").set("a", 1), (d) => d.getMap("gap").set("b", 2)]);
    raw.ws.send(encodeUpdateMessage(gap));
    expect(await raw.closed).toBe(CloseCode.BadRequest);
    await expectCleanJoin(777_007);
  });

  it("still applies complete updates, also out of order within one message", async () => {
    const updates = updatesOf(777_005, [(d) => d.getMap("ok").set("a", 1), (d) => d.getMap("ok").set("b", 2)]);
    const merged = Y.mergeUpdates([updates[1], updates[0]]);
    const raw = await openRawSocket(server.url, boardId, tokenFor(boardId, editorId));
    raw.ws.send(encodeUpdateMessage(merged));
    await waitFor(() => watcher.doc.getMap("ok").get("b") === 2, "the complete update to arrive");
    raw.ws.close();
  });
});

describe("checkIncomingUpdate", () => {
  it("accepts a continuation of what the document has and refuses a gap", () => {
    const doc = new Y.Doc();
    const [first, second] = updatesOf(5, [(d) => d.getMap("m").set("a", 1), (d) => d.getMap("m").set("b", 2)]);
    expect(checkIncomingUpdate(doc, second)?.reason).toMatch(/clock 1/);
    expect(checkIncomingUpdate(doc, first)).toBeNull();
    Y.applyUpdate(doc, first);
    expect(checkIncomingUpdate(doc, second)).toBeNull();
  });
});
