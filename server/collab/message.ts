/**
 * Decoding of client frames (y-websocket framing: varUint type + payload) into checked messages,
 * and encoding of the server's sync and awareness frames. Every payload is fully decoded before
 * anything acts on it, so a truncated or garbage frame fails here, before it can touch a document.
 */
import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import * as syncProtocol from "y-protocols/sync";
import * as Y from "yjs";
import {
  MESSAGE_ALIVE,
  MESSAGE_AUTH,
  MESSAGE_AWARENESS,
  MESSAGE_QUERY_AWARENESS,
  MESSAGE_SYNC,
} from "@/lib/board/protocol";

/** One awareness entry as sent by a client. */
export interface AwarenessEntry {
  clientId: number;
  clock: number;
  /** Parsed JSON state; null means "this client left". */
  state: unknown;
}

export type DecodedMessage =
  | { kind: "sync-step-1"; stateVector: Uint8Array }
  | { kind: "sync-step-2"; update: Uint8Array }
  | { kind: "update"; update: Uint8Array }
  | { kind: "awareness"; entries: AwarenessEntry[] }
  | { kind: "query-awareness" }
  | { kind: "auth" }
  | { kind: "alive" };

/** A frame that is not a well-formed message of our protocol. */
export class MalformedMessageError extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = "MalformedMessageError";
  }
}

function checkUpdate(update: Uint8Array): Uint8Array {
  // Reads every struct and the delete set; throws on truncation or garbage.
  Y.decodeUpdate(update);
  return update;
}

function decodeSync(decoder: decoding.Decoder): DecodedMessage {
  const syncType = decoding.readVarUint(decoder);
  const payload = decoding.readVarUint8Array(decoder);
  switch (syncType) {
    case syncProtocol.messageYjsSyncStep1:
      Y.decodeStateVector(payload);
      return { kind: "sync-step-1", stateVector: payload };
    case syncProtocol.messageYjsSyncStep2:
      return { kind: "sync-step-2", update: checkUpdate(payload) };
    case syncProtocol.messageYjsUpdate:
      return { kind: "update", update: checkUpdate(payload) };
    default:
      throw new MalformedMessageError(`unknown sync message type ${syncType}`);
  }
}

function decodeAwareness(decoder: decoding.Decoder): DecodedMessage {
  const inner = decoding.createDecoder(decoding.readVarUint8Array(decoder));
  const count = decoding.readVarUint(inner);
  const entries: AwarenessEntry[] = [];
  for (let i = 0; i < count; i++) {
    const clientId = decoding.readVarUint(inner);
    const clock = decoding.readVarUint(inner);
    const state = JSON.parse(decoding.readVarString(inner)) as unknown;
    entries.push({ clientId, clock, state });
  }
  return { kind: "awareness", entries };
}

/** Decodes a client frame; throws MalformedMessageError for anything that is not a valid message. */
export function decodeMessage(frame: Uint8Array): DecodedMessage {
  try {
    const decoder = decoding.createDecoder(frame);
    const type = decoding.readVarUint(decoder);
    switch (type) {
      case MESSAGE_SYNC:
        return decodeSync(decoder);
      case MESSAGE_AWARENESS:
        return decodeAwareness(decoder);
      case MESSAGE_QUERY_AWARENESS:
        return { kind: "query-awareness" };
      case MESSAGE_AUTH:
        return { kind: "auth" };
      case MESSAGE_ALIVE:
        return { kind: "alive" };
      default:
        throw new MalformedMessageError(`unknown message type ${type}`);
    }
  } catch (error) {
    if (error instanceof MalformedMessageError) throw error;
    throw new MalformedMessageError((error as Error).message || "undecodable frame");
  }
}

/** Encodes awareness entries in the y-protocols awareness update format. */
export function encodeAwarenessEntries(entries: AwarenessEntry[]): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, entries.length);
  for (const entry of entries) {
    encoding.writeVarUint(encoder, entry.clientId);
    encoding.writeVarUint(encoder, entry.clock);
    encoding.writeVarString(encoder, JSON.stringify(entry.state));
  }
  return encoding.toUint8Array(encoder);
}

/** MESSAGE_SYNC frame: sync step 1 with the document's state vector. */
export function encodeSyncStep1(doc: Y.Doc): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_SYNC);
  syncProtocol.writeSyncStep1(encoder, doc);
  return encoding.toUint8Array(encoder);
}

/** MESSAGE_SYNC frame: sync step 2, what the peer with `stateVector` lacks. */
export function encodeSyncStep2(doc: Y.Doc, stateVector: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_SYNC);
  syncProtocol.writeSyncStep2(encoder, doc, stateVector);
  return encoding.toUint8Array(encoder);
}

/** MESSAGE_SYNC frame carrying an update. */
export function encodeUpdateMessage(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_SYNC);
  syncProtocol.writeUpdate(encoder, update);
  return encoding.toUint8Array(encoder);
}

/** MESSAGE_AWARENESS frame carrying an awareness update. */
export function encodeAwarenessMessage(awarenessUpdate: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_AWARENESS);
  encoding.writeVarUint8Array(encoder, awarenessUpdate);
  return encoding.toUint8Array(encoder);
}
