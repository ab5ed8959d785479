import { getSchema } from "@tiptap/core";
import { prosemirrorJSONToYXmlFragment } from "@tiptap/y-tiptap";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { DOCUMENT_FRAGMENT } from "@/lib/documents/doc-content";
import { buildTemplateState } from "@/lib/documents/templates";
import { richTextExtensions } from "@/lib/editor/extensions";
import { readPrintBlocks } from "./print-blocks";

const text = (t: string) => ({ type: "text", text: t });
const para = (t: string) => ({ type: "paragraph", content: [text(t)] });

function stateOf(content: object[]): Uint8Array {
  const doc = new Y.Doc();
  prosemirrorJSONToYXmlFragment(
    getSchema(richTextExtensions()),
    { type: "doc", content },
    doc.getXmlFragment(DOCUMENT_FRAGMENT),
  );
  return Y.encodeStateAsUpdate(doc);
}

describe("readPrintBlocks", () => {
  it("keeps headings with their level, paragraphs and (nested) list items in order", () => {
    const state = stateOf([
      { type: "heading", attrs: { level: 2 }, content: [text("Mål")] },
      para("80 % av patienterna ska få besök inom 60 dagar."),
      { type: "paragraph" },
      {
        type: "bulletList",
        content: [
          { type: "listItem", content: [para("Ortopedi")] },
          {
            type: "listItem",
            content: [
              para("Kirurgi"),
              { type: "orderedList", content: [{ type: "listItem", content: [para("Bråck")] }] },
            ],
          },
        ],
      },
    ]);
    expect(readPrintBlocks(state)).toEqual([
      { kind: "heading", level: 2, text: "Mål" },
      { kind: "paragraph", text: "80 % av patienterna ska få besök inom 60 dagar." },
      { kind: "item", ordered: false, depth: 0, text: "Ortopedi" },
      { kind: "item", ordered: false, depth: 0, text: "Kirurgi" },
      { kind: "item", ordered: true, depth: 1, text: "Bråck" },
    ]);
  });

  it("prints a fresh production-goals agreement as its four headings, without the empty writing space", () => {
    const blocks = readPrintBlocks(buildTemplateState("production-goals"));
    expect(blocks.map((b) => `${b.kind}:${b.text}`)).toEqual([
      "heading:Produktionsmål",
      "heading:Beslutade åtgärder",
      "heading:Kvarvarande gap",
      "heading:Uppföljning",
    ]);
  });
});
