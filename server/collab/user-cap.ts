/**
 * Connection caps checked on the HTTP upgrade, before the WebSocket opens (a refused client sees
 * HTTP 429, never an open socket that closes). Counts open and in-progress upgrades per board and
 * per user on a board: one user may hold at most `maxConnectionsPerUser` (tabs, reconnects before
 * the old socket was found dead), so the board's `maxConnectionsPerBoard` stays available to
 * other people. A slot is taken once authentication succeeded and given back when the socket
 * closes, whichever way (refused, failed handshake, closed WebSocket).
 */
import type { Duplex } from "node:stream";

export interface ConnectionCaps {
  maxConnectionsPerBoard: number;
  maxConnectionsPerUser: number;
}

export type ReserveResult = { ok: true } | { ok: false; why: string };

/** Per-process counters of connection slots by board and by (board, user). */
export class ConnectionSlots {
  private readonly perBoard = new Map<string, number>();
  private readonly perUser = new Map<string, number>();

  constructor(private readonly caps: ConnectionCaps) {}

  /** Slots held on `boardId` (all users). */
  boardCount(boardId: string): number {
    return this.perBoard.get(boardId) ?? 0;
  }

  /** Slots `userId` holds on `boardId`. */
  userCount(boardId: string, userId: string): number {
    return this.perUser.get(userKey(boardId, userId)) ?? 0;
  }

  /** Takes a slot for the upgrade on `socket`, released when the socket closes; refuses over a cap. */
  reserve(boardId: string, userId: string, socket: Duplex): ReserveResult {
    const { maxConnectionsPerBoard, maxConnectionsPerUser } = this.caps;
    if (this.userCount(boardId, userId) >= maxConnectionsPerUser)
      return { ok: false, why: `user already has ${maxConnectionsPerUser} connections on the board` };
    if (this.boardCount(boardId) >= maxConnectionsPerBoard)
      return { ok: false, why: `board already has ${maxConnectionsPerBoard} connections` };
    const key = userKey(boardId, userId);
    this.perBoard.set(boardId, this.boardCount(boardId) + 1);
    this.perUser.set(key, this.userCount(boardId, userId) + 1);
    let released = false;
    const release = () => {
      if (released) return;
      released = true;
      decrement(this.perBoard, boardId);
      decrement(this.perUser, key);
    };
    if (socket.destroyed) release();
    else socket.once("close", release);
    return { ok: true };
  }
}

function userKey(boardId: string, userId: string): string {
  return `${boardId}\u0000${userId}`;
}

function decrement(map: Map<string, number>, key: string): void {
  const n = (map.get(key) ?? 0) - 1;
  if (n > 0) map.set(key, n);
  else map.delete(key);
}
