/**
 * What of a client's awareness state is passed on: only the fields of the protocol's
 * `AwarenessUserState` (lib/board/protocol.ts), each in its expected shape, and only when the
 * whole state is small. Everything else (an `extra` of 1 000 characters, HTML in `section`) is
 * dropped here, so other people's browsers never receive it. `user` is set by the server.
 */
import type { AwarenessUserState, CellFocus } from "@/lib/board/protocol";

/** Section route segments are short lowercase slugs ("kapacitet", "behov"). */
const SECTION_PATTERN = /^[a-z0-9-]{1,40}$/;
const MAX_ID_LENGTH = 200;

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === "object" && value !== null && !Array.isArray(value);
const isShortString = (value: unknown): value is string => typeof value === "string" && value.length <= MAX_ID_LENGTH;
const isClock = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) >= 0;

function sanitizeFocus(value: unknown): CellFocus | null | undefined {
  if (value === null) return null;
  if (!isObject(value) || value.kind !== "cell") return undefined;
  const { table, row, col } = value;
  if (!isShortString(table) || !isShortString(row) || !isShortString(col)) return undefined;
  return { kind: "cell", table, row, col };
}

function sanitizeId(value: unknown): { client: number; clock: number } | null | undefined {
  if (value === undefined || value === null) return value;
  if (!isObject(value) || !isClock(value.client) || !isClock(value.clock)) return undefined;
  return { client: value.client, clock: value.clock };
}

/**
 * A Yjs relative position as y-prosemirror sends it (a `Y.RelativePosition` through JSON, so
 * `type`, `tname` and `item` may be null), rebuilt from its known fields.
 */
function sanitizeRelativePosition(value: unknown): Json | undefined {
  if (!isObject(value)) return undefined;
  const out: Json = {};
  for (const field of ["type", "item"] as const) {
    const id = sanitizeId(value[field]);
    if (id === undefined && value[field] !== undefined) return undefined;
    if (id !== undefined) out[field] = id;
  }
  // A position inside a nested type (text in a paragraph, the usual caret) has `tname: null`;
  // only a root type has a name.
  if (value.tname !== undefined) {
    if (value.tname !== null && !isShortString(value.tname)) return undefined;
    out.tname = value.tname;
  }
  if (value.assoc !== undefined) {
    if (!Number.isInteger(value.assoc)) return undefined;
    out.assoc = value.assoc;
  }
  return out;
}

/** The rich-text caret of tiptap's CollaborationCaret (y-prosemirror's `cursor` field). */
function sanitizeCursor(value: unknown): AwarenessUserState["cursor"] | undefined {
  if (value === null) return null;
  if (!isObject(value)) return undefined;
  const anchor = sanitizeRelativePosition(value.anchor);
  const head = sanitizeRelativePosition(value.head);
  return anchor && head ? { anchor, head } : undefined;
}

const VIEW_PATH_PATTERN = /^[a-z0-9/-]{0,80}$/;
const VIEW_KEY_PATTERN = /^[a-zA-Z0-9._-]{1,60}$/;
const MAX_VIEW_VALUES = 40;

/** Meeting mode's presenter view: a board path and up to 40 short scalar values. */
function sanitizeView(value: unknown): AwarenessUserState["view"] | undefined {
  if (value === null) return null;
  if (!isObject(value) || typeof value.path !== "string" || !VIEW_PATH_PATTERN.test(value.path)) return undefined;
  if (!isObject(value.values)) return undefined;
  const entries = Object.entries(value.values);
  if (entries.length > MAX_VIEW_VALUES) return undefined;
  const values: Record<string, string | number | null> = {};
  for (const [key, v] of entries) {
    const isScalar = v === null || isShortString(v) || (typeof v === "number" && Number.isFinite(v));
    if (!VIEW_KEY_PATTERN.test(key) || !isScalar) return undefined;
    values[key] = v;
  }
  return { path: value.path, values };
}

/**
 * The state to pass on, without `user` (the caller sets it), or null when the state is larger
 * than `maxStateBytes` characters of JSON and must be dropped as a whole.
 */
export function sanitizeAwarenessState(state: unknown, maxStateBytes: number): Omit<AwarenessUserState, "user"> | null {
  if (JSON.stringify(state ?? null).length > maxStateBytes) return null;
  if (!isObject(state)) return {};
  const out: Omit<AwarenessUserState, "user"> = {};
  if (typeof state.section === "string" && SECTION_PATTERN.test(state.section)) out.section = state.section;
  const focus = sanitizeFocus(state.focus);
  if (focus !== undefined) out.focus = focus;
  const cursor = sanitizeCursor(state.cursor);
  if (cursor !== undefined) out.cursor = cursor;
  const view = sanitizeView(state.view);
  if (view !== undefined) out.view = view;
  return out;
}
