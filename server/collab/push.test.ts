/**
 * Server push on one process: `broadcastToBoard` reaches every connection of the board in all its
 * rooms (or one user's), a role change by the owner reaches the affected user's connection within
 * a second through `member.role-changed` — without waiting for the periodic re-check — and a
 * push that fails its schema is refused when sent and dropped (and logged) when received.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { notifyMembershipChanged } from "@/lib/board/membership-events";
import { parsePushMessage, roomPathOf } from "@/lib/board/protocol";
import { createBoardDocument } from "@/lib/db/queries/board-documents";
import type { Board, User } from "@/lib/db/schema";
import type { CollabPubSub, PushEnvelope } from "./pubsub";
import { createBoardWithMembers, openTestDatabase, setMemberRole, type TestDatabase } from "./test-factories";
import {
  connectClient,
  startTestServer,
  type TestClient,
  type TestServer,
  tokenFor,
  waitFor,
  waitSynced,
} from "./test-harness";
import type { CollabLogger } from "./types";

let database: TestDatabase;
let server: TestServer | null = null;
let board: Board;
let otherBoard: Board;
let otherOwner: User;
let users: Record<"owner" | "editor" | "viewer", User>;
let docId: string;
const clients: TestClient[] = [];
const warnings: string[] = [];
const logger: CollabLogger = { info() {}, warn: (message) => warnings.push(message), error() {} };

function open(user: User, path = board.id, boardId = board.id): TestClient {
  const client = connectClient(server!.url, path, tokenFor(boardId, user.id));
  clients.push(client);
  return client;
}

const messagesOf = (client: TestClient) => client.pushes.map((p) => JSON.parse(p.payload) as unknown);

/** A bus that only lets the test play "another process". */
function fakeBus(): CollabPubSub & { deliver(push: PushEnvelope): void; sent: PushEnvelope[] } {
  const listeners: ((push: PushEnvelope) => void)[] = [];
  const sent: PushEnvelope[] = [];
  return {
    publish() {},
    subscribe() {},
    unsubscribe() {},
    publishPush: (push) => sent.push(push),
    onPush: (listener) => listeners.push(listener),
    deliver: (push) => {
      for (const listener of listeners) listener(push);
    },
    sent,
  };
}

beforeAll(async () => {
  database = await openTestDatabase();
  const created = await createBoardWithMembers(database.db, { owner: "owner", editor: "editor", viewer: "viewer" });
  board = created.board;
  users = created.users;
  const other = await createBoardWithMembers(database.db, { owner: "owner" }, { organisationId: board.organisationId });
  otherBoard = other.board;
  otherOwner = other.users.owner;
  docId = (
    await createBoardDocument(database.db, { boardId: board.id, kind: "agreement", title: "Avtal", createdBy: null })
  ).id;
});
afterEach(async () => {
  for (const client of clients.splice(0)) client.destroy();
  await server?.close();
  server = null;
  warnings.length = 0;
});
afterAll(async () => {
  await database.remove();
});

describe("server push", () => {
  it("reaches every connection of the board in every room, one user's only when targeted, no other board", async () => {
    const bus = fakeBus();
    server = await startTestServer(database.db, { pubsub: bus, logger });
    const onBoard = open(users.editor);
    const onDocument = open(users.viewer, roomPathOf({ boardId: board.id, docId }));
    const elsewhere = open(otherOwner, otherBoard.id, otherBoard.id);
    await Promise.all([onBoard, onDocument, elsewhere].map((c) => waitSynced(c)));

    server.collab.broadcastToBoard(board.id, { v: 1, type: "members.changed" });
    server.collab.broadcastToBoard(
      board.id,
      { v: 1, type: "member.role-changed", userId: users.viewer.id, role: "editor" },
      { userId: users.viewer.id },
    );
    await waitFor(() => onDocument.pushes.length === 2, "both pushes in the document room");
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(messagesOf(onBoard)).toEqual([{ v: 1, type: "members.changed" }]);
    expect(messagesOf(onDocument)).toEqual([
      { v: 1, type: "members.changed" },
      { v: 1, type: "member.role-changed", userId: users.viewer.id, role: "editor" },
    ]);
    expect(elsewhere.pushes).toEqual([]);
    // …and the other processes get the same, through the bus.
    expect(bus.sent.map((p) => [p.boardId, p.userId])).toEqual([
      [board.id, undefined],
      [board.id, users.viewer.id],
    ]);
  });

  it("tells a downgraded editor at once, through the push seam, and turns the connection read-only", async () => {
    // A periodic re-check far away: only the push path can be fast enough.
    server = await startTestServer(database.db, { roleRecheckMs: 60_000 });
    const editor = open(users.editor);
    const other = open(users.viewer);
    await Promise.all([editor, other].map((c) => waitSynced(c)));
    expect(editor.readOnly).toBe(false);

    await setMemberRole(database.db, board.id, users.editor.id, "viewer");
    const changedAt = performance.now();
    notifyMembershipChanged(board.id);
    await waitFor(() => editor.pushes.some((p) => p.payload.includes("member.role-changed")), "the role push", 1000);
    const push = editor.pushes.find((p) => p.payload.includes("member.role-changed"))!;
    expect(push.at - changedAt).toBeLessThan(1000);
    expect(parsePushMessage(push.payload)).toEqual({
      ok: true,
      message: { v: 1, type: "member.role-changed", userId: users.editor.id, role: "viewer" },
    });
    await waitFor(() => editor.readOnly === true, "read-only", 1000);
    // Nobody else is told about someone else's role.
    expect(other.pushes.some((p) => p.payload.includes("member.role-changed"))).toBe(false);
    await setMemberRole(database.db, board.id, users.editor.id, "editor");
  });

  it("refuses a push that fails its schema when sent, and drops and logs one from another process", async () => {
    const bus = fakeBus();
    server = await startTestServer(database.db, { pubsub: bus, logger });
    const client = open(users.editor);
    await waitSynced(client);

    const bad = { v: 2, type: "members.changed" } as unknown as Parameters<TestServer["collab"]["broadcastToBoard"]>[1];
    expect(() => server!.collab.broadcastToBoard(board.id, bad)).toThrow();
    expect(bus.sent).toEqual([]);
    for (const payload of ['{"v":2,"type":"members.changed"}', '{"v":1,"type":"unknown"}', "{not json", "[]"]) {
      bus.deliver({ boardId: board.id, payload });
    }
    bus.deliver({ boardId: board.id, payload: '{"v":1,"type":"members.changed"}' });
    await waitFor(() => client.pushes.length > 0, "the valid push");
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(messagesOf(client)).toEqual([{ v: 1, type: "members.changed" }]);
    expect(warnings.filter((w) => w.includes("fails its schema"))).toHaveLength(4);
    expect(client.closeCodes).toEqual([]);
  });
});
