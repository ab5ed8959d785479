/**
 * The collaboration wire protocol, shared by the browser (lib/board/provider.ts) and the server
 * (server/collab/): room names, the WebSocket path, message types, close codes and the awareness
 * state shape. y-websocket's own messages (sync, awareness, auth, query-awareness) are framed as
 * `varUint(type) + payload`; our app-level messages use the same framing with types ≥ 100 so an
 * unpatched y-websocket client simply ignores them. Imports only lib0 and yjs (no Node, no DOM).
 */
import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import * as Y from "yjs";
import type { BoardRole } from "@/lib/auth/roles";

/** HTTP path of the collaboration endpoint; clients connect to `/collab/<boardId>?token=…`. */
export const COLLAB_PATH = "/collab";

const ROOM_PREFIX = "board:";

/** The room (server-side document) name of a board. */
export function boardRoomName(boardId: string): string {
  return ROOM_PREFIX + boardId;
}

/** The board id of a room name, or null when the name is not a board room. */
export function parseBoardRoomName(room: string): string | null {
  if (!room.startsWith(ROOM_PREFIX)) return null;
  const id = room.slice(ROOM_PREFIX.length);
  return id.length > 0 ? id : null;
}

/**
 * The board id of a request path `/collab/<boardId>` (query string allowed), or null. The id is
 * URI-decoded; an id containing "/" or an empty id is rejected.
 */
export function parseCollabPath(pathWithQuery: string): string | null {
  const path = pathWithQuery.split("?")[0];
  if (!path.startsWith(`${COLLAB_PATH}/`)) return null;
  let id: string;
  try {
    id = decodeURIComponent(path.slice(COLLAB_PATH.length + 1));
  } catch {
    return null;
  }
  return id.length > 0 && !id.includes("/") ? id : null;
}

// y-websocket's message types (node_modules/y-websocket/src/y-websocket.js).
export const MESSAGE_SYNC = 0;
export const MESSAGE_AWARENESS = 1;
export const MESSAGE_AUTH = 2;
export const MESSAGE_QUERY_AWARENESS = 3;
/** Server → client: state vector of the connection's own updates that are now in the database. */
export const MESSAGE_SAVED = 100;
/** Server → client: varUint 1 when the connection is read-only (viewer/commenter), 0 otherwise. */
export const MESSAGE_READ_ONLY = 101;
/** Server → client: varString reason code (an `ErrorCode`), usually followed by a close. */
export const MESSAGE_ERROR = 102;

/** Reason codes of MESSAGE_ERROR. Open-ended: clients must tolerate unknown codes. */
export type ErrorCode =
  | "read-only" // an update from a read-only connection was dropped
  | "invalid-update" // an update could not be applied or failed validation
  | "save-failed" // persisting failed; edits are kept in memory and retried
  | (string & {});

/** Writes a MESSAGE_SAVED frame. `stateVector` is a Y state vector (Map) or its encoded bytes. */
export function encodeSavedMessage(stateVector: Map<number, number> | Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_SAVED);
  const bytes = stateVector instanceof Uint8Array ? stateVector : Y.encodeStateVector(stateVector);
  encoding.writeVarUint8Array(encoder, bytes);
  return encoding.toUint8Array(encoder);
}

/** Reads the payload of a MESSAGE_SAVED frame (the decoder is positioned after the type). */
export function readSavedPayload(decoder: decoding.Decoder): Map<number, number> {
  return Y.decodeStateVector(decoding.readVarUint8Array(decoder));
}

/** Writes a MESSAGE_READ_ONLY frame. */
export function encodeReadOnlyMessage(readOnly: boolean): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_READ_ONLY);
  encoding.writeVarUint(encoder, readOnly ? 1 : 0);
  return encoding.toUint8Array(encoder);
}

/** Reads the payload of a MESSAGE_READ_ONLY frame. */
export function readReadOnlyPayload(decoder: decoding.Decoder): boolean {
  return decoding.readVarUint(decoder) === 1;
}

/** Writes a MESSAGE_ERROR frame. */
export function encodeErrorMessage(code: ErrorCode): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_ERROR);
  encoding.writeVarString(encoder, code);
  return encoding.toUint8Array(encoder);
}

/** Reads the payload of a MESSAGE_ERROR frame. */
export function readErrorPayload(decoder: decoding.Decoder): ErrorCode {
  return decoding.readVarString(decoder);
}

/** An app-level message, decoded. */
export type AppMessage =
  | { type: typeof MESSAGE_SAVED; stateVector: Map<number, number> }
  | { type: typeof MESSAGE_READ_ONLY; readOnly: boolean }
  | { type: typeof MESSAGE_ERROR; code: ErrorCode };

/** The message type of a frame, or null when the frame is empty or malformed. */
export function peekMessageType(message: Uint8Array): number | null {
  try {
    return decoding.readVarUint(decoding.createDecoder(message));
  } catch {
    return null;
  }
}

