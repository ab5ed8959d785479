/**
 * The collaboration wire protocol, shared by the browser (lib/board/provider.ts) and the server
 * (server/collab/): room names, the WebSocket path, message types, close codes and the awareness
 * state shape. y-websocket's own messages (sync, awareness, auth, query-awareness) are framed as
 * `varUint(type) + payload`; our app-level messages use the same framing with types ≥ 100 so an
 * unpatched y-websocket client simply ignores them. Imports only lib0, yjs and zod (no Node, no DOM).
 */
import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import * as Y from "yjs";
import { z } from "zod";
import { BOARD_ROLES, type BoardRole } from "@/lib/auth/roles";

/** HTTP path of the collaboration endpoint; see `collabPathOf` for the room paths under it. */
export const COLLAB_PATH = "/collab";

/** The document id under which a board's own document (planning data, board text) is stored. */
export const BOARD_DOC_ID = "";

/**
 * Which shared document a room holds: the board document (`docId` = BOARD_DOC_ID) or one rich-text
 * document of the board (`docId` = the `board_documents` id). Authorization is by board membership.
 */
export interface RoomRef {
  boardId: string;
  docId: string;
}

const ROOM_PREFIX = "board:";
const DOC_SEPARATOR = "/doc:";

/** The room of a board's own document. */
export function boardRoom(boardId: string): RoomRef {
  return { boardId, docId: BOARD_DOC_ID };
}

/** The room (server-side document) name of a board: `board:<boardId>`. */
export function boardRoomName(boardId: string): string {
  return ROOM_PREFIX + boardId;
}

/**
 * The room name of a shared document: `board:<boardId>` for the board document,
 * `board:<boardId>/doc:<docId>` for a rich-text document. Also the Redis channel (after a prefix).
 */
export function roomNameOf(ref: RoomRef): string {
  return ref.docId === BOARD_DOC_ID
    ? boardRoomName(ref.boardId)
    : `${ROOM_PREFIX}${ref.boardId}${DOC_SEPARATOR}${ref.docId}`;
}

const isIdPart = (id: string) => id.length > 0 && !id.includes("/");

/** The room of a room name, or null when the name is not one of ours. */
export function parseRoomName(room: string): RoomRef | null {
  if (!room.startsWith(ROOM_PREFIX)) return null;
  const rest = room.slice(ROOM_PREFIX.length);
  const at = rest.indexOf(DOC_SEPARATOR);
  if (at < 0) return isIdPart(rest) ? boardRoom(rest) : null;
  const boardId = rest.slice(0, at);
  const docId = rest.slice(at + DOC_SEPARATOR.length);
  return isIdPart(boardId) && isIdPart(docId) ? { boardId, docId } : null;
}

/** The board id of a board room name, or null when the name is not a board room. */
export function parseBoardRoomName(room: string): string | null {
  const ref = parseRoomName(room);
  return ref && ref.docId === BOARD_DOC_ID ? ref.boardId : null;
}

/**
 * The room's path below COLLAB_PATH, as y-websocket's room name: `<boardId>` for the board
 * document, `<boardId>/doc/<docId>` for a rich-text document (ids URI-encoded).
 */
export function roomPathOf(ref: RoomRef): string {
  const board = encodeURIComponent(ref.boardId);
  return ref.docId === BOARD_DOC_ID ? board : `${board}/doc/${encodeURIComponent(ref.docId)}`;
}

/** The full request path of a room: `/collab/<boardId>` or `/collab/<boardId>/doc/<docId>`. */
export function collabPathOf(ref: RoomRef): string {
  return `${COLLAB_PATH}/${roomPathOf(ref)}`;
}

function decodeIdPart(part: string | undefined): string | null {
  if (part === undefined) return null;
  try {
    const id = decodeURIComponent(part);
    return isIdPart(id) ? id : null;
  } catch {
    return null;
  }
}

/**
 * The room of a request path `/collab/<boardId>` or `/collab/<boardId>/doc/<docId>` (query string
 * allowed), or null. Ids are URI-decoded; an empty id or one containing "/" is rejected.
 */
