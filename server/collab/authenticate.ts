/**
 * Part 1, on the HTTP upgrade and before any document is loaded: Origin, path and token. A
 * refusal is a plain HTTP response on the raw socket (browsers see a failed handshake, never an
 * open socket that closes later), so nothing about the board is revealed or loaded.
 */
import type { IncomingMessage } from "node:http";
import type { Duplex } from "node:stream";
import type { BoardRole } from "@/lib/auth/roles";
import { parseCollabPath, type RoomRef } from "@/lib/board/protocol";
import type { CollabServerOptions, CollabUser } from "./types";

export type UpgradeStatus = 400 | 401 | 403 | 404 | 429 | 500 | 503;

export type AuthenticationResult =
  | { ok: true; boardId: string; room: RoomRef; user: CollabUser; role: BoardRole }
  | { ok: false; status: UpgradeStatus; why: string };

const STATUS_TEXT: Record<UpgradeStatus, string> = {
  400: "Bad Request",
  401: "Unauthorized",
  403: "Forbidden",
  404: "Not Found",
  429: "Too Many Requests",
  500: "Internal Server Error",
  503: "Service Unavailable",
};

function isOriginAllowed(req: IncomingMessage, options: CollabServerOptions): boolean {
  const allowed = options.allowedOrigins;
  if (allowed === undefined) return true;
  const origin = req.headers.origin;
  if (!origin) return options.allowMissingOrigin === true;
  return typeof allowed === "function" ? allowed(origin) : allowed.includes(origin);
}

function tokenOf(url: string): string | null {
  const query = url.split("?")[1];
  if (!query) return null;
  return new URLSearchParams(query).get("token");
}

/**
 * Checks Origin, parses `/collab/<boardId>[/doc/<docId>]?token=…` and asks `authorize` (board
 * membership; whether the document belongs to the board is checked when its room is loaded).
 */
export async function authenticateUpgrade(
  req: IncomingMessage,
  options: CollabServerOptions,
): Promise<AuthenticationResult> {
  if (!isOriginAllowed(req, options)) {
    return { ok: false, status: 403, why: `origin not allowed: ${req.headers.origin ?? "(none)"}` };
  }
  const room = parseCollabPath(req.url ?? "");
  if (!room) return { ok: false, status: 404, why: "no board or document in path" };
  const result = await options.authorize(req, room.boardId, tokenOf(req.url ?? ""));
  if (!result.ok) return { ok: false, status: result.status, why: "not authorized" };
  return { ok: true, boardId: room.boardId, room, user: result.user, role: result.role };
}

/** Answers the upgrade with a plain HTTP status and closes the socket. */
export function refuseUpgrade(socket: Duplex, status: UpgradeStatus): void {
  if (socket.destroyed) return;
  const body = STATUS_TEXT[status];
  socket.once("finish", () => socket.destroy());
  socket.end(
    `HTTP/1.1 ${status} ${body}\r\nConnection: close\r\nContent-Type: text/plain\r\n` +
      `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
  );
}
