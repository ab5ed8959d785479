/**
 * One room per shared document: a board's rich-text documents live in rooms of their own
 * (`/collab/<boardId>/doc/<docId>`), authorized by board membership, loaded only when opened. A
 * client of one document never receives another document's text, and the board room carries
 * none of it; a room for a document that does not exist or belongs to another board is refused
 * on the upgrade, before anything is loaded or created.
 */
import { eq } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { type RoomRef, roomPathOf } from "@/lib/board/protocol";
import { createBoardDocument, listBoardDocuments } from "@/lib/db/queries/board-documents";
import { type Board, type BoardDocument, boardDocSnapshots, boardDocUpdates, type User } from "@/lib/db/schema";
import type { PksBoard } from "@/lib/engine";
import { encodeSyncStep1 } from "./message";
import { createBoardWithMembers, createUser, openTestDatabase, type TestDatabase } from "./test-factories";
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

const ALFA = "Vårdavtal ALFA-7f3q: tre operationssalar";
const BETA = "Regelverk BETA-9k2w: prioritering enligt medicinsk angelägenhetsgrad";

let database: TestDatabase;
let server: TestServer | null = null;
let board: Board;
let otherBoard: Board;
let users: Record<"a" | "b" | "c", User>;
let agreement: BoardDocument;
let ruleSet: BoardDocument;
let foreign: BoardDocument;
const clients: TestClient[] = [];

const docRoom = (doc: BoardDocument): RoomRef => ({ boardId: doc.boardId, docId: doc.id });
const bytesOf = (messages: Uint8Array[]) => Buffer.concat(messages.map((m) => Buffer.from(m)));

function open(room: RoomRef, user: User): TestClient {
  const client = connectClient(server!.url, roomPathOf(room), tokenFor(room.boardId, user.id));
  clients.push(client);
  return client;
}

/** A raw socket that asks for the whole document (empty state vector) and records every frame. */
async function observe(room: RoomRef, user: User) {
  const socket = await openRawSocket(server!.url, roomPathOf(room), tokenFor(room.boardId, user.id));
  socket.ws.send(encodeSyncStep1(new Y.Doc()));
  return socket;
}

beforeAll(async () => {
  database = await openTestDatabase();
  const created = await createBoardWithMembers(database.db, { a: "editor", b: "editor", c: "viewer" });
  board = created.board;
  users = created.users;
  otherBoard = (await createBoardWithMembers(database.db, { owner: "owner" })).board;
  agreement = await createBoardDocument(database.db, {
    boardId: board.id,
    kind: "agreement",
    title: "Vårdavtal",
    createdBy: users.a.id,
  });
  ruleSet = await createBoardDocument(database.db, {
    boardId: board.id,
    kind: "rule-set",
    title: "Regelverk",
    createdBy: users.b.id,
  });
  foreign = await createBoardDocument(database.db, {
    boardId: otherBoard.id,
    kind: "reflection",
    title: "Annan tavlas reflektion",
    createdBy: null,
  });
});
afterEach(async () => {
  for (const client of clients.splice(0)) client.destroy();
  await server?.close();
  server = null;
});
afterAll(async () => {
  await database.remove();
});

