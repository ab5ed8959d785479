/**
 * A decided document refuses edits on the socket: once an agreement is fastställd its room drops
 * every connection's updates (never applied, stored or broadcast) as it does a viewer's, whether
 * the room was open when it was decided or loaded afterwards; only a new revision (the reopen
 * command) lets edits in again. Server edits through `withRoom` still pass (the frozen figures).
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { setLiveRooms, withRoom } from "@/lib/board/live-rooms";
import { type RoomRef, roomPathOf } from "@/lib/board/protocol";
import { listAuditEvents } from "@/lib/db/queries/audit";
import { loadBoardDocState } from "@/lib/db/queries/board-docs";
import { findBoardDocument } from "@/lib/db/queries/board-documents";
import { listVersions } from "@/lib/db/queries/versions";
import { readFrozenCatalogue } from "@/lib/documents/care-catalogue";
import { readFrozenGoals } from "@/lib/documents/production-goals";
import type { PksBoard } from "@/lib/engine";
import { createDocument } from "@/lib/server/documents/create-document";
import { decideDocument } from "@/lib/server/documents/decide-document";
import { reopenDocument } from "@/lib/server/documents/reopen-document";
import { setDocumentStatus } from "@/lib/server/documents/set-document-status";
import { createBoardWithMembers, openTestDatabase, type TestDatabase } from "./test-factories";
import {
  connectClient,
  startTestServer,
  type TestClient,
  type TestServer,
  tokenFor,
  waitFor,
  waitSynced,
} from "./test-harness";

let database: TestDatabase;
let server: TestServer;
const clients: TestClient[] = [];

beforeAll(async () => {
  database = await openTestDatabase();
});
afterEach(async () => {
  for (const client of clients.splice(0)) client.destroy();
  setLiveRooms(null);
  await server?.close();
});
afterAll(async () => {
  await database.remove();
});

async function setUp(template = "start-agreement") {
  const { board, users } = await createBoardWithMembers(database.db, { owner: "owner", editor: "editor" });
  const created = await createDocument(database.db, users.editor, {
    boardId: board.id,
    template,
    title: "Uppstart",
  });
  if (!created.ok) throw new Error("create");
  server = await startTestServer(database.db);
  setLiveRooms(server.collab);
  const room: RoomRef = { boardId: board.id, docId: created.value.id };
  const open = (userId: string) => {
    const client = connectClient(server.url, roomPathOf(room), tokenFor(board.id, userId));
    clients.push(client);
    return client;
  };
  const status = (status: string) =>
    setDocumentStatus(database.db, users.editor, { boardId: board.id, docId: room.docId, status });
  const storedText = async () => {
    const doc = new Y.Doc();
    Y.applyUpdate(doc, (await loadBoardDocState(database.db, board.id, room.docId))!.update);
    return doc.getText("body").toString();
  };
  return { board, users, room, open, status, storedText };
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("a fastställd document", () => {
  it("turns read-only for everyone connected the moment it is decided, and stores nothing they type", async () => {
    const { users, open, status, storedText } = await setUp();
    const a = open(users.editor.id);
    const b = open(users.owner.id);
    await Promise.all([waitSynced(a), waitSynced(b)]);
    expect(a.readOnly).toBe(false);
    a.doc.getText("body").insert(0, "före ");
    await waitFor(() => a.isSaved() && b.doc.getText("body").toString() === "före ", "the draft's edit");

    expect((await status("review")).ok).toBe(true);
    expect((await status("active")).ok).toBe(true);
    await waitFor(() => a.readOnly === true && b.readOnly === true, "both told the document is locked");

    a.doc.getText("body").insert(5, "efter");
    await waitFor(() => a.errors.includes("read-only"), "the refusal");
    await pause(300);
    expect(b.doc.getText("body").toString()).toBe("före ");
    expect(await storedText()).toBe("före ");
  });

  it("stays locked when its room is loaded after the decision; the server's own edit still passes", async () => {
    const { users, room, open, status, storedText } = await setUp();
    await status("review");
    await status("active");
    const late = open(users.owner.id);
    await waitSynced(late);
    await waitFor(() => late.readOnly === true, "read-only on connect");
    late.doc.getText("body").insert(0, "obehörig ändring");
    await waitFor(() => late.errors.includes("read-only"), "the refusal");
    await pause(200);
    expect(await storedText()).toBe("");

    await withRoom(room, (doc) => doc.getMap("frozen").set("figures", "fryst"));
    const stored = new Y.Doc();
    Y.applyUpdate(stored, (await loadBoardDocState(database.db, room.boardId, room.docId))!.update);
    expect(stored.getMap("frozen").get("figures")).toBe("fryst");
  });

  it("accepts edits again only after an explicit new revision, which is audited", async () => {
    const { board, users, room, open, status, storedText } = await setUp();
    await status("review");
    await status("active");
    const a = open(users.editor.id);
    await waitSynced(a);
    await waitFor(() => a.readOnly === true, "locked");
    // The status buttons cannot take it back; only the new-revision command can.
    expect(await status("draft")).toMatchObject({ ok: false, error: { field: "status" } });
    const reopened = await reopenDocument(database.db, users.owner, { boardId: board.id, docId: room.docId });
    expect(reopened.ok).toBe(true);
    await waitFor(() => a.readOnly === false, "writable again");
    a.doc.getText("body").insert(0, "revision 2");
    await waitFor(() => a.isSaved(), "the revision's edit saved");
    expect(await storedText()).toBe("revision 2");
    const types = (await listAuditEvents(database.db, { type: "board", id: board.id })).map((r) => r.event.type);
    expect(types).toContain("document.reopened");
    expect(await reopenDocument(database.db, users.owner, { boardId: board.id, docId: room.docId })).toMatchObject({
      ok: false,
      error: { field: "status", message: "Bara en fastställd överenskommelse kan öppnas för en ny revision" },
    });
  });
});

describe("deciding a production-goals agreement", () => {
  it("freezes the live plan's goals into the document, then locks it", async () => {
    const { board, users, room, open, status } = await setUp("production-goals");
    const a = open(users.editor.id);
    await waitSynced(a);
    await status("review");
    const decided = await decideDocument(
      database.db,
      users.editor,
      { boardId: board.id, docId: room.docId },
      {
        rooms: server.collab,
      },
    );
    expect(decided).toMatchObject({ ok: true, value: { from: "review", to: "active", frozen: true } });
    const stored = new Y.Doc();
    Y.applyUpdate(stored, (await loadBoardDocState(database.db, board.id, room.docId))!.update);
    const frozen = readFrozenGoals(stored)!;
    const objects = (board.data as PksBoard).planningObjects.map((o) => o.id);
    expect(frozen.rows.map((r) => r.objectId)).toEqual(objects);
    expect(frozen.periods.length).toBeGreaterThan(0);
    await waitFor(() => readFrozenGoals(a.doc) !== null && a.readOnly === true, "frozen figures live, then locked");
    expect((await findBoardDocument(database.db, board.id, room.docId))?.status).toBe("active");
    const versions = await listVersions(database.db, board.id, room.docId);
    expect(versions.map((v) => v.name)).toContain(`Fastställd ${new Date().toISOString().slice(0, 10)}`);
  });

  it("a vårdtjänstkatalog freezes its rows per decision: a new version for each, none on a recompute", async () => {
    const { board, users, room, status } = await setUp("care-catalogue");
    const deps = { rooms: server.collab };
    const input = { boardId: board.id, docId: room.docId };
    const decideOnce = async () => {
      await status("review");
      expect(await decideDocument(database.db, users.editor, input, deps)).toMatchObject({ ok: true });
    };
    await decideOnce();
    const stored = new Y.Doc();
    Y.applyUpdate(stored, (await loadBoardDocState(database.db, board.id, room.docId))!.update);
    const objects = (board.data as PksBoard).planningObjects.map((o) => o.id);
    expect(readFrozenCatalogue(stored)!.rows.map((r) => r.objectId)).toEqual(objects);
    expect(await reopenDocument(database.db, users.owner, input)).toMatchObject({ ok: true });
    await decideOnce();
    const named = (await listVersions(database.db, board.id, room.docId)).filter((v) =>
      v.name?.startsWith("Fastställd"),
    );
    expect(named).toHaveLength(2);
  });

  it("refuses to decide a draft and freezes nothing", async () => {
    const { board, users, room } = await setUp("production-goals");
    const deps = { rooms: server.collab };
    const input = { boardId: board.id, docId: room.docId };
    expect(await decideDocument(database.db, users.editor, input, deps)).toMatchObject({
      ok: false,
      error: { field: "status" },
    });
    const stored = new Y.Doc();
    Y.applyUpdate(stored, (await loadBoardDocState(database.db, board.id, room.docId))!.update);
    expect(readFrozenGoals(stored)).toBeNull();
  });
});
