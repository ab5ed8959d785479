/**
 * The documents a board can create and their first content: the rich text (a ProseMirror JSON
 * written into the document's Y.XmlFragment with the shared schema) and the structured parts.
 */
import { getSchema } from "@tiptap/core";
import { prosemirrorJSONToYXmlFragment } from "@tiptap/y-tiptap";
import * as Y from "yjs";
import { richTextExtensions } from "@/lib/editor/extensions";
import { CARE_CATALOGUE_HEADINGS } from "@/lib/templates/care-catalogue";
import { PRODUCTION_GOALS_HEADINGS, PRODUCTION_GOALS_PARTIES } from "@/lib/templates/production-goals";
import {
  START_AGREEMENT_CHANGE_PROMPT,
  START_AGREEMENT_GOAL_PROMPT,
  START_AGREEMENT_HEADINGS,
  START_AGREEMENT_PARTIES,
} from "@/lib/templates/start-agreement";
import { ACTIONS_ARRAY, DOCUMENT_FRAGMENT, GOALS_ARRAY, META_MAP, TEMPLATE_KEY } from "./doc-content";
import { type ReflectionPeriod, reflectionContent } from "./reflection";

export const DOCUMENT_TEMPLATES = [
  "start-agreement",
  "production-goals",
  "self-assessment",
  "reflection",
  "care-catalogue",
] as const;
export type DocumentTemplate = (typeof DOCUMENT_TEMPLATES)[number];

/** The `board_documents` kind of each template. */
export const TEMPLATE_KIND: Record<
  DocumentTemplate,
  "agreement" | "self-assessment" | "reflection" | "care-catalogue"
> = {
  "start-agreement": "agreement",
  "production-goals": "agreement",
  "self-assessment": "self-assessment",
  reflection: "reflection",
  "care-catalogue": "care-catalogue",
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

/** The template a document was made from, as its META_MAP records it (older start agreements: none). */
export function readTemplate(doc: Y.Doc): DocumentTemplate | null {
  const value = doc.getMap(META_MAP).get(TEMPLATE_KEY);
  return DOCUMENT_TEMPLATES.includes(value as DocumentTemplate) ? (value as DocumentTemplate) : null;
}

function writeRichText(doc: Y.Doc, content: object): void {
  prosemirrorJSONToYXmlFragment(getSchema(richTextExtensions()), content, doc.getXmlFragment(DOCUMENT_FRAGMENT));
}

/**
 * The encoded first state of a new document from a template. The start agreement gets the five
 * headings of seed `000_…` 509–513 (the two prompts of 518 and 530 under "Mål"), its parties
 * and an empty list of goal rows; the production-goals agreement its four headings and parties
 * (its figures come from the engine); a reflection session the seeds' questions under their group
 * headings, its schedule period and no action items; a self-assessment round starts empty.
 */
export function buildTemplateState(template: DocumentTemplate, period?: ReflectionPeriod): Uint8Array {
  const doc = new Y.Doc();
  doc.getMap(META_MAP).set(TEMPLATE_KEY, template);
  if (template === "start-agreement") {
    writeRichText(doc, startAgreementContent());
    doc.getMap(META_MAP).set("parties", [...START_AGREEMENT_PARTIES]);
    doc.getArray(GOALS_ARRAY);
  }
  if (template === "production-goals") {
    writeRichText(doc, { type: "doc", content: PRODUCTION_GOALS_HEADINGS.flatMap((h) => [heading(2, h), EMPTY]) });
    doc.getMap(META_MAP).set("parties", [...PRODUCTION_GOALS_PARTIES]);
  }
  if (template === "care-catalogue") {
    writeRichText(doc, { type: "doc", content: CARE_CATALOGUE_HEADINGS.flatMap((h) => [heading(2, h), EMPTY]) });
  }
  if (template === "reflection") {
    writeRichText(doc, reflectionContent());
    if (period) for (const [key, value] of Object.entries(period)) doc.getMap(META_MAP).set(key, value);
    doc.getArray(ACTIONS_ARRAY);
  }
  const state = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return state;
}
