import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { writeBoardToDoc } from "@/lib/board/doc-model";
import { makeBoard, makeCapacityMeasure, makeObject, makeResource } from "@/lib/engine/test-factories";
import sv from "@/messages/sv/versions.json";
import { contentHash, readVersionContent, type VersionContent } from "./content";
import { diffVersions } from "./diff";
import { formatChange, pageChanges } from "./diff-format";
import { formatWeekRuns } from "./diff-parts";

const t = createTranslator({ locale: "sv", messages: sv, namespace: "versions.diff" });
const words = (before: VersionContent, after: VersionContent) =>
  diffVersions(before, after).map((c) => formatChange(c, (k, v) => t(k as never, v as never)));

const content = (board: VersionContent["board"], texts: Record<string, string[]> = {}): VersionContent => ({
  format: "pks-version",
  version: 1,
  board,
  texts,
});

const history = (from: number, to: number, value: number) =>
  Object.fromEntries(
    Array.from({ length: to - from + 1 }, (_, i) => [`2027-W${String(from + i).padStart(2, "0")}`, value]),
  );

describe("diffVersions", () => {
  it("names exactly three changed cells, a measure status and a paragraph, in Swedish", () => {
    // Läkare: 8 × 40 h × 1 = 320 h; availability 0.9375 in v. 12 → 300 h.
    const resource = makeResource({ count: 8, hoursPerWeek: 40 });
    const before = makeBoard({
      horizon: { start: "2027-W01", weeks: 20 },
      resources: [resource],
      planningObjects: [makeObject({ service: "Nybesök läkare", history: history(1, 12, 10) })],
      measures: [makeCapacityMeasure({ status: "proposed" })],
    });
    const after = structuredClone(before);
    after.resources[0].availability = { "2027-W12": 0.9375 };
    after.planningObjects[0].history!["2027-W05"] = 14;
    after.planningObjects[0].history!["2027-W06"] = 9;
    after.measures![0].status = "decided";
    const texts = { overview: ["Mål för våren", "Vi ska korta väntetiden."] };
    const textsAfter = { overview: ["Mål för våren", "Vi ska korta väntetiden till 60 dagar."] };

    expect(words(content(before, texts), content(after, textsAfter))).toEqual([
      "Läkare v. 12: tillgänglig 320 → 300 h",
      "Nybesök läkare v. 5: historik 10 → 14",
      "Nybesök läkare v. 6: historik 10 → 9",
      "Åtgärd Hyrläkare: föreslagen → beslutad",
      "overview, stycke 2 ändrat: ”Vi ska korta väntetiden.” → ”Vi ska korta väntetiden till 60 dagar.”",
    ]);
  });

  it("groups many changed weeks into runs: 'historik v. 3–9 ändrad, 7 veckor'", () => {
    const before = makeBoard({
      planningObjects: [makeObject({ service: "Nybesök läkare", history: history(1, 12, 10) })],
    });
    const after = structuredClone(before);
    for (let w = 3; w <= 9; w++) after.planningObjects[0].history![`2027-W0${w}`] = 11;
    expect(words(content(before), content(after))).toEqual(["Nybesök läkare: historik v. 3–9 ändrad, 7 veckor"]);
  });

  it("lists planning objects and resources added, removed and renamed, and removed ones as restorable", () => {
    const before = makeBoard({
      resources: [makeResource(), makeResource({ id: "ssk", name: "Sjuksköterska" })],
      planningObjects: [makeObject(), makeObject({ id: "q", service: "Återbesök" })],
    });
    const after = structuredClone(before);
    after.resources[0].name = "Specialistläkare";
    after.resources.pop();
    after.planningObjects = [after.planningObjects[0], makeObject({ id: "r", service: "Operation" })];
    const changes = diffVersions(content(before), content(after));
    expect(changes.map((c) => formatChange(c, (k, v) => t(k as never, v as never)))).toEqual([
      "Resurs omdöpt: Läkare → Specialistläkare",
      "Resurs borttagen: Sjuksköterska",
      "Planeringsobjekt tillagt: Operation",
      "Planeringsobjekt borttaget: Återbesök",
    ]);
    expect(changes.filter((c) => c.restorable).map((c) => c.restorable)).toEqual([
      { kind: "resource", id: "ssk" },
      { kind: "planningObject", id: "q" },
    ]);
  });

  it("says nothing for identical versions, and formats decimals the Swedish way", () => {
    const board = makeBoard();
    expect(diffVersions(content(board), content(structuredClone(board)))).toEqual([]);
    const after = structuredClone(board);
    after.planningObjects[0].timePerActivity = { lak: 0.75 };
    expect(words(content(board), content(after))).toEqual(["Nybesök: tid per aktivitet för Läkare 1 → 0,75 h"]);
  });

  it("pages a large diff by subject, never splitting one", () => {
    const before = makeBoard({
      resources: Array.from({ length: 60 }, (_, i) => makeResource({ id: `r${i}`, name: `R${i}` })),
    });
    const after = makeBoard({ resources: [] });
    const changes = diffVersions(content(before), content(after));
    expect(changes).toHaveLength(60);
    const first = pageChanges(changes, 0, 25);
    expect(first.pageCount).toBe(3);
    expect(first.groups.flatMap((g) => g.changes)).toHaveLength(25);
    expect(pageChanges(changes, 99, 25).page).toBe(2);
  });
});

describe("formatWeekRuns", () => {
  it("joins consecutive weeks, across a year end too", () => {
    expect(formatWeekRuns(["2027-W09", "2027-W03", "2027-W04", "2027-W12"])).toBe("v. 3–4, 9, 12");
    expect(formatWeekRuns(["2026-W53", "2027-W01"])).toBe("v. 53–1");
  });
});

describe("readVersionContent and contentHash", () => {
  it("reads the board and its paragraphs from a Y.Doc; the hash ignores key order and float noise", () => {
    const doc = new Y.Doc();
    writeBoardToDoc(doc, makeBoard());
    const fragment = doc.getXmlFragment("rt:overview");
    const p = new Y.XmlElement("paragraph");
    p.insert(0, [new Y.XmlText("Hej")]);
    fragment.insert(0, [p]);
    const read = readVersionContent(doc);
    expect(read.texts).toEqual({ overview: ["Hej"] });
    expect(read.board?.resources[0].name).toBe("Läkare");
    expect(contentHash({ a: 1, b: 0.1 + 0.2 })).toBe(contentHash({ b: 0.3, a: 1 }));
    expect(contentHash({ a: 1 })).not.toBe(contentHash({ a: 2 }));
    expect(contentHash(read)).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe("diffVersions on equal data written in another key order", () => {
  it("reports nothing for reordered keys of waiting lists, adjustments and schedule rows", () => {
    const before = makeBoard({
      planningObjects: [
        makeObject({ waitingList: { current: 600, target: 165 }, adjustments: [{ from: "2027-W01", perWeek: 3 }] }),
      ],
      schedule: [{ resourceId: "lak", weekday: 1, session: "am", planningObjectId: "p", slots: 4 }],
    });
    const after = structuredClone(before);
    after.planningObjects[0].waitingList = { target: 165, current: 600 };
    after.planningObjects[0].adjustments = [{ perWeek: 3, from: "2027-W01" }];
    after.schedule = [{ slots: 4, planningObjectId: "p", session: "am", weekday: 1, resourceId: "lak" }];
    expect(diffVersions(content(before), content(after))).toEqual([]);
    after.planningObjects[0].waitingList = { target: 150, current: 600 };
    expect(words(content(before), content(after))).toEqual([
      "Nybesök: väntelista current 600, target 165 → current 600, target 150",
    ]);
  });
});
