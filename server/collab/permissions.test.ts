import { eq } from "drizzle-orm";
import * as encoding from "lib0/encoding";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import * as syncProtocol from "y-protocols/sync";
import * as Y from "yjs";
import { boardTypes } from "@/lib/board/doc-model";
import { MESSAGE_AWARENESS, MESSAGE_READ_ONLY, MESSAGE_SYNC } from "@/lib/board/protocol";
import { loadBoardDocState } from "@/lib/db/queries/board-docs";
import { boardDocUpdates } from "@/lib/db/schema";
import { encodeAwarenessEntries } from "./message";
import { notifyMembershipChanged } from "./server";
import { createBoardWithMembers, openTestDatabase, setMemberRole, type TestDatabase } from "./test-factories";
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
  for (const c of clients.splice(0)) c.destroy();
  await server?.close();
  server = null;
});
afterAll(async () => {
  await database.remove();
});

function client(url: string, boardId: string, userId: string): TestClient {
  const c = connectClient(url, boardId, tokenFor(boardId, userId));
  clients.push(c);
  return c;
}

function updateFrame(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_SYNC);
  syncProtocol.writeUpdate(encoder, update);
  return encoding.toUint8Array(encoder);
}

function awarenessFrame(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_AWARENESS);
  encoding.writeVarUint8Array(encoder, update);
  return encoding.toUint8Array(encoder);
}

async function storedName(boardId: string): Promise<unknown> {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, (await loadBoardDocState(database.db, boardId))!.update);
  return boardTypes(doc).meta.get("name");
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("read-only connections", () => {
  it("drop a viewer's raw update: nothing changes on the server, for others or in storage", async () => {
    const { board, users } = await createBoardWithMembers(database.db, { vera: "viewer", anna: "editor" });
    server = await startTestServer(database.db);
    const anna = client(server.url, board.id, users.anna.id);
    await waitSynced(anna);
    const nameBefore = boardTypes(anna.doc).meta.get("name");

    const raw = await openRawSocket(server.url, board.id, tokenFor(board.id, users.vera.id));
    await waitFor(() => raw.messages.length > 0, "first message");
    expect([...raw.messages[0]]).toEqual([MESSAGE_READ_ONLY, 1]);
    const forged = new Y.Doc();
    Y.applyUpdate(forged, Y.encodeStateAsUpdate(anna.doc));
    const before = Y.encodeStateVector(forged);
    boardTypes(forged).meta.set("name", "Kapad tavla");
    raw.ws.send(updateFrame(Y.encodeStateAsUpdate(forged, before)));
    await sleep(300);

    expect(boardTypes(anna.doc).meta.get("name")).toBe(nameBefore);
    expect(await storedName(board.id)).toBe(nameBefore);
    const rows = await database.db.select().from(boardDocUpdates).where(eq(boardDocUpdates.boardId, board.id));
    expect(rows).toHaveLength(0);
    // The viewer is still connected (it may read) and the editor still works.
    expect(raw.ws.readyState).toBe(raw.ws.OPEN);
    boardTypes(anna.doc).meta.set("name", "Redaktörens namn");
    await waitFor(() => anna.isSaved(), "editor saved");
    raw.ws.close();
  });

  it("a viewer's provider syncs and reads but its edits stay local", async () => {
    const { board, users } = await createBoardWithMembers(database.db, { vera: "viewer", anna: "editor" });
    server = await startTestServer(database.db);
    const vera = client(server.url, board.id, users.vera.id);
    const anna = client(server.url, board.id, users.anna.id);
    await Promise.all([waitSynced(vera), waitSynced(anna)]);
    expect(vera.readOnly).toBe(true);
    expect(anna.readOnly).toBe(false);
    boardTypes(anna.doc).meta.set("name", "Från Anna");
    await waitFor(() => boardTypes(vera.doc).meta.get("name") === "Från Anna", "viewer reads");
    boardTypes(vera.doc).meta.set("unit", "Vera försöker");
    await waitFor(() => vera.errors.includes("read-only"), "read-only notice");
    expect(boardTypes(anna.doc).meta.get("unit")).not.toBe("Vera försöker");
  });
});

