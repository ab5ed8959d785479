/**
 * The board's content hash: hand-checked canonical form, and fast-check properties over random
 * edits made through the document's own edit functions: every single edit changes the hash, and
 * equal content (after undoing, or rebuilt in a fresh document) gives the equal hash.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { makeBoard, makeCapacityMeasure, makeObject, makeResource } from "@/lib/engine/test-factories";
import * as M from "./doc-model";

const WEEKS = ["2027-W01", "2027-W02", "2027-W03"];
const PERIODS = ["week", "month", "tertial", "quarter", "year"] as const;

function createDoc(): Y.Doc {
  const doc = new Y.Doc();
  M.writeBoardToDoc(
    doc,
    makeBoard({
      resources: [makeResource(), makeResource({ id: "ssk", name: "Sjuksköterska" })],
      planningObjects: [makeObject(), makeObject({ id: "q", timePerActivity: { ssk: 0.5 } })],
      measures: [makeCapacityMeasure()],
    }),
  );
  writeNotes(doc, "Mål för året");
  return doc;
}

function writeNotes(doc: Y.Doc, text: string): void {
  const paragraph = new Y.XmlElement("paragraph");
  paragraph.insert(0, [new Y.XmlText(text)]);
  M.richTextFragment(doc, "overview-notes").insert(0, [paragraph]);
}

function notesText(doc: Y.Doc): Y.XmlText {
  const paragraph = M.richTextFragment(doc, "overview-notes").get(0) as Y.XmlElement;
  return paragraph.get(0) as Y.XmlText;
}

const hashOf = (doc: Y.Doc) => M.contentHash(M.readBoardContent(doc));

type Edit = (doc: Y.Doc, origin: object) => void;
const at = <T>(list: readonly T[], i: number) => list[i % list.length];

/** Edits that each change the content (a new value differs from the current one). */
const editArbitrary: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ o: fc.nat(), w: fc.nat(), delta: fc.integer({ min: 1, max: 50 }) }).map(
    ({ o, w, delta }): Edit =>
      (doc, origin) => {
        const object = at(M.readBoardFromDoc(doc).planningObjects, o);
        const week = at(WEEKS, w);
        M.setHistoryValue(doc, object.id, week, (object.history?.[week] ?? 0) + delta, origin);
      },
  ),
  fc.record({ o: fc.nat(), r: fc.nat() }).map(
    ({ o, r }): Edit =>
      (doc, origin) => {
        const board = M.readBoardFromDoc(doc);
        const object = at(board.planningObjects, o);
        const resource = at(board.resources, r);
        M.setTimePerActivity(doc, object.id, resource.id, (object.timePerActivity?.[resource.id] ?? 0) + 0.25, origin);
      },
  ),
  fc.nat().map(
    (o): Edit =>
      (doc, origin) => {
        const object = at(M.readBoardFromDoc(doc).planningObjects, o);
        M.updatePlanningObject(doc, object.id, { rank: ((object.rank ?? 0) % 9999) + 1 }, origin);
      },
  ),
  fc.constant<Edit>((doc, origin) => {
    const current = M.readBoardFromDoc(doc).board.deviationThresholdPct ?? 0;
    M.setMeta(doc, { deviationThresholdPct: (current % 99) + 1 }, origin);
  }),
  fc.constant<Edit>((doc, origin) => {
    const current = M.readBoardFromDoc(doc).calendar?.balancePeriod;
    const next = PERIODS[(PERIODS.indexOf(current ?? "year") + 1) % PERIODS.length];
    M.setCalendar(doc, { balancePeriod: next }, origin);
  }),
  fc.string({ minLength: 1, maxLength: 5 }).map(
    (text): Edit =>
      (doc, origin) => {
        const measure = M.readBoardFromDoc(doc).measures?.[0];
        if (measure) M.updateMeasure(doc, measure.id, { owner: `${measure.owner ?? ""}${text}` }, origin);
      },
  ),
  fc.record({ r: fc.nat(), w: fc.nat() }).map(
    ({ r, w }): Edit =>
      (doc, origin) => {
        const resource = at(M.readBoardFromDoc(doc).resources, r);
        const week = at(WEEKS, w);
        const share = resource.availability?.[week];
        M.setResourceAvailability(doc, resource.id, week, share === 0.5 ? 0.25 : 0.5, origin);
      },
  ),
  fc.string({ minLength: 1, maxLength: 8 }).map(
    (text): Edit =>
      (doc, origin) => {
        doc.transact(() => notesText(doc).insert(0, text), origin);
      },
  ),
  fc.nat().map(
    (n): Edit =>
      (doc, origin) => {
        const ids = new Set(M.readBoardFromDoc(doc).resources.map((r) => r.id));
        let id = `r${n}`;
        while (ids.has(id)) id += "x";
        M.addResource(doc, makeResource({ id, name: id }), null, origin);
      },
  ),
);