/** Decodes an app-level frame (types 100–102); null for other types or malformed frames. */
export function decodeAppMessage(message: Uint8Array): AppMessage | null {
  try {
    const decoder = decoding.createDecoder(message);
    const type = decoding.readVarUint(decoder);
    if (type === MESSAGE_SAVED) return { type, stateVector: readSavedPayload(decoder) };
    if (type === MESSAGE_READ_ONLY) return { type, readOnly: readReadOnlyPayload(decoder) };
    if (type === MESSAGE_ERROR) return { type, code: readErrorPayload(decoder) };
    return null;
  } catch {
    return null;
  }
}

/**
 * `stateVector` restricted to `clientIds`: what the server sends a connection in MESSAGE_SAVED
 * (only the client ids whose updates that connection sent, so one saved vector never leaks who
 * else edited and stays small).
 */
export function restrictStateVector(
  stateVector: Map<number, number>,
  clientIds: Iterable<number>,
): Map<number, number> {
  const restricted = new Map<number, number>();
  for (const id of clientIds) {
    const clock = stateVector.get(id);
    if (clock !== undefined) restricted.set(id, clock);
  }
  return restricted;
}

/**
 * True when every update this client produced (client ids `myClientIds`, clocks from the local
 * state vector `localSV`) is covered by the last saved vector. A pure function so the status
 * logic is testable without sockets.
 */
export function isFullySaved(
  localSV: Map<number, number>,
  savedSV: Map<number, number>,
  myClientIds: Iterable<number>,
): boolean {
  for (const id of myClientIds) {
    const local = localSV.get(id) ?? 0;
    if (local > (savedSV.get(id) ?? 0)) return false;
  }
  return true;
}

/** The save status shown in the board header. */
export type SaveStatus = "connecting" | "saving" | "saved" | "offline" | "unsaved";

/** Swedish labels of the save status, as shown to users. */
export const SAVE_STATUS_LABELS: Record<SaveStatus, string> = {
  connecting: "Ansluter…",
  saving: "Sparar…",
  saved: "Sparat",
  offline: "Offline — ändringar sparas lokalt",
  unsaved: "Ej sparat",
};

/**
 * Close codes of the collaboration socket, defined once for client and server (4000–4999 is the
 * application range of RFC 6455).
 */
export const CloseCode = {
  BadRequest: 4400,
  Unauthenticated: 4401,
  Forbidden: 4403,
  NotFound: 4404,
  RateLimited: 4408,
  /** The client did not read what the server sent (send buffer over its cap); reconnect and resync. */
  TooSlow: 4409,
  MessageTooLarge: 4413,
  TooManyConnections: 4429,
  ServerError: 4500,
  ShuttingDown: 4503,
} as const;
export type CloseCode = (typeof CloseCode)[keyof typeof CloseCode];

/** Short English close reasons (WebSocket reasons must stay under 123 bytes). */
export const CLOSE_REASONS: Record<CloseCode, string> = {
  4400: "Bad request or malformed message",
  4401: "Unauthenticated or token expired",
  4403: "Forbidden: no access to this board",
  4404: "Board not found",
  4408: "Rate limited",
  4409: "Too slow: client did not read its messages",
  4413: "Message too large",
  4429: "Too many connections on this board",
  4500: "Server error",
  4503: "Server shutting down",
};

/** The reason string of a close code (a generic one for codes we did not define). */
export function closeReason(code: number): string {
  return (CLOSE_REASONS as Record<number, string>)[code] ?? "Connection closed";
}

/**
 * True when the client should reconnect after this close: transport failures (1001, 1006, …),
 * an expired token (a fresh one is fetched before each connect), rate limits, overload, server
 * errors and restarts. False for requests that will fail the same way again: bad request, lost
 * access, unknown board, oversized message.
 */
export function isRetryableClose(code: number): boolean {
  switch (code) {
    case CloseCode.BadRequest:
    case CloseCode.Forbidden:
    case CloseCode.NotFound:
    case CloseCode.MessageTooLarge:
      return false;
    default:
      return true;
  }
}

/** Where a user's cursor is on the board grid. */
export type CellFocus = { kind: "cell"; table: string; row: string; col: string };

/** The awareness state each client publishes (the server rewrites `user` from the session). */
export interface AwarenessUserState {
  user: { id: string; name: string; color: string; role: BoardRole };
  /** The board section the user looks at (route segment, e.g. "kapacitet"). */
  section?: string;
  focus?: CellFocus | null;
  /** The rich-text caret of tiptap's CollaborationCaret: Yjs relative positions as JSON. */
  cursor?: { anchor: Record<string, unknown>; head: Record<string, unknown> } | null;
}

/**
 * Twelve presence colours, Tailwind 700 shades: each has ≥ 4.5:1 contrast with white text (name
 * labels) and they stay distinguishable for the common colour-vision deficiencies by lightness.
 */
export const USER_COLORS = [
  "#b91c1c",
  "#c2410c",
  "#a16207",
  "#4d7c0f",
  "#15803d",
  "#0f766e",
  "#0369a1",
  "#1d4ed8",
  "#4338ca",
  "#7e22ce",
  "#a21caf",
  "#be185d",
] as const;

/** A deterministic presence colour for a user id (FNV-1a hash into USER_COLORS). */
export function colorForUser(userId: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < userId.length; i++) {
    hash ^= userId.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return USER_COLORS[(hash >>> 0) % USER_COLORS.length];
}
