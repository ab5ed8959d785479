/**
 * The size cap of rich-text documents: past `maxDocumentBytes` of Yjs state, further growth is
 * refused with MESSAGE_ERROR `doc-too-large`, and everything written before — in memory, on the
 * other clients and in the database — stays.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { roomPathOf } from "@/lib/board/protocol";
import { loadBoardDocState } from "@/lib/db/queries/board-docs";
import { createBoardDocument } from "@/lib/db/queries/board-documents";
import type { Board, BoardDocument, User } from "@/lib/db/schema";
import { DOC_TOO_LARGE } from "./doc-size";
import { createBoardWithMembers, openTestDatabase, type TestDatabase } from "./test-factories";
import { connectClient, startTestServer, type TestServer, tokenFor, waitFor, waitSynced } from "./test-harness";

const CAP = 20_000;
let database: TestDatabase;
let server: TestServer;
let board: Board;
let users: Record<"a" | "b", User>;
let agreement: BoardDocument;

beforeAll(async () => {
  database = await openTestDatabase();
  const created = await createBoardWithMembers(database.db, { a: "editor", b: "editor" });
  board = created.board;
  users = created.users;
  agreement = await createBoardDocument(database.db, {
    boardId: board.id,
    kind: "agreement",
    title: "Stor överenskommelse",
    createdBy: users.a.id,
  });
  server = await startTestServer(database.db, { limits: { maxDocumentBytes: CAP } });
});

afterAll(async () => {
  await server.close();
  await database.remove();
});

describe("document size cap", () => {
  it("refuses growth past the cap with a message and keeps everything written before", async () => {
    const path = roomPathOf({ boardId: board.id, docId: agreement.id });
    const a = connectClient(server.url, path, tokenFor(board.id, users.a.id));
    const b = connectClient(server.url, path, tokenFor(board.id, users.b.id));
    await Promise.all([waitSynced(a), waitSynced(b)]);
    const text = a.doc.getText("t");
    const chunk = "x".repeat(4000);
    for (let i = 0; i < 4; i++) text.insert(text.length, chunk);
    await waitFor(() => a.isSaved(), "first 16 000 bytes saved");
    await waitFor(() => b.doc.getText("t").length === 16_000, "b sees them");
    expect(a.errors).toEqual([]);

    text.insert(text.length, "y".repeat(8000));
    await waitFor(() => a.errors.includes(DOC_TOO_LARGE), "doc-too-large error");
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(b.doc.getText("t").toString()).toBe(chunk.repeat(4));
    expect(a.isSaved()).toBe(false);

    // The stored copy has every character written before the refusal.
    const stored = new Y.Doc();
    Y.applyUpdate(stored, (await loadBoardDocState(database.db, board.id, agreement.id))!.update);
    expect(stored.getText("t").toString()).toBe(chunk.repeat(4));
    a.destroy();
    b.destroy();
  });
});
