/**
 * A person whose network dies sends no close frame: their socket stays "open" on the server until
 * TCP gives up, minutes later. The server pings every socket and terminates one that missed a pong,
 * so its presence leaves everyone else's list within 10 s (issue 15) with the default 4 s interval.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type WebSocket from "ws";
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

/** Stops reading the socket: pings are never seen, so never answered (a cut network). */
function stopAnswering(ws: WebSocket): void {
  (ws as unknown as { _socket: { pause(): void } })._socket.pause();
}

describe("heartbeat", () => {
  it("drops the presence of a socket that stops answering pings within 10 s, and keeps live ones", async () => {
    const raw = await openRawSocket(server.url, boardId, tokenFor(boardId, annaId));
    const clientId = 7001;
    raw.ws.send(encodeAwarenessMessage(encodeAwarenessEntries([{ clientId, clock: 1, state: { section: "behov" } }])));
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
});
