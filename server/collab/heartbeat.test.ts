/**
 * A person whose network dies sends no close frame: their socket stays "open" on the server until
 * TCP gives up, minutes later. The server pings every socket and terminates one that missed a pong,
 * so its presence leaves everyone else's list within 10 s (issue 15) with the default 2 s interval and 6 s deadline.
 * A browser's network stack may answer pings for a page that is offline (Chromium does), so the
 * server also asks the page itself (MESSAGE_ALIVE) and drops a page that stopped answering.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type WebSocket from "ws";
import { ALIVE_FRAME, MESSAGE_ALIVE } from "@/lib/board/protocol";
import { encodeAwarenessEntries, encodeAwarenessMessage } from "./message";
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

let database: TestDatabase;
let server: TestServer;
let boardId: string;
let annaId: string;
let bo: TestClient;

beforeAll(async () => {
  database = await openTestDatabase();
  const { board, users } = await createBoardWithMembers(database.db, { anna: "editor", bo: "editor" });
  boardId = board.id;
  annaId = users.anna.id;
  // The production default interval: the bound under test is the one people see.
  server = await startTestServer(database.db);
  bo = connectClient(server.url, boardId, tokenFor(boardId, users.bo.id));
  await waitSynced(bo);
});
afterAll(async () => {
  bo.destroy();
  await server.close();
  await database.remove();
});

/** Presence of one awareness client id, sent on a raw socket. */
function sendPresence(ws: WebSocket, clientId: number): void {
  ws.send(encodeAwarenessMessage(encodeAwarenessEntries([{ clientId, clock: 1, state: { section: "behov" } }])));
}

/** Stops reading the socket: pings are never seen, so never answered (a cut network). */
function stopAnswering(ws: WebSocket): void {
  (ws as unknown as { _socket: { pause(): void } })._socket.pause();
}

describe("heartbeat", () => {
  it("drops the presence of a socket that stops answering pings within 10 s, and keeps live ones", async () => {
    const raw = await openRawSocket(server.url, boardId, tokenFor(boardId, annaId));
    const clientId = 7001;
    sendPresence(raw.ws, clientId);
    await waitFor(() => bo.provider.awareness.getStates().has(clientId), "anna's presence at bo");
    expect((bo.provider.awareness.getStates().get(clientId) as { user: { id: string } }).user.id).toBe(annaId);

    // Answering pings for two intervals keeps anna on the board.
    await new Promise((resolve) => setTimeout(resolve, 9_000));
    expect(bo.provider.awareness.getStates().has(clientId)).toBe(true);

    const started = Date.now();
    stopAnswering(raw.ws);
    await waitFor(() => !bo.provider.awareness.getStates().has(clientId), "anna's presence removed at bo", 10_000);
    expect(Date.now() - started).toBeLessThan(10_000);
    // Bo, whose client answers, is still connected and synced.
    expect(bo.provider.wsconnected).toBe(true);
    raw.ws.terminate();
  }, 30_000);

  it("drops a page that stopped answering MESSAGE_ALIVE though its pings are still answered", async () => {
    const raw = await openRawSocket(server.url, boardId, tokenFor(boardId, annaId));
    let isAnswering = true;
    let asked = 0;
    raw.ws.on("message", (data: Buffer) => {
      if (data[0] !== MESSAGE_ALIVE) return;
      asked++;
      if (isAnswering) raw.ws.send(ALIVE_FRAME);
    });
    const clientId = 7002;
    sendPresence(raw.ws, clientId);
    await waitFor(() => bo.provider.awareness.getStates().has(clientId), "anna's presence at bo");
    await waitFor(() => asked >= 2, "two questions answered", 10_000);
    expect(bo.provider.awareness.getStates().has(clientId)).toBe(true);

    // The page goes quiet (offline in Chromium: the socket still answers pings, frames stay queued).
    const started = Date.now();
    isAnswering = false;
    await waitFor(() => !bo.provider.awareness.getStates().has(clientId), "anna's presence removed at bo", 10_000);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(await raw.closed).toBe(1006);
  }, 30_000);

  it("drops a page that announced on open and went quiet before the server's first question", async () => {
    const raw = await openRawSocket(server.url, boardId, tokenFor(boardId, annaId));
    // As the browser provider does on open; then it never answers (offline at once).
    raw.ws.send(ALIVE_FRAME);
    const clientId = 7003;
    sendPresence(raw.ws, clientId);
    await waitFor(() => bo.provider.awareness.getStates().has(clientId), "anna's presence at bo");
    const started = Date.now();
    await waitFor(() => !bo.provider.awareness.getStates().has(clientId), "anna's presence removed at bo", 10_000);
    // The 6 s deadline after its announcement plus one check (1 s), with slack for a busy machine.
    expect(Date.now() - started).toBeLessThan(9_000);
    expect(await raw.closed).toBe(1006);
  }, 30_000);
});
