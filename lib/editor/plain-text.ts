import * as Y from "yjs";

/** Nodes that end a line in the plain-text projection. */
const BLOCKS = new Set([
  "paragraph",
  "heading",
  "listItem",
  "taskItem",
  "tableRow",
  "blockquote",
  "codeBlock",
  "horizontalRule",
]);

function projectNode(node: Y.XmlElement | Y.XmlText, out: string[]): void {
  if (node instanceof Y.XmlText) {
    for (const op of node.toDelta() as { insert?: unknown }[]) if (typeof op.insert === "string") out.push(op.insert);
    return;
  }
  const name = node.nodeName;
  if (name === "mention") {
    out.push(`@${String(node.getAttribute("label") ?? node.getAttribute("id") ?? "")}`);
    return;
  }
  if (name === "hardBreak") {
    out.push("\n");
    return;
  }
  if (name === "taskItem") out.push(node.getAttribute("checked") ? "[x] " : "[ ] ");
  const cells: string[][] = [];
  for (const child of node.toArray()) {
    if (child instanceof Y.XmlElement && (child.nodeName === "tableCell" || child.nodeName === "tableHeader")) {
      const cell: string[] = [];
      projectNode(child, cell);
      cells.push(cell);
    } else if (child instanceof Y.XmlElement || child instanceof Y.XmlText) {
      projectNode(child, out);
    }
  }
  if (cells.length > 0) out.push(cells.map((c) => c.join("").trim()).join("\t"));
  if (BLOCKS.has(name)) out.push("\n");
}

/**
 * The plain text of a rich-text document (its Y.XmlFragment): one line per block (blank lines dropped), table cells
 * separated by tabs, task items as "[ ]"/"[x]", mentions as "@Name". Used for search, diff and
 * the hash a signed or printed version is identified by.
 */
export function projectPlainText(fragment: Y.XmlFragment): string {
  const out: string[] = [];
  for (const child of fragment.toArray()) {
    if (child instanceof Y.XmlElement || child instanceof Y.XmlText) projectNode(child, out);
  }
  return out
    .join("")
    .replace(/[ \t]+\n/g, "\n")
    .replace(/\n{2,}/g, "\n")
    .trim();
}

/** SHA-256 (hex) of a document's plain-text projection; equal text gives an equal hash. */
export async function hashPlainText(text: string): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest("SHA-256", new TextEncoder().encode(text.normalize("NFC")));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0")).join("");
}
