/**
 * The canonical content of a shared document, for versions: the board's `pks-board` data (board
 * document only) and every rich-text fragment as a list of paragraphs, serialised with sorted keys
 * and a fixed number format, and its SHA-256. One place, so the engine's `readBoardContent` /
 * `contentHash` can replace this at merge without touching callers.
 */
import { createHash } from "node:crypto";
import * as Y from "yjs";
import { RICH_TEXT_PREFIX, readBoardFromDoc } from "@/lib/board/doc-model";
import { BOARD_DOC_ID } from "@/lib/board/protocol";
import { DOCUMENT_FRAGMENT, FROZEN_MAP, GOALS_ARRAY, META_MAP } from "@/lib/documents/doc-content";
import type { PksBoard } from "@/lib/engine";

/** What a version holds in words and numbers (stored as `board_versions.content`). */
export interface VersionContent {
  format: "pks-version";
  version: 1;
  /** The planning data; null for a rich-text document. */
  board: PksBoard | null;
  /** Rich-text fragments by key (without the `rt:` prefix), each as its paragraphs' plain text. */
  texts: Record<string, string[]>;
  /** Figures frozen into a decided document (lib/documents/doc-content.ts FROZEN_MAP), when any. */
  frozen?: Record<string, unknown>;
  /** A document's structured fields (goal rows, parties); absent for the board document. */
  fields?: { goals: unknown[]; meta: Record<string, unknown> };
}

/** A document's rich-text fragments: the body, area notes, checklists and `rt:` fragments. */
function isDocumentText(name: string): boolean {
  return (
    name === DOCUMENT_FRAGMENT ||
    name.startsWith("note:") ||
    name.startsWith("checklist:") ||
    name.startsWith(RICH_TEXT_PREFIX)
  );
}

function textOf(node: Y.XmlText): string {
  return (node.toDelta() as { insert?: unknown }[])
    .map((op) => (typeof op.insert === "string" ? op.insert : ""))
    .join("");
}

/** Leaf blocks (elements holding only text) in document order: paragraphs, headings, list items. */
function collectBlocks(node: Y.XmlElement | Y.XmlText, out: string[]): void {
  if (node instanceof Y.XmlText) {
    out.push(textOf(node));
    return;
  }
  const children = node.toArray().filter((c) => c instanceof Y.XmlElement || c instanceof Y.XmlText);
  if (children.every((c) => c instanceof Y.XmlText)) {
    out.push(children.map((c) => textOf(c as Y.XmlText)).join(""));
    return;
  }
  for (const child of children) collectBlocks(child as Y.XmlElement | Y.XmlText, out);
}

/** The paragraphs of one rich-text fragment as plain text. */
export function readParagraphs(fragment: Y.XmlFragment): string[] {
  const out: string[] = [];
  for (const child of fragment.toArray()) {
    if (child instanceof Y.XmlElement || child instanceof Y.XmlText) collectBlocks(child, out);
  }
  return out;
}

/** Reads a document's version content; `docId` '' is the board document. */
export function readVersionContent(doc: Y.Doc, docId: string = BOARD_DOC_ID): VersionContent {
  const texts: Record<string, string[]> = {};
  const isBoard = docId === BOARD_DOC_ID;
  for (const name of [...doc.share.keys()].sort()) {
    if (isBoard ? !name.startsWith(RICH_TEXT_PREFIX) : !isDocumentText(name)) continue;
    const paragraphs = readParagraphs(doc.getXmlFragment(name));
    const key = name.startsWith(RICH_TEXT_PREFIX) ? name.slice(RICH_TEXT_PREFIX.length) : name;
    if (paragraphs.some((p) => p.length > 0)) texts[key] = paragraphs;
  }
  if (isBoard) return { format: "pks-version", version: 1, board: readBoardFromDoc(doc), texts };
  const fields = { goals: doc.getArray(GOALS_ARRAY).toJSON(), meta: doc.getMap(META_MAP).toJSON() };
  const frozen = doc.getMap(FROZEN_MAP).toJSON();
  return {
    format: "pks-version",
    version: 1,
    board: null,
    texts,
    fields,
    ...(Object.keys(frozen).length > 0 ? { frozen } : {}),
  };
}

/** A number in a fixed form: 12 significant digits, no negative zero. */
function canonicalNumber(value: number): string {
  if (!Number.isFinite(value)) throw new Error(`canonicalJson: not a finite number: ${value}`);
  const rounded = Number(value.toPrecision(12));
  return JSON.stringify(rounded === 0 ? 0 : rounded);
}

/** JSON with object keys sorted and numbers in a fixed form; `undefined` members are left out. */
export function canonicalJson(value: unknown): string {
  if (value === null) return "null";
  if (typeof value === "number") return canonicalNumber(value);
  if (typeof value === "string" || typeof value === "boolean") return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? "null" : canonicalJson(v))).join(",")}]`;
  if (typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
  }
  throw new Error(`canonicalJson: cannot serialise ${typeof value}`);
}

/** SHA-256 (hex) of the canonical serialisation of `content`. */
export function contentHash(content: unknown): string {
  return createHash("sha256").update(canonicalJson(content)).digest("hex");
}

/** A document's Yjs state, canonical content and its hash: what a version stores. */
export function snapshotDoc(doc: Y.Doc, docId: string = BOARD_DOC_ID) {
  const content = readVersionContent(doc, docId);
  return { yjsState: Y.encodeStateAsUpdate(doc), content, contentHash: contentHash(content) };
}

/** A fresh Y.Doc holding a stored Yjs state (the caller destroys it). */
export function docFromState(state: Uint8Array): Y.Doc {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, state);
  return doc;
}
