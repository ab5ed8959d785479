/**
 * The whole content of a board's document — the `pks-board` data (measure lever, owner and note
 * included) and the rich text of every `rt:` fragment (the shared notes) — as one plain value,
 * with a canonical serialisation and its SHA-256. Equal content gives an equal hash whatever the
 * edit history (Yjs state bytes differ after an edit and its undo; the content does not), so
 * compaction refreshes `boards.data` only when something a person would see changed. Works in
 * the browser and in Node (Web Crypto).
 */
import * as Y from "yjs";
import type { PksBoard } from "@/lib/engine";
import { readBoardFromDoc } from "./doc-read";

/** A rich-text node: an element with attributes and children, or a run of text with marks. */
export type RichTextNode =
  | { type: string; attrs?: Record<string, unknown>; content?: RichTextNode[] }
  | { text: string; marks?: Record<string, unknown> };

export interface BoardContent {
  board: PksBoard;
  /** Non-empty rich-text fragments by key (without the `rt:` prefix), e.g. `overview-notes`. */
  richText: Record<string, RichTextNode[]>;
}

const RICH_TEXT_PREFIX = "rt:";

function readXmlChildren(parent: Y.XmlFragment | Y.XmlElement): RichTextNode[] {
  const nodes: RichTextNode[] = [];
  for (const child of parent.toArray()) {
    if (child instanceof Y.XmlText) {
      for (const op of child.toDelta() as { insert: unknown; attributes?: Record<string, unknown> }[]) {
        if (typeof op.insert !== "string" || op.insert === "") continue;
        nodes.push(op.attributes ? { text: op.insert, marks: op.attributes } : { text: op.insert });
      }
    } else if (child instanceof Y.XmlElement) {
      const node: RichTextNode = { type: child.nodeName };
      const attrs = child.getAttributes();
      if (Object.keys(attrs).length > 0) node.attrs = attrs;
      const content = readXmlChildren(child);
      if (content.length > 0) node.content = content;
      nodes.push(node);
    }
  }
  return nodes;
}

/** The rich text of every non-empty `rt:` fragment of a document, by key. */
export function readRichText(doc: Y.Doc): Record<string, RichTextNode[]> {
  const out: Record<string, RichTextNode[]> = {};
  for (const name of Array.from(doc.share.keys()).sort()) {
    if (!name.startsWith(RICH_TEXT_PREFIX)) continue;
    let fragment: Y.XmlFragment;
    try {
      fragment = doc.getXmlFragment(name);
    } catch {
      continue; // a peer defined this name as another type: not rich text
    }
    const nodes = readXmlChildren(fragment);
    if (nodes.length > 0) out[name.slice(RICH_TEXT_PREFIX.length)] = nodes;
  }
  return out;
}

/** The board's data and rich text (read after the transaction has ended, as readBoardFromDoc). */
export function readBoardContent(doc: Y.Doc): BoardContent {
  return { board: readBoardFromDoc(doc), richText: readRichText(doc) };
}

function writeNumber(value: number): string {
  if (!Number.isFinite(value)) return "null"; // as JSON.stringify
  return Object.is(value, -0) ? "0" : JSON.stringify(value);
}

/**
 * Canonical JSON: object keys sorted by code unit, no whitespace, numbers in JavaScript's
 * shortest round-trip form (−0 as 0), undefined members left out. Equal values give equal text.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || value === undefined) return "null";
  if (typeof value === "number") return writeNumber(value);
  if (typeof value === "string" || typeof value === "boolean") return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map((item) => canonicalJson(item ?? null)).join(",")}]`;
  if (typeof value === "object") {
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record)
      .filter((key) => record[key] !== undefined)
      .sort();
    return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalJson(record[key])}`).join(",")}}`;
  }
  return "null";
}

/** SHA-256 (lowercase hex) of the canonical serialisation of a board's content. */
export async function contentHash(content: BoardContent): Promise<string> {
  const bytes = new TextEncoder().encode(canonicalJson(content));
  const digest = await globalThis.crypto.subtle.digest("SHA-256", bytes);
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, "0")).join("");
}