describe("awareness", () => {
  it("rewrites a spoofed identity, ignores foreign client ids and clears a closed connection's presence", async () => {
    const { board, users } = await createBoardWithMembers(database.db, { anna: "editor", bo: "editor" });
    server = await startTestServer(database.db);
    const bo = client(server.url, board.id, users.bo.id);
    bo.provider.awareness.setLocalStateField("section", "kapacitet");
    await waitSynced(bo);
    await sleep(100);

    const raw = await openRawSocket(server.url, board.id, tokenFor(board.id, users.anna.id));
    const fakeId = 4242;
    // One message: Anna's own state claiming to be Bo, and an attempt on Bo's client id.
    raw.ws.send(
      awarenessFrame(
        encodeAwarenessEntries([
          {
            clientId: fakeId,
            clock: 1,
            state: { user: { id: users.bo.id, name: "Verkställande direktören", role: "owner" }, section: "behov" },
          },
          { clientId: bo.doc.clientID, clock: 1000, state: { user: { name: "Bo (kapad)" }, section: "hacked" } },
        ]),
      ),
    );

    await waitFor(() => bo.provider.awareness.getStates().has(fakeId), "anna's presence");
    const annaState = bo.provider.awareness.getStates().get(fakeId) as { user: unknown; section: string };
    expect(annaState.user).toEqual({
      id: users.anna.id,
      name: users.anna.name,
      color: expect.stringMatching(/^#[0-9a-f]{6}$/),
      role: "editor",
    });
    expect(annaState.section).toBe("behov");
    await sleep(100);
    const boOnServerView = client(server.url, board.id, users.anna.id);
    await waitFor(() => boOnServerView.provider.awareness.getStates().has(bo.doc.clientID), "bo seen by others");
    const boState = boOnServerView.provider.awareness.getStates().get(bo.doc.clientID) as { section: string };
    expect(boState.section).toBe("kapacitet");

    raw.ws.close();
    await waitFor(() => !bo.provider.awareness.getStates().has(fakeId), "presence removed on close");
  });
});

describe("role changes", () => {
  it("turn a downgraded editor read-only and close a removed member with 4403 within 5 s", async () => {
    const { board, users } = await createBoardWithMembers(database.db, { anna: "editor", bo: "editor", ola: "owner" });
    server = await startTestServer(database.db, { roleRecheckMs: 2000 });
    const anna = client(server.url, board.id, users.anna.id);
    const bo = client(server.url, board.id, users.bo.id);
    const ola = client(server.url, board.id, users.ola.id);
    await Promise.all([waitSynced(anna), waitSynced(bo), waitSynced(ola)]);

    const changedAt = Date.now();
    await setMemberRole(database.db, board.id, users.anna.id, "viewer");
    await setMemberRole(database.db, board.id, users.bo.id, null);
    await waitFor(() => anna.readOnly === true && bo.closeCodes.includes(4403), "role change applied", 5000);
    expect(Date.now() - changedAt).toBeLessThan(5000);
    // Access lost is final: the client does not come back.
    expect(bo.provider.shouldConnect).toBe(false);

    boardTypes(anna.doc).meta.set("name", "Efter nedgradering");
    await sleep(300);
    expect(boardTypes(ola.doc).meta.get("name")).not.toBe("Efter nedgradering");
    expect(await storedName(board.id)).not.toBe("Efter nedgradering");
  });

  it("apply at once when the members page signals a change", async () => {
    const { board, users } = await createBoardWithMembers(database.db, { anna: "editor" });
    server = await startTestServer(database.db, { roleRecheckMs: 60_000 });
    const anna = client(server.url, board.id, users.anna.id);
    await waitSynced(anna);
    await setMemberRole(database.db, board.id, users.anna.id, "commenter");
    notifyMembershipChanged(board.id);
    await waitFor(() => anna.readOnly === true, "read-only", 1000);
  });
});
