import type { IncomingMessage } from "node:http";
import type { PerMessageDeflateOptions } from "ws";
import type { BoardRole } from "@/lib/auth/roles";
import type { Db } from "@/lib/db/client";
import type { CollabConnection } from "./connection";
import type { DecodedMessage } from "./message";
import type { CollabPubSub } from "./pubsub";
import type { Room } from "./room";

/** Who is connecting, as the server knows it (never as the client claims it). */
export interface CollabUser {
  id: string;
  name: string;
}

/** The answer of `authorize`: a member with a role, or an HTTP status to refuse the upgrade with. */
export type AuthorizeResult = { ok: true; user: CollabUser; role: BoardRole } | { ok: false; status: 401 | 403 | 404 };

/**
 * Decides whether the request may open the board's socket (token check + membership). One that
 * caches memberships has `invalidate`, which the server calls on every `members.changed`.
 */
export type Authorize = ((req: IncomingMessage, boardId: string, token: string | null) => Promise<AuthorizeResult>) & {
  invalidate?: (boardId: string) => void;
};

/** Current roles of a board's members (user id → role), or null when the board no longer exists. */
export type LoadMemberRoles = (boardId: string) => Promise<Map<string, BoardRole> | null>;

/** One-line structured logging; the default writes to stdout/stderr. */
export interface CollabLogger {
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
}

export interface CollabLimits {
  /** Largest accepted WebSocket message (bytes); larger ones close the connection with 4413. Default 8 MiB. */
  maxMessageBytes: number;
  /** Sustained messages per second per connection (token bucket refill). Default 200. */
  messagesPerSecond: number;
  /** Messages a connection may send in a burst (token bucket size). Default 400. */
  messageBurst: number;
  /** Open connections per board; the next upgrade is refused with HTTP 429. Default 100. */
  maxConnectionsPerBoard: number;
  /** Open connections of one user on one board; the next upgrade gets HTTP 429. Default 8. */
  maxConnectionsPerUser: number;
  /** Sustained bytes per second per connection (token bucket refill); beyond, 4408. Default 1 MiB. */
  bytesPerSecond: number;
  /** Bytes a connection may send in a burst; at least maxMessageBytes. Default 16 MiB. */
  byteBurst: number;
  /** Bytes queued for a socket that does not read; beyond, 4409 "too slow". Default 16 MiB. */
  maxBufferedBytes: number;
  /** Largest awareness state of one client (JSON characters); larger ones are dropped. Default 2 048. */
  maxAwarenessStateBytes: number;
  /** Yjs state of one rich-text document; updates that would grow it further are refused. Default 2 MiB. */
  maxDocumentBytes: number;
}

export interface CollabServerOptions {
  db: Db;
  authorize: Authorize;
  /** Allowed `Origin` values, or a predicate. When absent, Origin is not checked. */
  allowedOrigins?: string[] | ((origin: string) => boolean);
  /** Accept upgrades without an Origin header (non-browser clients). Default false. */
  allowMissingOrigin?: boolean;
  limits?: Partial<CollabLimits>;
  /** How often open connections' membership is re-checked (ms). Default 2000. */
  roleRecheckMs?: number;
  /**
   * permessage-deflate on the socket (ws options). Default off: ws compresses asynchronously,
   * which changes the order and batching of frames that server.test.ts relies on (benchmarks.md).
   */
  perMessageDeflate?: PerMessageDeflateOptions | false;
  /** Membership source for the re-check; defaults to a query on `board_members`. */
  loadMemberRoles?: LoadMemberRoles;
  /** Scale-out channel between collaboration processes; default in-process no-op. */
  pubsub?: CollabPubSub;
  /** Called after a board document's updates accepted on this process are committed (strategic sums refresh). */
  onBoardCommitted?: (boardId: string) => void;
  logger?: CollabLogger;
  /** Delay before a board without connections is unloaded (ms). Default 5000. */
  unloadDelayMs?: number;
  /** Log rows after which the board's document is compacted. Default 500. */
  compactAfterUpdates?: number;
  /** Retries of a failed save before the board's connections are closed with 4500. Default 3. */
  saveRetries?: number;
  /** First retry delay (ms), doubled per retry. Default 200. */
  saveRetryDelayMs?: number;
  /** Pause in editing after which a version checkpoint is saved (ms). Default 300000 (5 min). */
  checkpointIdleMs?: number;
  /** Interval of the WebSocket ping and the page's MESSAGE_ALIVE question (ms). Default 2000. */
  pingIntervalMs?: number;
  /**
   * A connection whose pong, or whose page's MESSAGE_ALIVE answer, is older than this is dropped
   * (ms). Default three ping intervals: an answer may come two intervals late.
   */
  deadAfterMs?: number;
}

