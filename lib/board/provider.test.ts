/**
 * connectBoard against a minimal in-process collaboration server on port 0 (the real one lives
 * in server/collab/): sync, MESSAGE_SAVED after "persisting", token refresh on reconnect,
 * read-only and terminal close codes, document rooms and schema-checked server push.
 */
import type { AddressInfo } from "node:net";
import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { WebSocket, WebSocketServer } from "ws";
import * as syncProtocol from "y-protocols/sync";
import * as Y from "yjs";
import {
  CloseCode,
  encodePushFrame,
  encodeReadOnlyMessage,
  encodeSavedMessage,
  MESSAGE_ALIVE,
  MESSAGE_SYNC,
  parseCollabPath,
  restrictStateVector,
} from "./protocol";
import { type BoardConnection, connectBoard } from "./provider";

interface TestServer {
  url: string;
  doc: Y.Doc;
  tokens: string[];
  paths: string[];
  sockets: WebSocket[];
  /** The first byte (message type) of every frame the clients sent, in order. */
  kinds: number[];
  close(): Promise<void>;
}

async function startServer(): Promise<TestServer> {
  const doc = new Y.Doc();
  const wss = new WebSocketServer({ port: 0 });
  const server: TestServer = { url: "", doc, tokens: [], paths: [], sockets: [], kinds: [], close: async () => {} };
  wss.on("connection", (ws, request) => {
    const url = new URL(request.url ?? "", "http://x");
    const token = url.searchParams.get("token") ?? "";
    server.tokens.push(token);
    server.paths.push(url.pathname);
    if (parseCollabPath(request.url ?? "")?.boardId !== "b1") return ws.close(CloseCode.NotFound);
    if (token === "forbidden") return ws.close(CloseCode.Forbidden);
    server.sockets.push(ws);
    const readOnly = token.startsWith("viewer");
    const sentClients = new Set<number>();
    ws.send(encodeReadOnlyMessage(readOnly));
    const step1 = encoding.createEncoder();
    encoding.writeVarUint(step1, MESSAGE_SYNC);
    syncProtocol.writeSyncStep1(step1, doc);
    ws.send(encoding.toUint8Array(step1));
    ws.on("message", (data: Buffer) => {
      server.kinds.push(data[0]!);
      const decoder = decoding.createDecoder(new Uint8Array(data));
      if (decoding.readVarUint(decoder) !== MESSAGE_SYNC) return;
      const before = Y.decodeStateVector(Y.encodeStateVector(doc));
      const reply = encoding.createEncoder();
      encoding.writeVarUint(reply, MESSAGE_SYNC);
      const kind = decoding.peekVarUint(decoder);
      if (readOnly && kind !== syncProtocol.messageYjsSyncStep1) return; // drop viewers' updates
      syncProtocol.readSyncMessage(decoder, reply, doc, ws);
      if (encoding.length(reply) > 1) ws.send(encoding.toUint8Array(reply));
      const after = Y.decodeStateVector(Y.encodeStateVector(doc));
      for (const [client, clock] of after) if (clock > (before.get(client) ?? 0)) sentClients.add(client);
      // "persist" asynchronously, then confirm what this connection sent
      setTimeout(() => {
        if (ws.readyState === ws.OPEN) ws.send(encodeSavedMessage(restrictStateVector(after, sentClients)));
      }, 20);
    });
  });
  await new Promise<void>((resolve) => wss.once("listening", () => resolve()));
  server.url = `http://127.0.0.1:${(wss.address() as AddressInfo).port}`;
  server.close = () =>
    new Promise((resolve) => {
      for (const client of wss.clients) client.terminate();
      wss.close(() => resolve());
    });
  return server;
}

