/**
 * A document's rich text as print blocks: headings with their level, paragraphs and list items,
 * in document order, read from a version's stored Yjs state. The version's `content` keeps only
 * plain paragraphs (what its hash covers); the signed PDF prints the same text with its structure.
 */
import * as Y from "yjs";
import { DOCUMENT_FRAGMENT } from "@/lib/documents/doc-content";

export type PrintBlock =
  | { kind: "heading"; level: number; text: string }
  | { kind: "paragraph"; text: string }
  | { kind: "item"; ordered: boolean; depth: number; text: string };

function textOf(node: Y.XmlElement | Y.XmlText): string {
  if (node instanceof Y.XmlText) {
    return (node.toDelta() as { insert?: unknown }[])
      .map((op) => (typeof op.insert === "string" ? op.insert : ""))
      .join("");
  }
  return node
    .toArray()
    .map((child) => (child instanceof Y.XmlElement || child instanceof Y.XmlText ? textOf(child) : ""))
    .join("");
}

const LIST_NAMES: Record<string, boolean> = { bulletList: false, orderedList: true, taskList: false };

function collect(node: Y.XmlElement, out: PrintBlock[], list: { ordered: boolean; depth: number } | null): void {
  const name = node.nodeName;
  if (name in LIST_NAMES) {
    const nested = { ordered: LIST_NAMES[name], depth: list ? list.depth + 1 : 0 };
    for (const child of node.toArray()) if (child instanceof Y.XmlElement) collect(child, out, nested);
    return;
  }
  if (name === "listItem" || name === "taskItem") {
    const children = node.toArray().filter((c): c is Y.XmlElement => c instanceof Y.XmlElement);
    const [first, ...rest] = children;
    if (first && !(first.nodeName in LIST_NAMES))
      out.push({ kind: "item", ordered: list?.ordered ?? false, depth: list?.depth ?? 0, text: textOf(first) });
    for (const child of first && first.nodeName in LIST_NAMES ? children : rest) collect(child, out, list);
    return;
  }
  if (name === "heading") {
    const level = Number(node.getAttribute("level")) || 2;
    out.push({ kind: "heading", level: Math.min(Math.max(level, 1), 4), text: textOf(node) });
    return;
  }
  if (name === "blockquote") {
    for (const child of node.toArray()) if (child instanceof Y.XmlElement) collect(child, out, list);
    return;
  }
  // Paragraphs and any other leaf block: their text, if any.
  const text = textOf(node);
  if (list) out.push({ kind: "item", ordered: list.ordered, depth: list.depth, text });
  else out.push({ kind: "paragraph", text });
}

/** The print blocks of a document version's rich text (`state`: its stored Yjs update). */
export function readPrintBlocks(state: Uint8Array): PrintBlock[] {
  const doc = new Y.Doc();
  try {
    Y.applyUpdate(doc, state);
    const out: PrintBlock[] = [];
    for (const child of doc.getXmlFragment(DOCUMENT_FRAGMENT).toArray()) {
      if (child instanceof Y.XmlElement) collect(child, out, null);
      else if (child instanceof Y.XmlText) out.push({ kind: "paragraph", text: textOf(child) });
    }
    // Empty paragraphs between headings are the template's writing space: not printed.
    return out.filter((block) => block.text.trim() !== "" || block.kind === "heading");
  } finally {
    doc.destroy();
  }
}
