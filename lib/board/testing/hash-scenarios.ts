/**
 * Test-only: builds a board document from `board` with one of a few edits and returns its content
 * hash. Bundled for Chromium by board-content.browser.test.ts and run in Node by the same test, so
 * one piece of code proves that browser and server agree on `contentHash`. Not used by the app.
 */
import * as Y from "yjs";
import type { PksBoard } from "@/lib/engine";
import { contentHash, readBoardContent } from "../board-content";
import { richTextFragment, setHistoryValue, writeBoardToDoc } from "../doc-model";

export type HashVariant = "as-is" | "history-edit" | "notes-paragraph";

/** The content hash of `board` written to a fresh document, after the edit `variant` names. */
export async function hashScenario(board: PksBoard, variant: HashVariant): Promise<string> {
  const doc = new Y.Doc();
  writeBoardToDoc(doc, board);
  if (variant === "history-edit") {
    const object = board.planningObjects[0]!;
    const week = Object.keys(object.history ?? {})[0] ?? board.horizon.start;
    setHistoryValue(doc, object.id, week, 12345.5);
  }
  if (variant === "notes-paragraph") {
    const paragraph = new Y.XmlElement("paragraph");
    paragraph.insert(0, [new Y.XmlText("Inför balanseringsmötet: läkare v. 28 −42 h")]);
    richTextFragment(doc, "overview-notes").insert(0, [paragraph]);
  }
  const hash = await contentHash(readBoardContent(doc));
  doc.destroy();
  return hash;
}