/** Counters for tests, metrics and the health endpoint. */
export interface CollabStats {
  /** Documents loaded from the database since start (a refused upgrade never loads one). */
  docsLoaded: number;
  /** Documents in memory now. */
  rooms: number;
  /** Open connections now. */
  connections: number;
  /** Upgrades refused with an HTTP status. */
  upgradesRefused: number;
  /** Transactions that appended updates. */
  savesCommitted: number;
  /** Saves that failed after all retries. */
  savesFailed: number;
  /** Compactions that folded log rows into a snapshot. */
  compactions: number;
  /** Connections closed by the server, by close code. */
  closedByCode: Record<number, number>;
}

/** Shared by the parts: configuration and the hooks back into the server. */
export interface CollabContext {
  db: Db;
  logger: CollabLogger;
  limits: CollabLimits;
  stats: CollabStats;
  settings: {
    unloadDelayMs: number;
    compactAfterUpdates: number;
    saveRetries: number;
    saveRetryDelayMs: number;
    roleRecheckMs: number;
  };
  /** Loaded rooms. */
  rooms(): Iterable<Room>;
  /** Closes every connection of a room with `code` and drops the room without saving. */
  discardRoom(room: Room, code: number): void;
}

/**
 * One concern of the collaboration server, like a Hocuspocus extension. The server calls the
 * hooks of all parts in a fixed order (see server.ts); a part that drops a message or closes a
 * connection stops the chain for it.
 */
export interface CollabPart {
  readonly name: string;
  /** A room was loaded from the database. */
  onRoomLoaded?(room: Room): void;
  /** A connection joined a loaded room (it may be closed here: cap, read-only notice, …). */
  onConnect?(conn: CollabConnection, room: Room): void;
  /** A raw incoming frame, before it is decoded; return false to drop it. */
  onFrame?(conn: CollabConnection, frame: Uint8Array): boolean;
  /** A decoded incoming message; return false when the part consumed or dropped it. */
  onMessage?(conn: CollabConnection, room: Room, message: DecodedMessage): boolean;
  /** The room's document changed; `origin` is the sending connection or another source. */
  onDocUpdate?(room: Room, update: Uint8Array, origin: unknown): void;
  /** Awareness states changed (added, updated or removed client ids). */
  onAwarenessChange?(room: Room, clientIds: number[], origin: unknown): void;
  /** A connection left (closed by either side). */
  onDisconnect?(conn: CollabConnection, room: Room): void;
  /** True while the part holds work (a pending save) that must finish before unloading. */
  isBusy?(room: Room): boolean;
  /** Resolves when the part has no more pending work for the room. */
  whenIdle?(room: Room): Promise<void>;
  /** Last work before the room is unloaded (compaction); the room may gain connections meanwhile. */
  beforeUnload?(room: Room): Promise<void>;
  /** The room is gone (unloaded or discarded). */
  onRoomUnloaded?(room: Room): void;
  /** The server is stopping. */
  close?(): Promise<void>;
}

/** Marks updates and awareness changes that arrived from another collaboration process. */
export const FROM_PUBSUB = Symbol("collab.pubsub");

/**
 * Transaction origin of a change made by server code through `withRoom` (an import, a restore):
 * stored under `userId` like a client's update, broadcast to every connection of the room.
 */
export class ServerEdit {
  constructor(readonly userId: string | null) {}
}
