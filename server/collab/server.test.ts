import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import * as syncProtocol from "y-protocols/sync";
import * as Y from "yjs";
import { boardTypes, readBoardFromDoc } from "@/lib/board/doc-model";
import type { Db } from "@/lib/db/client";
import { loadBoardDocState } from "@/lib/db/queries/board-docs";
import { createBoardWithMembers, openTestDatabase, reopenTestDatabase, type TestDatabase } from "./test-factories";
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

let database: TestDatabase;
let server: TestServer | null = null;
const clients: TestClient[] = [];

beforeAll(async () => {
  database = await openTestDatabase();
});
afterEach(async () => {
  for (const client of clients.splice(0)) client.destroy();
  await server?.close();
  server = null;
});
afterAll(async () => {
  await database.remove();
});

function client(url: string, boardId: string, userId: string, options: { doc?: Y.Doc } = {}): TestClient {
  const c = connectClient(url, boardId, tokenFor(boardId, userId), options);
  clients.push(c);
  return c;
}

function updateFrame(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 0);
  syncProtocol.writeUpdate(encoder, update);
  return encoding.toUint8Array(encoder);
}

/** A Db whose transactions stay open `delayMs` longer and that logs when each one committed. */
function slowCommits(db: Db, delayMs: number, events: string[]): Db {
  return new Proxy(db, {
    get(target, prop, receiver) {
      if (prop !== "transaction") return Reflect.get(target, prop, receiver);
      return async (fn: (tx: unknown) => Promise<unknown>, config?: unknown) => {
        const result = await target.transaction(async (tx) => {
          const out = await fn(tx);
          await new Promise((resolve) => setTimeout(resolve, delayMs));
          return out;
        }, config as never);
        events.push("commit");
        return result;
      };
    },
  });
}

