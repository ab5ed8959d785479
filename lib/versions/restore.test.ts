import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import {
  removePlanningObject,
  setHistoryValue,
  setMeasureStatus,
  setOutcomeValue,
  writeBoardToDoc,
} from "@/lib/board/doc-model";
import { makeBoard, makeCapacityMeasure, makeObject, makeResource } from "@/lib/engine/test-factories";
import { readVersionContent } from "./content";
import { applyItemRestore, applyVersionRestore } from "./restore";

function paragraph(text: string): Y.XmlElement {
  const p = new Y.XmlElement("paragraph");
  p.insert(0, [new Y.XmlText(text)]);
  return p;
}

function boardDoc(): Y.Doc {
  const doc = new Y.Doc();
  writeBoardToDoc(
    doc,
    makeBoard({
      resources: [makeResource()],
      planningObjects: [
        makeObject({ history: { "2027-W01": 10, "2027-W02": 11 } }),
        makeObject({ id: "q", service: "Återbesök", history: { "2026-W50": 7 } }),
      ],
      measures: [makeCapacityMeasure({ status: "proposed" })],
    }),
  );
  setOutcomeValue(doc, "q", "2027-W01", "produced", 6);
  doc.getXmlFragment("rt:overview").insert(0, [paragraph("Första"), paragraph("Andra")]);
  return doc;
}

describe("applyVersionRestore", () => {
  it("brings every old value back as new edits, and a peer that merges them agrees", () => {
    const doc = boardDoc();
    const version = Y.encodeStateAsUpdate(doc);
    const expected = readVersionContent(doc);
    const peer = new Y.Doc();
    Y.applyUpdate(peer, version);

    setHistoryValue(doc, "p", "2027-W01", 99);
    setMeasureStatus(doc, "m1", "decided");
    removePlanningObject(doc, "q");
    const fragment = doc.getXmlFragment("rt:overview");
    fragment.delete(1, 1);
    fragment.insert(1, [paragraph("Ändrad")]);
    expect(readVersionContent(doc)).not.toEqual(expected);

    const before = Y.encodeStateVector(doc);
    applyVersionRestore(doc, version);
    expect(readVersionContent(doc)).toEqual(expected);
    // It is a change on top: the peer gets it as an ordinary update.
    Y.applyUpdate(peer, Y.encodeStateAsUpdate(doc, Y.encodeStateVector(peer)));
    expect(readVersionContent(peer)).toEqual(expected);
    expect(Y.encodeStateVector(doc)).not.toEqual(before);
  });
});

describe("applyItemRestore", () => {
  it("puts a deleted planning object back with its history and outcomes, leaving other edits alone", () => {
    const doc = boardDoc();
    const version = readVersionContent(doc).board!;
    removePlanningObject(doc, "q");
    setHistoryValue(doc, "p", "2027-W01", 42);
    expect(applyItemRestore(doc, version, { kind: "planningObject", id: "q" })).toBeNull();
    const board = readVersionContent(doc).board!;
    expect(board.planningObjects.map((o) => o.id)).toEqual(["p", "q"]);
    expect(board.planningObjects[1].history).toEqual({ "2026-W50": 7 });
    expect(board.outcomes?.q).toEqual({ "2027-W01": { produced: 6 } });
    expect(board.planningObjects[0].history?.["2027-W01"]).toBe(42);
  });

  it("refuses an item that is still on the board or not in the version", () => {
    const doc = boardDoc();
    const version = readVersionContent(doc).board!;
    expect(applyItemRestore(doc, version, { kind: "measure", id: "m1" })).toBe("itemExists");
    expect(applyItemRestore(doc, version, { kind: "resource", id: "nope" })).toBe("itemNotInVersion");
  });
});
