import type { WebSocket } from "ws";
import { type BoardRole, canEditBoard } from "@/lib/auth/roles";
import { CloseCode, closeReason } from "@/lib/board/protocol";
import type { CollabLogger, CollabStats, CollabUser } from "./types";

let nextConnectionId = 1;

/** How long a "too slow" connection gets to finish its close handshake before it is dropped. */
const TOO_SLOW_TERMINATE_MS = 1000;

/** One client socket on one board, with the identity the server gave it on the upgrade. */
export class CollabConnection {
  readonly id = nextConnectionId++;
  /** Awareness client ids this connection speaks for (first claim wins). */
  readonly awarenessClients = new Set<number>();
  /** Yjs client ids whose updates this connection sent (what MESSAGE_SAVED reports on). */
  readonly sentClients = new Set<number>();
  isClosed = false;
  /** When the peer last answered a ping (Date.now()). */
  lastPongAt = Date.now();
  /** Set once the page sent a MESSAGE_ALIVE (pages announce it on open; other clients never do). */
  answersAlive = false;
  /** When the page last sent a MESSAGE_ALIVE (Date.now()). */
  lastAliveAt = Date.now();
  /** When the connection joined its room (performance.now()). */
  readonly connectedAt = performance.now();
  /**
   * Bytes that may wait in the socket's send buffer (set by the limits part). A client that does
   * not read makes them pile up in server memory; beyond the cap it is closed with 4409 "too
   * slow" and resyncs when it reconnects.
   */
  maxBufferedBytes = Number.POSITIVE_INFINITY;

  constructor(
    readonly ws: WebSocket,
    readonly boardId: string,
    readonly user: CollabUser,
    public role: BoardRole,
    private readonly logger: CollabLogger,
    private readonly stats: CollabStats,
  ) {
    // ws rejects an oversized frame itself and closes with 1009 before any handler runs; map it to
    // our 4413, which clients treat as final, so they do not resend the same state forever.
    const close = ws.close.bind(ws);
    ws.close = ((code?: number, reason?: string | Buffer) =>
      code === 1009
        ? close(CloseCode.MessageTooLarge, closeReason(CloseCode.MessageTooLarge))
        : close(code, reason)) as typeof ws.close;
  }

  /** Set while the connection's room is a decided document (document-lock.ts). */
  isRoomLocked = false;

  /** Viewers and commenters may read and be present, not change the board; nobody changes a decided document. */
  get isReadOnly(): boolean {
    return !canEditBoard(this.role) || this.isRoomLocked;
  }

  /** Fields for log lines. */
  get logFields(): Record<string, unknown> {
    return { board: this.boardId, user: this.user.id, conn: this.id };
  }

  /** Sends a frame if the socket is open; a failed send closes the connection. */
  send(frame: Uint8Array): void {
    if (this.isClosed || this.ws.readyState !== this.ws.OPEN) return;
    const buffered = this.ws.bufferedAmount;
    // One frame larger than the cap may go out on an empty buffer (a big document's sync step 2).
    if (buffered > 0 && buffered + frame.byteLength > this.maxBufferedBytes) {
      this.closeTooSlow(buffered);
      return;
    }
    this.ws.send(frame, (error) => {
      if (error) this.terminate();
    });
  }

  /** Closes with one of our close codes, counting it and logging `why` (one line). */
  close(code: number, why?: string): void {
    if (this.isClosed) return;
    this.isClosed = true;
    this.stats.closedByCode[code] = (this.stats.closedByCode[code] ?? 0) + 1;
    if (why) this.logger.warn(`collab: closing connection (${code}): ${why}`, this.logFields);
    try {
      this.ws.close(code, closeReason(code));
    } catch {
      this.ws.terminate();
    }
  }

  /**
   * Closes a connection that does not read. The close frame queues behind what it has not read,
   * so the socket is dropped soon after if the close handshake does not finish: its buffers go.
   */
  private closeTooSlow(buffered: number): void {
    this.close(CloseCode.TooSlow, `client does not read (${buffered} bytes buffered)`);
    setTimeout(() => this.ws.terminate(), TOO_SLOW_TERMINATE_MS).unref();
  }

  /** Drops the socket without a close handshake (dead peer, failed write). */
  terminate(): void {
    this.isClosed = true;
    this.ws.terminate();
  }
}