describe("canonical JSON", () => {
  it("sorts keys, drops undefined members and writes −0 as 0", () => {
    expect(M.canonicalJson({ b: 1, a: [2, { d: undefined, c: -0 }], e: "å" })).toBe('{"a":[2,{"c":0}],"b":1,"e":"å"}');
    expect(M.canonicalJson({ x: 0.1 + 0.2, y: 1e21, z: Number.NaN })).toBe(
      '{"x":0.30000000000000004,"y":1e+21,"z":null}',
    );
  });
});

describe("board content", () => {
  it("holds the pks-board data with measure meta and the notes as rich text", () => {
    const doc = createDoc();
    M.updateMeasure(doc, "m1", { owner: "Maria", note: "Avtal klart" });
    const bold = new Y.XmlText();
    bold.insert(0, "viktigt", { bold: true });
    (M.richTextFragment(doc, "overview-notes").get(0) as Y.XmlElement).insert(1, [bold]);
    const content = M.readBoardContent(doc);
    expect(content.board.measures?.[0]).toMatchObject({ owner: "Maria", note: "Avtal klart" });
    expect(content.richText).toEqual({
      "overview-notes": [
        { type: "paragraph", content: [{ text: "Mål för året" }, { text: "viktigt", marks: { bold: true } }] },
      ],
    });
  });

  it("has a 64-digit SHA-256 hex hash, the same in a fresh copy of the document", async () => {
    const doc = createDoc();
    const hash = await hashOf(doc);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    const copy = new Y.Doc();
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
    expect(await hashOf(copy)).toBe(hash);
  });

  it("changes with every single edit", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(editArbitrary, { maxLength: 6 }), editArbitrary, async (before, edit) => {
        const doc = createDoc();
        const origin = {};
        for (const step of before) step(doc, origin);
        const hash = await hashOf(doc);
        edit(doc, origin);
        expect(await hashOf(doc)).not.toBe(hash);
      }),
      { numRuns: 150 },
    );
  });

  it("is equal for equal content: after undoing every edit, and rebuilt in a fresh document", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(editArbitrary, { minLength: 1, maxLength: 8 }), async (edits) => {
        const doc = createDoc();
        const initial = await hashOf(doc);
        const origin = {};
        const undo = new Y.UndoManager([...M.boardTypeList(doc), M.richTextFragment(doc, "overview-notes")], {
          trackedOrigins: new Set([origin]),
          captureTimeout: 0,
        });
        for (const edit of edits) edit(doc, origin);
        const edited = await hashOf(doc);
        // Same content, different Yjs history: the data written anew, the notes typed anew.
        const rebuilt = new Y.Doc();
        M.writeBoardToDoc(rebuilt, M.readBoardFromDoc(doc));
        writeNotes(rebuilt, notesText(doc).toString());
        expect(await hashOf(rebuilt)).toBe(edited);
        while (undo.canUndo()) undo.undo();
        expect(await hashOf(doc)).toBe(initial);
      }),
      { numRuns: 100 },
    );
  });
});