describe("rooms per document", () => {
  it("two documents of one board are edited live apart; the board room carries neither text", async () => {
    server = await startTestServer(database.db);
    const onAgreement = open(docRoom(agreement), users.a);
    const onRuleSet = open(docRoom(ruleSet), users.b);
    const reader = open({ boardId: board.id, docId: "" }, users.c);
    await Promise.all([onAgreement, onRuleSet, reader].map((c) => waitSynced(c)));
    const boardObserver = await observe({ boardId: board.id, docId: "" }, users.c);
    const agreementObserver = await observe(docRoom(agreement), users.c);

    onAgreement.doc.getText("body").insert(0, ALFA);
    onRuleSet.doc.getText("body").insert(0, BETA);
    await waitFor(
      () => Buffer.from(bytesOf(agreementObserver.messages)).includes(ALFA),
      "the agreement's text live at its other reader",
    );
    await waitFor(() => onAgreement.isSaved() && onRuleSet.isSaved(), "both documents saved");
    await new Promise((resolve) => setTimeout(resolve, 200));

    expect(onAgreement.doc.getText("body").toString()).toBe(ALFA);
    expect(onRuleSet.doc.getText("body").toString()).toBe(BETA);
    expect(reader.doc.getText("body").toString()).toBe("");
    const boardBytes = bytesOf(boardObserver.messages);
    // The board room did send the board itself, so the checks below could have found text.
    expect(boardBytes.includes((board.data as PksBoard).planningObjects[0].service)).toBe(true);
    expect(boardBytes.includes(ALFA)).toBe(false);
    expect(boardBytes.includes(BETA)).toBe(false);
    expect(bytesOf(agreementObserver.messages).includes(BETA)).toBe(false);
    boardObserver.ws.close();
    agreementObserver.ws.close();

    const stored = await database.db
      .select({ docId: boardDocUpdates.docId, update: boardDocUpdates.update })
      .from(boardDocUpdates)
      .where(eq(boardDocUpdates.boardId, board.id));
    const textOf = (docId: string) =>
      Buffer.concat(stored.filter((row) => row.docId === docId).map((row) => Buffer.from(row.update)));
    expect(textOf(agreement.id).includes(ALFA)).toBe(true);
    expect(textOf(agreement.id).includes(BETA)).toBe(false);
    expect(textOf(ruleSet.id).includes(BETA)).toBe(true);
    expect(textOf("").includes(ALFA) || textOf("").includes(BETA)).toBe(false);
  });

  it("reopens a document with its text after the room was unloaded, and lists documents without text", async () => {
    server = await startTestServer(database.db);
    const again = open(docRoom(agreement), users.c);
    await waitSynced(again);
    expect(again.doc.getText("body").toString()).toBe(ALFA);
    const listed = await listBoardDocuments(database.db, board.id);
    expect(listed.map((d) => [d.kind, d.title])).toEqual([
      ["agreement", "Vårdavtal"],
      ["rule-set", "Regelverk"],
    ]);
    expect(JSON.stringify(listed).includes("ALFA")).toBe(false);
  });

  it("refuses a document of another board, a missing or malformed one, and strangers, creating nothing", async () => {
    server = await startTestServer(database.db);
    const stranger = await createUser(database.db, { organisationId: board.organisationId });
    const url = (path: string, user: User, boardId = board.id) =>
      `${server!.url}/${path}?token=${encodeURIComponent(tokenFor(boardId, user.id))}`;
    const missing = "0b7c9a52-6f1e-4c1a-9d7e-2f4c8b1a3e5d";

    expect(await upgradeStatus(url(`${board.id}/doc/${foreign.id}`, users.a))).toBe(404);
    expect(await upgradeStatus(url(`${board.id}/doc/${missing}`, users.a))).toBe(404);
    expect(await upgradeStatus(url(`${board.id}/doc/not-a-uuid`, users.a))).toBe(404);
    expect(await upgradeStatus(url(`${board.id}/docs/${agreement.id}`, users.a))).toBe(404);
    expect(await upgradeStatus(url(`${board.id}/doc/${agreement.id}`, stranger))).toBe(403);
    // A token for the other board does not open this board's document.
    expect(await upgradeStatus(url(`${board.id}/doc/${agreement.id}`, users.a, otherBoard.id))).toBe(401);

    expect(server.collab.stats().docsLoaded).toBe(0);
    const created = await database.db
      .select({ docId: boardDocSnapshots.docId })
      .from(boardDocSnapshots)
      .where(eq(boardDocSnapshots.boardId, board.id));
    expect(created.map((row) => row.docId).sort()).toEqual(["", agreement.id, ruleSet.id].sort());
    expect(await upgradeStatus(url(`${board.id}/doc/${agreement.id}`, users.a))).toBe(101);
  });
});
