import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { createOrthoBoard } from "@/lib/demo/ortho-board";
import { readBoardFromDoc, richTextFragment, writeBoardToDoc } from "./doc-model";
import { buildNextPeriodDoc } from "./next-period-doc";

describe("next period's document", () => {
  it("carries rules and agreements (rich text) and holds next period's data", () => {
    const doc = new Y.Doc();
    writeBoardToDoc(doc, createOrthoBoard({ startYear: 2027 }));
    const paragraph = new Y.XmlElement("paragraph");
    paragraph.insert(0, [new Y.XmlText("Akuta patienter går före planerade.")]);
    richTextFragment(doc, "agreement:prioritering:regel").insert(0, [paragraph]);
    const next = buildNextPeriodDoc(Y.encodeStateAsUpdate(doc));
    expect(next.richText).toEqual(["rt:agreement:prioritering:regel"]);
    const copy = new Y.Doc();
    Y.applyUpdate(copy, next.state);
    expect(richTextFragment(copy, "agreement:prioritering:regel").toString()).toBe(
      "<paragraph>Akuta patienter går före planerade.</paragraph>",
    );
    expect(readBoardFromDoc(copy)).toEqual(next.data);
    expect(next.data.horizon.start).toBe("2028-W01");
  });
});
