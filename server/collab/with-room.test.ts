/**
 * Server-side edits inside the live room (`withRoom`): the change is one Y transaction in the
 * room's document, so connected clients see it at once; it goes through the same group commit
 * as a client's update (one stored row, under the acting user) and `withRoom` resolves only after
 * that commit. A room that is not loaded is loaded for it; a missing room is refused, nothing
 * created. kill.test.ts kills the process right after the acknowledgement.
 */
import { and, eq } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { boardRoom, roomPathOf } from "@/lib/board/protocol";
import { loadBoardDocState } from "@/lib/db/queries/board-docs";
import { createBoardDocument } from "@/lib/db/queries/board-documents";
import { type Board, boardDocSnapshots, boardDocUpdates, type User } from "@/lib/db/schema";
import { RoomNotFoundError } from "./server";
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
let server: TestServer | null = null;
let board: Board;
let users: Record<"a" | "b", User>;
const clients: TestClient[] = [];

function open(user: User, path = board.id): TestClient {
  const client = connectClient(server!.url, path, tokenFor(board.id, user.id));
  clients.push(client);
  return client;
}

/** Stored log rows of a document whose bytes contain `marker`. */
async function rowsWith(marker: string, docId = "") {
  const rows = await database.db
    .select({ update: boardDocUpdates.update, userId: boardDocUpdates.userId })
    .from(boardDocUpdates)
    .where(and(eq(boardDocUpdates.boardId, board.id), eq(boardDocUpdates.docId, docId)));
  return rows.filter((row) => Buffer.from(row.update).includes(marker));
}

beforeAll(async () => {
  database = await openTestDatabase();
  ({ board, users } = await createBoardWithMembers(database.db, { a: "owner", b: "editor" }));
});
afterEach(async () => {
  for (const client of clients.splice(0)) client.destroy();
  await server?.close();
  server = null;
});
afterAll(async () => {
  await database.remove();
});

describe("withRoom", () => {
  it("applies a server change in the live room: both clients see it, it is stored once, before it resolves", async () => {
    server = await startTestServer(database.db, { compactAfterUpdates: 100_000 });
    const [one, two] = [open(users.a), open(users.b)];
    await Promise.all([one, two].map((c) => waitSynced(c)));
    const marker = "importerad-rad-4711";

    const result = await server.collab.withRoom(
      boardRoom(board.id),
      (doc) => {
        doc.getMap("imported").set("row", marker);
        return doc.getMap("imported").size;
      },
      { userId: users.a.id },
    );
    expect(result).toBe(1);
    // Resolved = committed: the row is there before anyone waits.
    const stored = await rowsWith(marker);
    expect(stored.map((row) => row.userId)).toEqual([users.a.id]);

    await waitFor(
      () => [one, two].every((c) => c.doc.getMap("imported").get("row") === marker),
      "both clients see the change",
      1000,
    );
    // Clients' own edits meanwhile are kept, and nothing stores the server change again.
    one.doc.getMap("imported").set("client", "kvar");
    await waitFor(() => two.doc.getMap("imported").get("client") === "kvar" && one.isSaved(), "client edit");
    expect(await rowsWith(marker)).toHaveLength(1);
  });

  it("loads a room that is not open, changes it durably and lets it unload; the next client sees it", async () => {
    server = await startTestServer(database.db);
    const docId = (
      await createBoardDocument(database.db, {
        boardId: board.id,
        kind: "reflection",
        title: "Reflektion",
        createdBy: null,
      })
    ).id;
    expect(server.collab.stats().rooms).toBe(0);
    await server.collab.withRoom({ boardId: board.id, docId }, (doc) => doc.getText("body").insert(0, "Lärdom 1"));
    const state = await loadBoardDocState(database.db, board.id, docId);
    const stored = new Y.Doc();
    Y.applyUpdate(stored, state!.update);
    expect(stored.getText("body").toString()).toBe("Lärdom 1");
    await waitFor(() => server!.collab.stats().rooms === 0, "the room unloaded after the change");

    const reader = open(users.b, roomPathOf({ boardId: board.id, docId }));
    await waitSynced(reader);
    expect(reader.doc.getText("body").toString()).toBe("Lärdom 1");
  });

  it("refuses a room that does not exist and creates nothing", async () => {
    server = await startTestServer(database.db);
    const missing = { boardId: board.id, docId: "4e9d2c1b-8a7f-4b6e-9c5d-3a2b1c0d9e8f" };
    await expect(server.collab.withRoom(missing, () => 1)).rejects.toBeInstanceOf(RoomNotFoundError);
    const snapshots = await database.db
      .select()
      .from(boardDocSnapshots)
      .where(and(eq(boardDocSnapshots.boardId, board.id), eq(boardDocSnapshots.docId, missing.docId)));
    expect(snapshots).toEqual([]);
  });
});
