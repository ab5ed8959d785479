/**
 * The collaboration server: y-websocket compatible, built from one-concern parts called in a
 * fixed order (docs/collaboration.md):
 *
 *   authenticate (on the HTTP upgrade) → limits → document-lock → readonly → awareness → sync → persistence →
 *   broadcast → pubsub → role-recheck → push
 *
 * The host process owns the HTTP server and hands it upgrades; this server claims `/collab/…`.
 * Server code reaches the live rooms through `broadcastToBoard` and `withRoom` (docs/collaboration.md).
 */
import type { IncomingMessage } from "node:http";
import type { Duplex } from "node:stream";
import { type RawData, type WebSocket, WebSocketServer } from "ws";
import * as Y from "yjs";
import type { RoomStateChange } from "@/lib/board/live-rooms";
import { ALIVE_FRAME, CloseCode, COLLAB_PATH, type PushMessage, type RoomRef } from "@/lib/board/protocol";
import { type AuthenticationResult, authenticateUpgrade, refuseUpgrade } from "./authenticate";
import { createDbMemberRoles } from "./authorize-db";
import { createAwarenessPart } from "./awareness";
import { createBroadcastPart } from "./broadcast";
import { createCheckpointPart } from "./checkpoints";
import { CollabConnection } from "./connection";
import { createDocSizePart } from "./doc-size";
import { createDocumentLockPart } from "./document-lock";
import { ConnectionSlots, createLimitsPart, DEFAULT_RESOURCE_LIMITS } from "./limits";
import { consoleLogger } from "./logger";
import { decodeMessage, MalformedMessageError } from "./message";
import { createPersistencePart } from "./persistence";
import { createNoopPubSub, createPubSubPart } from "./pubsub";
import { createPushPart, type PushTarget } from "./push";
import { createReadonlyPart } from "./readonly";
import { createRoleRecheckPart } from "./role-recheck";
import type { Room } from "./room";
import { RoomRegistry } from "./rooms";
import { createRuleCheckPart } from "./rule-check";
import { createSyncPart } from "./sync";
import {
  type CollabContext,
  type CollabLimits,
  type CollabPart,
  type CollabServerOptions,
  type CollabStats,
  ServerEdit,
} from "./types";

export { notifyMembershipChanged } from "@/lib/board/membership-events";

export interface CollabServer {
  /** Takes the upgrade when its path is under `/collab/`; false means "not mine, pass it on". */
  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): boolean;
  /** Stops accepting, saves what is pending, closes connections with 4503, compacts and unloads. */
  close(): Promise<void>;
  stats(): CollabStats;
  /** Sends a push message to every connection of the board (or one user's) on every process. */
  broadcastToBoard(boardId: string, message: PushMessage, target?: PushTarget): void;
  /**
   * Applies `change` to the live room's document as one Y transaction (loading the room if it is
   * not loaded): connected people see it, and it resolves with `change`'s result once the change
   * is committed and published — the same durable path as a client's update. Rejects with
   * RoomNotFoundError when the board or document does not exist.
   */
  withRoom<T>(room: RoomRef, change: (doc: Y.Doc) => T, options?: { userId?: string | null }): Promise<T>;
  /** `withRoom` across a yjs boundary (lib/board/live-rooms.ts): the change works on bytes. */
  changeRoomState<T>(room: RoomRef, change: RoomStateChange<T>, options?: { userId?: string | null }): Promise<T>;
}

/** `withRoom` for a board or document that does not exist. */
export class RoomNotFoundError extends Error {
  constructor(room: RoomRef) {
    super(`no such board or document: ${room.boardId}${room.docId ? `/${room.docId}` : ""}`);
    this.name = "RoomNotFoundError";
  }
}

const DEFAULT_LIMITS: CollabLimits = {
  maxMessageBytes: 8 * 1024 * 1024,
  messagesPerSecond: 200,
  messageBurst: 400,
  maxConnectionsPerBoard: 100,
  ...DEFAULT_RESOURCE_LIMITS,
  maxDocumentBytes: 2 * 1024 * 1024,
};

function isCollabPath(url: string): boolean {
  const path = url.split("?")[0];
  return path === COLLAB_PATH || path.startsWith(`${COLLAB_PATH}/`);
}

function toBytes(data: RawData): Uint8Array {
  if (Array.isArray(data)) return new Uint8Array(Buffer.concat(data));
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
}

