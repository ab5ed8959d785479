/**
 * Text-range anchors of comments: a range of a rich-text document stored as two Yjs relative
 * positions (base64), so the anchor follows the text as others type and the commenter never
 * writes into the document. Resolved in the browser against the live document.
 */
import * as Y from "yjs";

/** Encodes the range `[from, to)` of `type` (an XmlFragment or Text) as base64 relative positions. */
export function encodeTextRange(
  type: Y.Text | Y.XmlFragment,
  from: number,
  to: number,
): { start: string; end: string } {
  const encode = (index: number, assoc: number) =>
    toBase64(Y.encodeRelativePosition(Y.createRelativePositionFromTypeIndex(type, index, assoc)));
  return { start: encode(from, 0), end: encode(to, -1) };
}

/**
 * The range's current absolute indexes in `doc`, or null when its text was deleted (the thread is
 * then shown as orphaned with its quote).
 */
export function resolveTextRange(
  doc: Y.Doc,
  anchor: { start: string; end: string },
): { from: number; to: number } | null {
  const start = Y.createAbsolutePositionFromRelativePosition(Y.decodeRelativePosition(fromBase64(anchor.start)), doc);
  const end = Y.createAbsolutePositionFromRelativePosition(Y.decodeRelativePosition(fromBase64(anchor.end)), doc);
  if (!start || !end || end.index <= start.index) return null;
  return { from: start.index, to: end.index };
}

function toBase64(bytes: Uint8Array): string {
  let text = "";
  for (const byte of bytes) text += String.fromCharCode(byte);
  return btoa(text);
}

function fromBase64(text: string): Uint8Array {
  return Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
}
