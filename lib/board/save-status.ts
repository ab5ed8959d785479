/**
 * The save indicator's logic as pure functions, so it is testable without sockets: which of
 * "Sparat / Sparar… / Offline — ändringar sparas lokalt / Ej sparat / Ansluter…" to show.
 */
import type * as Y from "yjs";
import { isFullySaved, type SaveStatus } from "./protocol";

export interface SaveStatusInput {
  /** The socket is open and the initial sync with the server is done. */
  isSynced: boolean;
  /** No sync has completed yet and no connection attempt has failed yet. */
  isFirstConnect: boolean;
  /** The server closed for good (non-retryable close code) or reported a save failure. */
  isFailed: boolean;
  /** The server said this connection is read-only: local edits will never be stored. */
  isReadOnly: boolean;
  /** Every local edit is covered by the server's saved vectors. */
  isFullySaved: boolean;
}

/**
 * The status shown to the user. Unconfirmed edits that cannot reach the database (read-only,
 * closed for good, save failed) are "unsaved"; while the connection is down they are "offline"
 * (kept locally and merged on reconnect); first connection: "connecting".
 */
export function computeSaveStatus(input: SaveStatusInput): SaveStatus {
  if (!input.isFullySaved && (input.isFailed || input.isReadOnly)) return "unsaved";
  if (input.isSynced) return input.isFullySaved ? "saved" : "saving";
  if (input.isFirstConnect && !input.isFailed) return "connecting";
  return "offline";
}

/** Entry-wise maximum of two saved vectors (saved state only grows; messages may be reordered). */
export function mergeSavedVectors(a: Map<number, number>, b: Map<number, number>): Map<number, number> {
  const merged = new Map(a);
  for (const [client, clock] of b) if (clock > (merged.get(client) ?? 0)) merged.set(client, clock);
  return merged;
}

/** The local state vector entries of `clientIds` (cheap: no full state-vector encode). */
export function localVectorOf(doc: Y.Doc, clientIds: Iterable<number>): Map<number, number> {
  const vector = new Map<number, number>();
  const clients = doc.store.clients;
  for (const id of clientIds) {
    const structs = clients.get(id);
    if (!structs || structs.length === 0) continue;
    const last = structs[structs.length - 1];
    vector.set(id, last.id.clock + last.length);
  }
  return vector;
}

/** Whether every edit this client made (client ids `mine`) is in the saved vector. */
export function isDocFullySaved(doc: Y.Doc, saved: Map<number, number>, mine: Iterable<number>): boolean {
  const ids = Array.from(mine);
  return isFullySaved(localVectorOf(doc, ids), saved, ids);
}
