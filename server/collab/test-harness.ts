/**
 * A real collaboration server on port 0 and real y-websocket clients for tests (hocuspocus
 * `tests/utils/newHocuspocus.ts`). Not used by production code.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import type * as decoding from "lib0/decoding";
import type * as encoding from "lib0/encoding";
import WebSocket from "ws";
import { WebsocketProvider } from "y-websocket";
import * as Y from "yjs";
import { mintCollabToken } from "@/lib/auth/collab-token";
import {
  COLLAB_PATH,
  MESSAGE_ALIVE,
  MESSAGE_ERROR,
  MESSAGE_PUSH,
  MESSAGE_READ_ONLY,
  MESSAGE_SAVED,
  readErrorPayload,
  readPushPayload,
  readReadOnlyPayload,
  readSavedPayload,
} from "@/lib/board/protocol";
import type { Db } from "@/lib/db/client";
import { createDbAuthorize } from "./authorize-db";
import { silentLogger } from "./logger";
import { type CollabServer, createCollabServer } from "./server";
import type { CollabServerOptions } from "./types";

export const TEST_KEY = "test-collab-secret";

export interface TestServer {
  collab: CollabServer;
  port: number;
  /** Base URL for WebsocketProvider: `ws://127.0.0.1:<port>/collab`. */
  url: string;
  close(): Promise<void>;
}

/** Starts an HTTP server on port 0 with only the collaboration server attached. */
export async function startTestServer(db: Db, options: Partial<CollabServerOptions> = {}): Promise<TestServer> {
  const collab = createCollabServer({
    db,
    authorize: createDbAuthorize(db, { key: TEST_KEY }),
    logger: silentLogger,
    unloadDelayMs: 100,
    ...options,
  });
  const server = http.createServer((_req, res) => res.writeHead(404).end());
  server.on("upgrade", (req, socket, head) => {
    if (!collab.handleUpgrade(req, socket, head)) socket.destroy();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    collab,
    port,
    url: `ws://127.0.0.1:${port}${COLLAB_PATH}`,
    async close() {
      await collab.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** A token for the test key. */
export function tokenFor(boardId: string, userId: string, ttlSeconds = 60): string {
  return mintCollabToken({ boardId, userId }, { key: TEST_KEY, ttlSeconds });
}

export interface TestClient {
  doc: Y.Doc;
  provider: WebsocketProvider;
  /** Latest MESSAGE_SAVED vector (merged: clocks only grow). */
  saved: Map<number, number>;
  readOnly: boolean | null;
  errors: string[];
  /** Payloads (JSON text) of MESSAGE_PUSH frames, with their arrival time (performance.now()). */
  pushes: { payload: string; at: number }[];
  closeCodes: number[];
  /** True when every local change of this client is covered by MESSAGE_SAVED. */
  isSaved(): boolean;
  destroy(): void;
}

type Handler = (e: encoding.Encoder, d: decoding.Decoder, p: WebsocketProvider, s: boolean, t: number) => void;

/**
 * A y-websocket client in Node that records our app-level messages and close codes. `boardId`
 * is the room path: a board id, or `roomPathOf({ boardId, docId })` for a document.
 */
export function connectClient(
  url: string,
  boardId: string,
  token: string,
  options: { doc?: Y.Doc; connect?: boolean } = {},
): TestClient {
  const doc = options.doc ?? new Y.Doc();
  const provider = new WebsocketProvider(url, boardId, doc, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    params: { token },
    disableBc: true,
    maxBackoffTime: 300,
    connect: options.connect ?? true,
  });
  const client: TestClient = {
    doc,
    provider,
    saved: new Map(),
    readOnly: null,
    errors: [],
    pushes: [],
    closeCodes: [],
    isSaved() {
      const own = doc.clientID;
      return (Y.decodeStateVector(Y.encodeStateVector(doc)).get(own) ?? 0) <= (client.saved.get(own) ?? 0);
    },
    destroy() {
      provider.destroy();
      doc.destroy();
    },
  };
  const handlers = provider.messageHandlers as unknown as Handler[];
  handlers[MESSAGE_SAVED] = (_e, decoder) => {
    for (const [id, clock] of readSavedPayload(decoder)) {
      client.saved.set(id, Math.max(clock, client.saved.get(id) ?? 0));
    }
  };
  handlers[MESSAGE_READ_ONLY] = (_e, decoder) => {
    client.readOnly = readReadOnlyPayload(decoder);
  };
  handlers[MESSAGE_ERROR] = (_e, decoder) => {
    client.errors.push(readErrorPayload(decoder));
  };
  // Like an older client: does not answer the server's "still there?", so it is never asked to.
  handlers[MESSAGE_ALIVE] = () => {};
  handlers[MESSAGE_PUSH] = (_e, decoder) => {
    client.pushes.push({ payload: readPushPayload(decoder), at: performance.now() });
  };
  provider.on("connection-close", (event) => {
    if (event) client.closeCodes.push(event.code);
  });
  return client;
}

/** Polls `check` until it is true or `timeoutMs` passes (then throws with `what`). */
export async function waitFor(check: () => boolean, what: string, timeoutMs = 5000): Promise<void> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** Resolves when the provider has synced with the server. */
export function waitSynced(client: TestClient, timeoutMs = 5000): Promise<void> {
  return waitFor(() => client.provider.synced, "sync", timeoutMs);
}

/** A raw socket (no Yjs client) to send arbitrary frames; resolves once open. */
export async function openRawSocket(
  url: string,
  boardId: string,
  token: string,
  headers: Record<string, string> = {},
): Promise<{ ws: WebSocket; closed: Promise<number>; messages: Uint8Array[] }> {
  const ws = new WebSocket(`${url}/${boardId}?token=${encodeURIComponent(token)}`, { headers });
  const messages: Uint8Array[] = [];
  ws.on("message", (data) => messages.push(new Uint8Array(data as Buffer)));
  const closed = new Promise<number>((resolve) => ws.on("close", (code) => resolve(code)));
  await new Promise<void>((resolve, reject) => {
    ws.once("open", () => resolve());
    ws.once("error", reject);
  });
  return { ws, closed, messages };
}

/** The HTTP status with which an upgrade is refused (or 101 when it is accepted). */
export function upgradeStatus(url: string, headers: Record<string, string> = {}): Promise<number> {
  return new Promise((resolve) => {
    const ws = new WebSocket(url, { headers });
    ws.on("unexpected-response", (_req, res) => {
      resolve(res.statusCode ?? 0);
      ws.terminate();
    });
    ws.on("open", () => {
      resolve(101);
      ws.close();
    });
    ws.on("error", () => resolve(0));
  });
}