async function waitFor(check: () => boolean, what: string, timeout = 5000): Promise<void> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > timeout) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe("connectBoard", () => {
  let server: TestServer;
  const connections: BoardConnection[] = [];
  beforeEach(async () => {
    server = await startServer();
  });
  afterEach(async () => {
    for (const connection of connections.splice(0)) await connection.destroy();
    await server.close();
  });

  function connect(boardId: string, tokens: string[], docId?: string): { connection: BoardConnection; doc: Y.Doc } {
    const doc = new Y.Doc();
    let i = 0;
    const connection = connectBoard({
      boardId,
      docId,
      doc,
      baseUrl: server.url,
      getToken: async () => tokens[Math.min(i++, tokens.length - 1)],
      WebSocketPolyfill: WebSocket,
      maxBackoffTime: 200,
    });
    connections.push(connection);
    return { connection, doc };
  }

  it("goes connecting → saved, and saving → saved around an edit", async () => {
    const { connection, doc } = connect("b1", ["t1"]);
    expect(connection.status).toBe("connecting");
    await waitFor(() => connection.status === "saved", "saved");
    const seen: string[] = [];
    connection.subscribe((state) => seen.push(state.status));
    doc.getMap("m").set("x", 1);
    expect(connection.status).toBe("saving");
    await waitFor(() => connection.status === "saved", "saved after edit");
    expect(seen).toEqual(["saving", "saved"]);
    expect(server.doc.getMap("m").get("x")).toBe(1);
  });

  it("tells the server on open, unasked, that it answers MESSAGE_ALIVE", async () => {
    // The server's page-level check then covers a page that goes offline before the first
    // question (Chromium answers ws pings for an offline page, so pings alone never drop it).
    const { connection } = connect("b1", ["t1"]);
    await waitFor(() => connection.status === "saved", "saved");
    expect(server.kinds).toContain(MESSAGE_ALIVE);
  });

  it("confirms a delete-only edit (which leaves the state vector unchanged) as saved", async () => {
    const { connection, doc } = connect("b1", ["t1"]);
    await waitFor(() => connection.status === "saved", "saved");
    doc.getMap("m").set("x", 1);
    await waitFor(() => connection.status === "saved" && server.doc.getMap("m").get("x") === 1, "insert saved");
    const seen: string[] = [];
    connection.subscribe((state) => seen.push(state.status));
    doc.getMap("m").delete("x");
    // Without the follow-up insert the status would stay "saved" before the server has the delete.
    await waitFor(() => seen.includes("saving") && connection.status === "saved", "saving, then saved");
    expect(server.doc.getMap("m").has("x")).toBe(false);
  });

  it("fetches a fresh token to reconnect after the token expired, and resends offline edits", async () => {
    const { connection, doc } = connect("b1", ["t1", "t2"]);
    await waitFor(() => connection.status === "saved", "saved");
    server.sockets[0].close(CloseCode.Unauthenticated);
    await waitFor(() => connection.status === "offline", "offline");
    doc.getMap("m").set("offline", true);
    await waitFor(() => connection.status === "saved", "saved after reconnect");
    expect(server.tokens).toEqual(["t1", "t2"]);
    expect(server.doc.getMap("m").get("offline")).toBe(true);
  });

  it("marks read-only connections and reports edits there as unsaved", async () => {
    const { connection, doc } = connect("b1", ["viewer"]);
    await waitFor(() => connection.readOnly && connection.status === "saved", "read-only");
    doc.getMap("m").set("x", 1);
    expect(connection.status).toBe("unsaved");
  });

  it("stops after a non-retryable close", async () => {
    const { connection } = connect("b1", ["forbidden"]);
    await waitFor(() => connection.closeCode === CloseCode.Forbidden, "4403");
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(server.tokens).toEqual(["forbidden"]);
    expect(connection.status).toBe("offline");
  });

  it("opens a document's own room and passes on only the push messages that match their schema", async () => {
    const { connection } = connect("b1", ["t1"], "d1");
    const received: unknown[] = [];
    connection.onPush((message) => received.push(message));
    await waitFor(() => connection.status === "saved", "saved");
    expect(server.paths).toEqual(["/collab/b1/doc/d1"]);
    const warn = console.warn;
    const warnings: string[] = [];
    console.warn = (message: string) => warnings.push(message);
    try {
      for (const payload of ['{"v":9,"type":"members.changed"}', "{broken", '{"v":1,"type":"members.changed"}']) {
        server.sockets[0].send(encodePushFrame(payload));
      }
      await waitFor(() => received.length > 0, "the valid push");
    } finally {
      console.warn = warn;
    }
    expect(received).toEqual([{ v: 1, type: "members.changed" }]);
    expect(warnings).toHaveLength(2);
  });
});