export function parseCollabPath(pathWithQuery: string): RoomRef | null {
  const path = pathWithQuery.split("?")[0];
  if (!path.startsWith(`${COLLAB_PATH}/`)) return null;
  const parts = path.slice(COLLAB_PATH.length + 1).split("/");
  const boardId = decodeIdPart(parts[0]);
  if (!boardId) return null;
  if (parts.length === 1) return boardRoom(boardId);
  if (parts.length !== 3 || parts[1] !== "doc") return null;
  const docId = decodeIdPart(parts[2]);
  return docId ? { boardId, docId } : null;
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

/** Server → client: varString JSON of a `PushMessage` (server push, not CRDT content). */
export const MESSAGE_PUSH = 103;
/**
 * Both ways: "still there?" from the server with every WebSocket ping, and the client's answer
 * (the same two bytes, `ALIVE_FRAME`). A WebSocket pong comes from the browser's network stack and
 * proves little (Chromium answers pings of a tab that is offline); this answer comes from the page.
 */
export const MESSAGE_ALIVE = 104;
/** The whole MESSAGE_ALIVE frame, as sent by both sides. */
export const ALIVE_FRAME = new Uint8Array([MESSAGE_ALIVE, 0]);

/**
 * Server push: typed, versioned messages the collaboration server sends to the connections of a
 * board (`broadcastToBoard`) or to one connection. Every message carries `v` (its version) and
 * `type`; a receiver drops (and logs) what does not match, so old and new processes and tabs can
 * talk during a rolling update. Add a type by adding a member to this union.
 */
export const pushMessageSchema = z.discriminatedUnion("type", [
  /** Memberships of the board changed: every process re-checks its connections' roles now. */
  z.object({ v: z.literal(1), type: z.literal("members.changed") }),
  /** The receiving user's role on the board is now `role` (null: no longer a member). */
  z.object({
    v: z.literal(1),
    type: z.literal("member.role-changed"),
    userId: z.string().min(1),
    role: z.enum(BOARD_ROLES).nullable(),
  }),
  /** A comment thread of the board was created, answered, edited, resolved or reopened: refetch it. */
  z.object({
    v: z.literal(1),
    type: z.literal("comment.changed"),
    threadId: z.string().min(1),
    change: z.enum(["created", "replied", "edited", "deleted", "resolved", "reopened"]),
  }),
  /** A notification for the receiving user (sent with `{ userId }`); the bell refetches. */
  z.object({ v: z.literal(1), type: z.literal("notification.created"), notificationId: z.string().min(1) }),
  /**
   * Sent to a strategic board: the linked unit board `boardId` committed a change (or was linked
   * or unlinked), so the strategic sums are refetched.
   */
  z.object({ v: z.literal(1), type: z.literal("board.committed"), boardId: z.string().min(1) }),
  /** A document's status changed: its room locks (fastställd, archived) or reopens; pages refresh. */
  z.object({
    v: z.literal(1),
    type: z.literal("document.status-changed"),
    docId: z.string().min(1),
    status: z.enum(["draft", "review", "active", "archived"]),
  }),
  /** The board's meeting started, changed presenter or ended (null); see docs/meeting.md. */
  z.object({
    v: z.literal(1),
    type: z.literal("meeting.changed"),
    meeting: z
      .object({
        id: z.string().min(1),
        presenterId: z.string().nullable(),
        presenterName: z.string(),
        startedAt: z.string(),
      })
      .nullable(),
  }),
]);
export type PushMessage = z.infer<typeof pushMessageSchema>;

/** Parses a push payload (JSON text); the error names what is wrong. */
export function parsePushMessage(json: string): { ok: true; message: PushMessage } | { ok: false; error: string } {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return { ok: false, error: "not JSON" };
  }
  const parsed = pushMessageSchema.safeParse(value);
  if (parsed.success) return { ok: true, message: parsed.data };
  const issue = parsed.error.issues[0];
  return { ok: false, error: `${issue?.path.join(".") || "(message)"}: ${issue?.message ?? "invalid"}` };
}

/** Writes a MESSAGE_PUSH frame around an already serialised (and validated) payload. */
export function encodePushFrame(json: string): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_PUSH);
  encoding.writeVarString(encoder, json);
  return encoding.toUint8Array(encoder);
}

/** Reads the payload of a MESSAGE_PUSH frame (JSON text, not yet validated). */
export function readPushPayload(decoder: decoding.Decoder): string {
  return decoding.readVarString(decoder);
}

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
  | { type: typeof MESSAGE_ERROR; code: ErrorCode }
  | { type: typeof MESSAGE_PUSH; payload: string };

/** The message type of a frame, or null when the frame is empty or malformed. */
export function peekMessageType(message: Uint8Array): number | null {
  try {
    return decoding.readVarUint(decoding.createDecoder(message));
  } catch {
    return null;
  }
}

/** Decodes an app-level frame (types 100–103); null for other types or malformed frames. */
export function decodeAppMessage(message: Uint8Array): AppMessage | null {
  try {
    const decoder = decoding.createDecoder(message);
    const type = decoding.readVarUint(decoder);
    if (type === MESSAGE_SAVED) return { type, stateVector: readSavedPayload(decoder) };
    if (type === MESSAGE_READ_ONLY) return { type, readOnly: readReadOnlyPayload(decoder) };
    if (type === MESSAGE_ERROR) return { type, code: readErrorPayload(decoder) };
    if (type === MESSAGE_PUSH) return { type, payload: readPushPayload(decoder) };
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
  /** The board section the user looks at: overview, demand, capacity, balance, plan, followup or import. */
  section?: string;
  focus?: CellFocus | null;
  /** The rich-text caret of tiptap's CollaborationCaret: Yjs relative positions as JSON. */
  cursor?: { anchor: Record<string, unknown>; head: Record<string, unknown> } | null;
  /** Meeting mode: what this person shows while presenting (page below the board, view values). */
  view?: { path: string; values: Record<string, string | number | null> } | null;
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
