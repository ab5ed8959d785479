/**
 * The documents a board can create and their first content: the rich text (a ProseMirror JSON
 * written into the document's Y.XmlFragment with the shared schema) and the structured parts.
 */
import { getSchema } from "@tiptap/core";
import { prosemirrorJSONToYXmlFragment } from "@tiptap/y-tiptap";
import * as Y from "yjs";
import { richTextExtensions } from "@/lib/editor/extensions";
import {
  START_AGREEMENT_CHANGE_PROMPT,
  START_AGREEMENT_GOAL_PROMPT,
  START_AGREEMENT_HEADINGS,
  START_AGREEMENT_PARTIES,
} from "@/lib/templates/start-agreement";
import { DOCUMENT_FRAGMENT, GOALS_ARRAY, META_MAP } from "./doc-content";

export const DOCUMENT_TEMPLATES = ["start-agreement", "self-assessment"] as const;
export type DocumentTemplate = (typeof DOCUMENT_TEMPLATES)[number];

/** The `board_documents` kind of each template. */
export const TEMPLATE_KIND: Record<DocumentTemplate, "agreement" | "self-assessment"> = {
  "start-agreement": "agreement",
  "self-assessment": "self-assessment",
};

const heading = (level: 2 | 3, text: string) => ({
  type: "heading",
  attrs: { level },
  content: [{ type: "text", text }],
});
const EMPTY = { type: "paragraph" };

function startAgreementContent() {
  const [goals, ...rest] = START_AGREEMENT_HEADINGS;
  return {
    type: "doc",
    content: [
      heading(2, goals),
      heading(3, START_AGREEMENT_CHANGE_PROMPT),
      EMPTY,
      heading(3, START_AGREEMENT_GOAL_PROMPT),
      EMPTY,
      ...rest.flatMap((h) => [heading(2, h), EMPTY]),
    ],
  };
}

/**
 * The encoded first state of a new document from a template. The start agreement gets the five
 * headings of seed `000_…` 509–513 (the two prompts of 518 and 530 under "Mål"), its parties
 * and an empty list of goal rows; a self-assessment round starts empty.
 */
export function buildTemplateState(template: DocumentTemplate): Uint8Array {
  const doc = new Y.Doc();
  if (template === "start-agreement") {
    prosemirrorJSONToYXmlFragment(
      getSchema(richTextExtensions()),
      startAgreementContent(),
      doc.getXmlFragment(DOCUMENT_FRAGMENT),
    );
    doc.getMap(META_MAP).set("parties", [...START_AGREEMENT_PARTIES]);
    doc.getArray(GOALS_ARRAY);
  }
  const state = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return state;
}