describe("collaboration server", () => {
  it("makes two editors converge and acknowledges an edit only after its rows are committed", async () => {
    const { board, users } = await createBoardWithMembers(database.db, { anna: "editor", bo: "owner" });
    const events: string[] = [];
    server = await startTestServer(slowCommits(database.db, 300, events));
    const anna = client(server.url, board.id, users.anna.id);
    const bo = client(server.url, board.id, users.bo.id);
    await Promise.all([waitSynced(anna), waitSynced(bo)]);
    events.length = 0;

    boardTypes(bo.doc).meta.observe(() => events.push("broadcast"));
    anna.provider.messageHandlers[100] = (
      (orig) =>
      (...args: Parameters<typeof orig>) => {
        events.push("saved");
        orig(...args);
      }
    )(anna.provider.messageHandlers[100]);
    boardTypes(anna.doc).meta.set("name", "Ortopedi — justerad");
    boardTypes(bo.doc).meta.set("unit", "Ortopedkliniken Nord");

    await waitFor(() => anna.isSaved() && bo.isSaved(), "both edits saved");
    expect(boardTypes(anna.doc).meta.toJSON()).toEqual(boardTypes(bo.doc).meta.toJSON());
    expect(boardTypes(bo.doc).meta.get("name")).toBe("Ortopedi — justerad");
    // Broadcast did not wait for the (slow) commit; the acknowledgement did.
    expect(events.indexOf("broadcast")).toBeLessThan(events.indexOf("commit"));
    expect(events.indexOf("commit")).toBeLessThan(events.indexOf("saved"));
    const stored = new Y.Doc();
    Y.applyUpdate(stored, (await loadBoardDocState(database.db, board.id))!.update);
    expect(boardTypes(stored).meta.get("name")).toBe("Ortopedi — justerad");
  });

  it("after a restart serves exactly the acknowledged state", async () => {
    const { board, users } = await createBoardWithMembers(database.db, { anna: "editor" });
    server = await startTestServer(database.db);
    const anna = client(server.url, board.id, users.anna.id);
    await waitSynced(anna);
    const types = boardTypes(anna.doc);
    for (let i = 0; i < 50; i++) types.outcomes.set(`k${i}`, i);
    types.meta.set("name", "Före omstart");
    await waitFor(() => anna.isSaved(), "saved");
    anna.provider.disconnect();
    await server.close();
    server = null;
    database = await reopenTestDatabase(database);

    server = await startTestServer(database.db);
    const fresh = client(server.url, board.id, users.anna.id);
    await waitSynced(fresh);
    expect(readBoardFromDoc(fresh.doc)).toEqual(readBoardFromDoc(anna.doc));
    expect(boardTypes(fresh.doc).outcomes.toJSON()).toEqual(boardTypes(anna.doc).outcomes.toJSON());
    expect(Y.encodeStateVector(fresh.doc)).toEqual(Y.encodeStateVector(anna.doc));
  });

  it("confirms edits a reloaded tab made before the reload (its offline copy's client ids)", async () => {
    const { board, users } = await createBoardWithMembers(database.db, { anna: "editor" });
    server = await startTestServer(database.db);
    const anna = client(server.url, board.id, users.anna.id);
    await waitSynced(anna);
    boardTypes(anna.doc).meta.set("name", "Före omladdning");
    await waitFor(() => anna.isSaved(), "saved");
    const before = anna.doc.clientID;
    const clock = Y.decodeStateVector(Y.encodeStateVector(anna.doc)).get(before) ?? 0;
    anna.provider.disconnect();
    // The reloaded tab: the same content from its offline copy, a new client id, no new edit.
    const offline = new Y.Doc();
    Y.applyUpdate(offline, Y.encodeStateAsUpdate(anna.doc));
    const reloaded = client(server.url, board.id, users.anna.id, { doc: offline });
    await waitSynced(reloaded);
    await waitFor(() => (reloaded.saved.get(before) ?? 0) >= clock, "the old client id confirmed");
    expect(reloaded.saved.get(before)).toBe(clock);
  });

  it("closes the board's connections with 4500 when saving keeps failing, and recovers on reconnect", async () => {
    const { board, users } = await createBoardWithMembers(database.db, { anna: "editor" });
    let isFailing = false;
    const flaky = new Proxy(database.db, {
      get(target, prop, receiver) {
        if (prop === "transaction" && isFailing) return () => Promise.reject(new Error("disk full"));
        return Reflect.get(target, prop, receiver);
      },
    });
    server = await startTestServer(flaky, { saveRetries: 2, saveRetryDelayMs: 10 });
    const anna = client(server.url, board.id, users.anna.id);
    await waitSynced(anna);
    isFailing = true;
    boardTypes(anna.doc).meta.set("name", "Sparas senare");
    await waitFor(() => anna.closeCodes.includes(4500), "close 4500");
    expect(anna.errors).toContain("save-failed");
    expect(server.collab.stats().savesFailed).toBe(1);
    isFailing = false;
    // The client still has the edit and sends it again after reconnecting.
    await waitFor(() => anna.provider.synced && anna.isSaved(), "resynced and saved", 8000);
    const stored = new Y.Doc();
    Y.applyUpdate(stored, (await loadBoardDocState(database.db, board.id))!.update);
    expect(boardTypes(stored).meta.get("name")).toBe("Sparas senare");
  });

  it("does not unload a board while its save is pending", async () => {
    const { board, users } = await createBoardWithMembers(database.db, { anna: "editor" });
    server = await startTestServer(slowCommits(database.db, 400, []), { unloadDelayMs: 10 });
    const anna = client(server.url, board.id, users.anna.id);
    await waitSynced(anna);
    boardTypes(anna.doc).meta.set("unit", "Första");
    await new Promise((resolve) => setTimeout(resolve, 30));
    // Queued behind the slow commit of the first edit when the last client leaves.
    boardTypes(anna.doc).meta.set("name", "Sparad trots avslut");
    await new Promise((resolve) => setTimeout(resolve, 30));
    anna.provider.disconnect();
    await waitFor(() => server!.collab.stats().rooms === 0, "room unloaded", 5000);
    const stored = new Y.Doc();
    Y.applyUpdate(stored, (await loadBoardDocState(database.db, board.id))!.update);
    expect(boardTypes(stored).meta.get("name")).toBe("Sparad trots avslut");
  });

  it("compacts the log when the board is unloaded and keeps boards.data in step", async () => {
    const { board, users } = await createBoardWithMembers(database.db, { anna: "editor" });
    server = await startTestServer(database.db, { unloadDelayMs: 50 });
    const anna = client(server.url, board.id, users.anna.id);
    await waitSynced(anna);
    boardTypes(anna.doc).meta.set("name", "Kompakterad");
    await waitFor(() => anna.isSaved(), "saved");
    anna.provider.disconnect();
    await waitFor(() => server!.collab.stats().rooms === 0, "room unloaded");
    expect(server.collab.stats().compactions).toBe(1);
    const state = await loadBoardDocState(database.db, board.id);
    expect(state!.logLength).toBe(0);
  });

  it("merges updates of one tick into one broadcast frame and one transaction", async () => {
    const { board, users } = await createBoardWithMembers(database.db, { anna: "editor", bo: "editor" });
    server = await startTestServer(database.db);
    const observer = await openRawSocket(server.url, board.id, tokenFor(board.id, users.bo.id));
    const sender = await openRawSocket(server.url, board.id, tokenFor(board.id, users.anna.id));
    await new Promise((resolve) => setTimeout(resolve, 200));
    const framesBefore = observer.messages.length;
    const savesBefore = server.collab.stats().savesCommitted;
    const doc = new Y.Doc();
    const frames: Uint8Array[] = [];
    doc.on("update", (update: Uint8Array) => frames.push(updateFrame(update)));
    for (let i = 0; i < 100; i++) doc.getMap("cells").set(`c${i}`, i);
    // Sent back to back, the frames reach the server in one or a few reads (ticks).
    for (const frame of frames) sender.ws.send(frame);
    await waitFor(() => server!.collab.stats().savesCommitted > savesBefore, "saved");
    await new Promise((resolve) => setTimeout(resolve, 200));
    const received = observer.messages.slice(framesBefore).filter((m) => m[0] === 0);
    expect(received.length).toBeLessThanOrEqual(3);
    const merged = new Y.Doc();
    for (const m of received) {
      const decoder = decoding.createDecoder(m);
      decoding.readVarUint(decoder);
      decoding.readVarUint(decoder);
      Y.applyUpdate(merged, decoding.readVarUint8Array(decoder));
    }
    expect(merged.getMap("cells").size).toBe(100);
    expect(server.collab.stats().savesCommitted - savesBefore).toBeLessThanOrEqual(3);
    observer.ws.close();
    sender.ws.close();
  });
});
