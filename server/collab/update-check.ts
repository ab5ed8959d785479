/**
 * Checks of an incoming update against the room's document, before it is applied (so a refused
 * update is never applied, stored or broadcast, and the room's Y.Doc never holds it):
 *
 * - Dependencies. Yjs keeps structs whose predecessors it lacks (a clock gap, an origin or parent
 *   it has never seen) and deletions of clocks it does not have as "pending" in the document,
 *   forever, and hands them to every client that joins. An update must therefore be complete
 *   against the document: per client its first clock at most the document's, no gap (Skip) inside
 *   it, every origin, right origin and parent item in the document or the update, and every
 *   deleted range within what the document and the update hold.
 * - Text lengths. String values in the board's maps and inserted rich-text runs may not exceed
 *   the limits of lib/board/text-limits.ts.
 *
 * Returns why it is refused (for the log line; `isIncomplete` for a missing dependency) or null
 * when the update may be applied.
 */
import * as Y from "yjs";
import { MAX_RICH_TEXT_INSERT, maxTextLength } from "@/lib/board/text-limits";

type Clocks = Map<number, number>;

function isKnown(id: Y.ID | null, clocks: Clocks): boolean {
  return id === null || id.clock < (clocks.get(id.client) ?? 0);
}

/** Clocks after the update: the document's, extended by each client's structs in the update. */
function clocksWith(doc: Y.Doc, structs: Struct[]): Clocks | string {
  const clocks = Y.decodeStateVector(Y.encodeStateVector(doc));
  for (const struct of structs) {
    if (struct instanceof Y.Skip) return "the update has a gap (skip struct)";
    const { client, clock } = struct.id;
    const known = clocks.get(client) ?? 0;
    if (clock > known) return `client ${client} starts at clock ${clock}, the document has ${known}`;
    clocks.set(client, Math.max(known, clock + struct.length));
  }
  return clocks;
}

type Struct = Y.Item | Y.GC | Y.Skip;
/** The update's structs by client, in clock order (as updates list them). */
type StructIndex = Map<number, Struct[]>;

function indexStructs(structs: Struct[]): StructIndex {
  const index: StructIndex = new Map();
  for (const struct of structs) {
    const list = index.get(struct.id.client);
    if (list) list.push(struct);
    else index.set(struct.id.client, [struct]);
  }
  return index;
}

/** Finds the struct of the update that holds `id` (binary search). */
function findInUpdate(index: StructIndex, id: Y.ID): Struct | undefined {
  const list = index.get(id.client);
  if (!list) return undefined;
  let low = 0;
  let high = list.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const struct = list[mid];
    if (id.clock < struct.id.clock) high = mid - 1;
    else if (id.clock >= struct.id.clock + struct.length) low = mid + 1;
    else return struct;
  }
  return undefined;
}

/**
 * The map key an item is written under. An update leaves it out when the item has a left origin
 * (an overwrite of the key): then it is the key of that origin, in the update or the document.
 */
function keyOf(doc: Y.Doc, index: StructIndex, item: Y.Item): string | null {
  let current: Y.Item = item;
  for (let hops = 0; hops < 1000; hops++) {
    if (current.parentSub !== null || current.origin === null) return current.parentSub;
    const origin = current.origin;
    const next = findInUpdate(index, origin) ?? Y.getItem(doc.store, origin);
    if (!(next instanceof Y.Item)) return null;
    current = next;
  }
  return null;
}

function checkText(doc: Y.Doc, index: StructIndex, item: Y.Item): string | null {
  const content = item.content;
  if (content instanceof Y.ContentString) {
    return content.str.length > MAX_RICH_TEXT_INSERT
      ? `a text insert of ${content.str.length} characters (at most ${MAX_RICH_TEXT_INSERT})`
      : null;
  }
  if (!(content instanceof Y.ContentAny)) return null;
  const key = keyOf(doc, index, item);
  if (key !== null && key.length > maxTextLength(null))
    return `a map key of ${key.length} characters (at most ${maxTextLength(null)})`;
  const limit = maxTextLength(key);
  for (const value of content.arr) {
    if (typeof value === "string" && value.length > limit)
      return `"${fieldLabel(key)}" has ${value.length} characters (at most ${limit})`;
  }
  return null;
}

function fieldLabel(key: string | null): string {
  return key === null ? "a list value" : key.slice(0, 60);
}

/** Why an update is refused: a missing dependency (`isIncomplete`) or a text over its limit. */
export interface UpdateRefusal {
  isIncomplete: boolean;
  reason: string;
}

const incomplete = (reason: string): UpdateRefusal => ({ isIncomplete: true, reason });

/** Why `update` may not be applied to `doc`, or null when it is complete and within limits. */
export function checkIncomingUpdate(doc: Y.Doc, update: Uint8Array): UpdateRefusal | null {
  const { structs, ds } = Y.decodeUpdate(update);
  const clocks = clocksWith(doc, structs);
  if (typeof clocks === "string") return incomplete(clocks);
  const index = indexStructs(structs);
  for (const struct of structs) {
    if (!(struct instanceof Y.Item)) continue;
    if (!isKnown(struct.origin, clocks) || !isKnown(struct.rightOrigin, clocks))
      return incomplete(`an item of client ${struct.id.client} refers to a neighbour the document does not have`);
    if (struct.parent instanceof Y.ID && !isKnown(struct.parent, clocks))
      return incomplete(`an item of client ${struct.id.client} has a parent the document does not have`);
    const tooLong = checkText(doc, index, struct);
    if (tooLong) return { isIncomplete: false, reason: tooLong };
  }
  for (const [client, deletes] of ds.clients) {
    const known = clocks.get(client) ?? 0;
    for (const { clock, len } of deletes) {
      if (clock + len > known)
        return incomplete(`the update deletes clocks ${clock}–${clock + len} of client ${client}, known ${known}`);
    }
  }
  return null;
}

/**
 * True when the document holds pending structs or a pending delete set; clears them. A guard
 * behind checkIncomingUpdate: pending data must never stay in a room's document.
 */
export function dropPendingState(doc: Y.Doc): boolean {
  const store = doc.store;
  if (store.pendingStructs === null && store.pendingDs === null) return false;
  store.pendingStructs = null;
  store.pendingDs = null;
  return true;
}