/** Creates the collaboration server; attach it with `httpServer.on("upgrade", …)` (see docs). */
export function createCollabServer(options: CollabServerOptions): CollabServer {
  const logger = options.logger ?? consoleLogger;
  const limits: CollabLimits = { ...DEFAULT_LIMITS, ...options.limits };
  const stats: CollabStats = {
    docsLoaded: 0,
    rooms: 0,
    connections: 0,
    upgradesRefused: 0,
    savesCommitted: 0,
    savesFailed: 0,
    compactions: 0,
    closedByCode: {},
  };
  const settings: CollabContext["settings"] = {
    unloadDelayMs: options.unloadDelayMs ?? 5000,
    compactAfterUpdates: options.compactAfterUpdates ?? 500,
    saveRetries: options.saveRetries ?? 3,
    saveRetryDelayMs: options.saveRetryDelayMs ?? 200,
    roleRecheckMs: options.roleRecheckMs ?? 2000,
  };
  const pubsub = options.pubsub ?? createNoopPubSub();
  const parts: CollabPart[] = [];
  const registry = new RoomRegistry({ db: options.db, logger, limits, stats, settings }, parts);
  const context: CollabContext = {
    db: options.db,
    logger,
    limits,
    stats,
    settings,
    rooms: () => registry.all(),
    discardRoom(room, code) {
      for (const conn of room.connections) conn.close(code, "board dropped from memory");
      registry.drop(room);
    },
  };
  const persistence = createPersistencePart(context, options.pubsub, options.onBoardCommitted);
  const roleRecheck = createRoleRecheckPart(context, options.loadMemberRoles ?? createDbMemberRoles(options.db));
  const documentLock = createDocumentLockPart(context);
  const push = createPushPart(context, pubsub, (boardId, message) => {
    if (message.type === "members.changed") {
      options.authorize.invalidate?.(boardId); // before the re-check, so no upgrade sees the old answer
      roleRecheck.requestBoard(boardId);
    }
    if (message.type === "document.status-changed") documentLock.applyStatus(boardId, message.docId, message.status);
  });
  // The fixed order of the chain (authentication runs earlier, on the upgrade).
  parts.push(
    createLimitsPart(limits),
    documentLock,
    createReadonlyPart(),
    createDocSizePart(limits.maxDocumentBytes),
    createRuleCheckPart(),
    createAwarenessPart(limits.maxAwarenessStateBytes),
    createSyncPart(),
    persistence,
    createCheckpointPart(context, options.checkpointIdleMs ?? 300_000),
    createBroadcastPart(pubsub),
    createPubSubPart(pubsub, logger),
    roleRecheck,
    push,
  );

  const slots = new ConnectionSlots(limits);
  const wss = new WebSocketServer({
    noServer: true,
    maxPayload: limits.maxMessageBytes,
    perMessageDeflate: options.perMessageDeflate ?? false,
  });
  let isClosing = false;

  function receive(conn: CollabConnection, room: Room, data: RawData, isBinary: boolean): void {
    if (conn.isClosed || isClosing || room.isDestroyed) return;
    if (!isBinary) {
      conn.close(CloseCode.BadRequest, "text frame");
      return;
    }
    const frame = toBytes(data);
    try {
      for (const part of parts) if (part.onFrame && !part.onFrame(conn, frame)) return;
      const message = decodeMessage(frame);
      if (message.kind === "alive") {
        conn.answersAlive = true;
        conn.lastAliveAt = Date.now();
        return;
      }
      for (const part of parts) {
        if (part.onMessage && !part.onMessage(conn, room, message)) return;
        if (conn.isClosed) return;
      }
    } catch (error) {
      if (error instanceof MalformedMessageError)
        conn.close(CloseCode.BadRequest, `malformed message: ${error.message}`);
      else {
        logger.error("collab: message handling failed", { ...conn.logFields, error: (error as Error).stack });
        conn.close(CloseCode.ServerError);
      }
    }
  }

  function join(ws: WebSocket, room: Room, auth: Extract<AuthenticationResult, { ok: true }>): void {
    const conn = new CollabConnection(ws, room.boardId, auth.user, auth.role, logger, stats);
    room.pendingJoins--;
    room.connections.add(conn);
    stats.connections++;
    ws.on("message", (data, isBinary) => receive(conn, room, data, isBinary));
    ws.on("pong", () => {
      conn.lastPongAt = Date.now();
    });
    ws.on("error", (error) => logger.warn(`collab: socket error: ${error.message}`, conn.logFields));
    ws.on("close", () => {
      conn.isClosed = true;
      if (!room.connections.delete(conn)) return;
      stats.connections--;
      if (room.isDestroyed) return;
      for (const part of parts) part.onDisconnect?.(conn, room);
      registry.scheduleUnload(room);
    });
    for (const part of parts) {
      part.onConnect?.(conn, room);
      if (conn.isClosed) return;
    }
  }

  async function accept(req: IncomingMessage, socket: Duplex, head: Buffer): Promise<void> {
    socket.on("error", () => socket.destroy());
    const refuse = (status: Parameters<typeof refuseUpgrade>[1], why: string) => {
      stats.upgradesRefused++;
      logger.info(`collab: upgrade refused (${status}): ${why}`, { path: req.url?.split("?")[0] });
      refuseUpgrade(socket, status);
    };
    let auth: AuthenticationResult;
    try {
      auth = await authenticateUpgrade(req, options);
    } catch (error) {
      return refuse(500, `authorize failed: ${(error as Error).message}`);
    }
    if (!auth.ok) return refuse(auth.status, auth.why);
    const slot = slots.reserve(auth.boardId, auth.user.id, socket);
    if (!slot.ok) return refuse(429, slot.why);
    if (isClosing) return refuse(503, "shutting down");
    let room: Room | null;
    try {
      room = await registry.acquire(auth.room);
    } catch (error) {
      return refuse(500, `loading the board failed: ${(error as Error).message}`);
    }
    if (!room) return refuse(404, auth.room.docId ? "document not found on this board" : "board not found");
    if (isClosing || socket.destroyed || room.isDestroyed) {
      registry.release(room);
      // close() has already unloaded the rooms it knew of; do not leave this one behind.
      if (isClosing && room.isIdle) registry.drop(room);
      return refuse(503, "socket gone or shutting down");
    }
    const joining = room;
    wss.handleUpgrade(req, socket, head, (ws) => join(ws, joining, auth));
  }

  /** Holds the room loaded while `apply` changes it (synchronously) and its commit completes. */
  async function changeInRoom<T>(ref: RoomRef, apply: (room: Room) => T): Promise<T> {
    if (isClosing) throw new Error("the collaboration server is shutting down");
    const room = await registry.acquire(ref);
    if (!room) throw new RoomNotFoundError(ref);
    try {
      const result = apply(room);
      await persistence.whenCommitted(room);
      return result;
    } finally {
      registry.release(room);
    }
  }

  // A person whose network died (no close frame) leaves everyone's presence within
  // deadAfter + one check (7 s by default), also when the browser still answers pings for a page
  // that is offline (the page does not; pages announce on open that they answer). A slow client
  // may answer up to two intervals late before it is dropped.
  const askEveryMs = options.pingIntervalMs ?? 2_000;
  const deadAfterMs = options.deadAfterMs ?? 3 * askEveryMs;
  let checks = 0;
  const pinger = setInterval(() => {
    const now = Date.now();
    const isAskTick = checks++ % 2 === 0;
    for (const room of registry.all()) {
      for (const conn of room.connections) {
        const isPageGone = conn.answersAlive && now - conn.lastAliveAt > deadAfterMs;
        if (now - conn.lastPongAt > deadAfterMs || isPageGone) conn.terminate();
        else if (isAskTick) {
          conn.ws.ping();
          conn.send(ALIVE_FRAME);
        }
      }
    }
  }, askEveryMs / 2);
  pinger.unref();

  return {
    handleUpgrade(req, socket, head) {
      if (!isCollabPath(req.url ?? "")) return false;
      if (isClosing) {
        stats.upgradesRefused++;
        refuseUpgrade(socket, 503);
        return true;
      }
      void accept(req, socket, head);
      return true;
    },

    async close() {
      if (isClosing) return;
      isClosing = true;
      clearInterval(pinger);
      const rooms = registry.all();
      // Save what is pending while the sockets are still open, so MESSAGE_SAVED still arrives.
      for (const room of rooms) for (const part of parts) await part.whenIdle?.(room);
      for (const room of rooms) for (const conn of room.connections) conn.close(CloseCode.ShuttingDown);
      for (const room of rooms) {
        try {
          for (const part of parts) await part.beforeUnload?.(room);
        } catch (error) {
          logger.warn("collab: final compaction failed", { board: room.boardId, error: (error as Error).message });
        }
        registry.drop(room);
      }
      for (const part of parts) await part.close?.();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
    },

    stats() {
      return { ...stats, rooms: registry.size, closedByCode: { ...stats.closedByCode } };
    },

    broadcastToBoard: push.broadcastToBoard,

    withRoom(ref, change, { userId = null } = {}) {
      return changeInRoom(ref, (room) => {
        let result: ReturnType<typeof change> | undefined;
        room.doc.transact(() => {
          result = change(room.doc);
        }, new ServerEdit(userId));
        return result as ReturnType<typeof change>;
      });
    },

    changeRoomState(ref, change, { userId = null } = {}) {
      return changeInRoom(ref, (room) => {
        const { update, result } = change(Y.encodeStateAsUpdate(room.doc));
        if (update) Y.applyUpdate(room.doc, update, new ServerEdit(userId));
        return result;
      });
    },
  };
}
