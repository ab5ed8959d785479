/**
 * Comments on the live board: a comment written through its command reaches every open
 * connection of the board as `comment.changed` within a second, a mention reaches only the
 * mentioned person as `notification.created`, and a commenter — who may comment — still cannot
 * change a cell through the socket: the update is dropped, never stored, never broadcast.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { readBoardFromDoc, setHistoryValue } from "@/lib/board/doc-model";
import { setLiveRooms } from "@/lib/board/live-rooms";
import { loadBoardData } from "@/lib/db/queries/board-data";
import type { Board, User } from "@/lib/db/schema";
import type { PksBoard } from "@/lib/engine";
import { createThread } from "@/lib/server/comments/create-thread";
import { replyToThread } from "@/lib/server/comments/reply-to-thread";
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
let board: Board;
let users: Record<"owner" | "editor" | "commenter", User>;
const clients: TestClient[] = [];

function open(user: User): TestClient {
  const client = connectClient(server.url, board.id, tokenFor(board.id, user.id));
  clients.push(client);
  return client;
}
const typesOf = (client: TestClient) => client.pushes.map((p) => (JSON.parse(p.payload) as { type: string }).type);

beforeAll(async () => {
  database = await openTestDatabase();
  ({ board, users } = await createBoardWithMembers(database.db, {
    owner: "owner",
    editor: "editor",
    commenter: "commenter",
  }));
  server = await startTestServer(database.db);
  setLiveRooms(server.collab);
});
afterEach(() => {
  for (const client of clients.splice(0)) client.destroy();
});
afterAll(async () => {
  setLiveRooms(null);
  await server.close();
  await database.remove();
});

describe("comments through the push seam", () => {
  it("a commenter's comment reaches the editor within 1 s; a mention notifies only the mentioned", async () => {
    const editor = open(users.editor);
    const commenter = open(users.commenter);
    await Promise.all([editor, commenter].map((c) => waitSynced(c)));
    const data = board.data as PksBoard;
    const start = performance.now();
    const created = await createThread(database.db, users.commenter, {
      boardId: board.id,
      anchor: { kind: "cell", table: "history", row: data.planningObjects[0].id, col: data.horizon.start },
      body: "Är v. 1 rätt?",
    });
    if (!created.ok) throw new Error(JSON.stringify(created.error));
    await waitFor(() => typesOf(editor).includes("comment.changed"), "comment.changed at the editor", 1000);
    expect(editor.pushes[0].at - start).toBeLessThan(1000);
    expect(JSON.parse(editor.pushes[0].payload)).toEqual({
      v: 1,
      type: "comment.changed",
      threadId: created.value.threadId,
      change: "created",
    });
    await waitFor(() => typesOf(commenter).includes("comment.changed"), "comment.changed at the author");

    const reply = await replyToThread(database.db, users.editor, {
      boardId: board.id,
      threadId: created.value.threadId,
      body: "Ja, men @owner bör se",
      mentions: [users.owner.id],
    });
    expect(reply.ok).toBe(true);
    const owner = open(users.owner);
    await waitSynced(owner);
    // The commenter started the thread: a reply notifies them; the mention is for the owner (not connected then).
    await waitFor(
      () => typesOf(commenter).includes("notification.created"),
      "reply notification to the commenter",
      1000,
    );
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(typesOf(editor).filter((t) => t === "notification.created")).toEqual([]);
  });

  it("a commenter's raw cell edit on the socket is dropped: never applied, stored or broadcast", async () => {
    const editor = open(users.editor);
    const commenter = open(users.commenter);
    await Promise.all([editor, commenter].map((c) => waitSynced(c)));
    const data = board.data as PksBoard;
    const object = data.planningObjects[0];
    const week = data.horizon.start;
    const before = (await loadBoardData(database.db, board)).planningObjects[0].history?.[week];
    setHistoryValue(commenter.doc, object.id, week, 987654);
    await waitFor(() => commenter.errors.includes("read-only"), "read-only error to the commenter");
    await new Promise((resolve) => setTimeout(resolve, 300));
    const stored = await loadBoardData(database.db, board);
    expect(stored.planningObjects[0].history?.[week]).toBe(before);
    expect(stored.planningObjects[0].history?.[week]).not.toBe(987654);
    expect(readBoardFromDoc(editor.doc).planningObjects[0].history?.[week]).toBe(before);
  });
});
