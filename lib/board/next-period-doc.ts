/**
 * The next period's shared document: the `pks-board` data of `createNextPeriodBoard` written into
 * a new Y.Doc, with every rich-text field (`rt:*` — agreements, rules) of this period's document
 * copied over, so rules and agreements carry into the new period.
 */
import * as Y from "yjs";
import type { PksBoard } from "@/lib/engine";
import { RICH_TEXT_PREFIX, readBoardFromDoc, writeBoardToDoc } from "./doc-model";
import { createNextPeriodBoard } from "./next-period";

export interface NextPeriodDoc {
  data: PksBoard;
  /** The new document as one Yjs update (store it as the board's first snapshot). */
  state: Uint8Array;
  /** Names of the copied rich-text fields. */
  richText: string[];
}

/** Builds the next period's document from this period's stored state (one merged Yjs update). */
export function buildNextPeriodDoc(sourceUpdate: Uint8Array): NextPeriodDoc {
  const source = new Y.Doc();
  const target = new Y.Doc();
  try {
    Y.applyUpdate(source, sourceUpdate);
    const data = createNextPeriodBoard(readBoardFromDoc(source));
    writeBoardToDoc(target, data);
    const richText = [...source.share.keys()].filter((name) => name.startsWith(RICH_TEXT_PREFIX)).sort();
    target.transact(() => {
      for (const name of richText) {
        // tiptap writes elements and text only (no hooks).
        const copies = source
          .getXmlFragment(name)
          .toArray()
          .filter((node): node is Y.XmlElement | Y.XmlText => node instanceof Y.XmlElement || node instanceof Y.XmlText)
          .map((node) => node.clone());
        if (copies.length > 0) target.getXmlFragment(name).insert(0, copies);
      }
    });
    return { data, state: Y.encodeStateAsUpdate(target), richText };
  } finally {
    source.destroy();
    target.destroy();
  }
}
