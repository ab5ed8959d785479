/** The version 2 fields through the shared document, and migration of older documents. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { computeBoard, type PksBoard, parseBoard, parseBoardOrThrow, serializeBoard } from "@/lib/engine";
import {
  addMeasure,
  createUndoManager,
  MEASURE_META_MAP,
  readBoardFromDoc,
  removeMeasure,
  setAcute,
  setCalendar,
  setMeta,
  setWaitingList,
  updateMeasure,
  updatePlanningObject,
  writeBoardToDoc,
} from "./doc-model";
import { normalizeBoard } from "./normalize";

const example = parseBoardOrThrow(
  JSON.parse(readFileSync(new URL("../engine/engine-example.json", import.meta.url), "utf8")),
);

function docWith(board: PksBoard): Y.Doc {
  const doc = new Y.Doc();
  writeBoardToDoc(doc, board);
  return doc;
}

describe("version 2 fields in the document", () => {
  it("round-trips ENGINE.md's example with every version 2 field", () => {
    const board = readBoardFromDoc(docWith(example));
    expect(board).toEqual(normalizeBoard(example));
    expect(board.version).toBe(2);
    expect(board.board.deviationThresholdPct).toBe(10);
    expect(board.calendar?.balancePeriod).toBe("week");
    const [nyb, , akut] = board.planningObjects;
    expect(nyb.rank).toBe(60);
    expect(nyb.waitingList?.targetWaitDays).toBe(60);
    expect(akut.acute?.daysPerWeek).toBe(7);
    expect(board.measures?.[0]).toMatchObject({
      lever: "resources",
      basis: "decision",
      owner: "Maria Svensson",
      note: "Avtal med bemanningsföretag klart v. 8",
    });
    expect(board.measures?.[1].lever).toBe("production-need");
    expect(parseBoard(board).ok).toBe(true);
    expect(computeBoard(board)).toEqual(computeBoard(example));
    // Export of the read board is the example again, as version 2.
    expect(JSON.parse(serializeBoard(board))).toEqual(normalizeBoard(example));
  });

  it("edits and clears each version 2 field", () => {
    const doc = docWith(example);
    setMeta(doc, { deviationThresholdPct: 15 });
    setCalendar(doc, { balancePeriod: "quarter" });
    updatePlanningObject(doc, "ater-lak", { rank: 90 });
    setWaitingList(doc, "nyb-lak", { current: 600, target: 165, targetWaitDays: 30 });
    setAcute(doc, "akut", { dailyDemand: [1, 2], coveragePct: 90, daysPerWeek: 5 });
    updateMeasure(doc, "m2", { basis: "decision", owner: "Anna", note: "Beslut i ledningsgruppen" });
    let board = readBoardFromDoc(doc);
    expect(board.board.deviationThresholdPct).toBe(15);
    expect(board.calendar?.balancePeriod).toBe("quarter");
    expect(board.planningObjects[1].rank).toBe(90);
    expect(board.planningObjects[0].waitingList).toEqual({ current: 600, target: 165, targetWaitDays: 30 });
    expect(board.planningObjects[2].acute).toEqual({ dailyDemand: [1, 2], coveragePct: 90, daysPerWeek: 5 });
    expect(board.measures?.[1]).toMatchObject({ basis: "decision", owner: "Anna", note: "Beslut i ledningsgruppen" });
    setMeta(doc, { deviationThresholdPct: undefined });
    setCalendar(doc, { balancePeriod: null });
    updatePlanningObject(doc, "ater-lak", { rank: undefined });
    updateMeasure(doc, "m1", { lever: undefined, owner: undefined });
    board = readBoardFromDoc(doc);
    expect(board.board).not.toHaveProperty("deviationThresholdPct");
    expect(board.calendar).not.toHaveProperty("balancePeriod");
    expect(board.planningObjects[1]).not.toHaveProperty("rank");
    expect(board.measures?.[0]).not.toHaveProperty("lever");
    expect(board.measures?.[0]).not.toHaveProperty("owner");
    expect(board.measures?.[0].note).toBe("Avtal med bemanningsföretag klart v. 8");
    expect(parseBoard(board).ok).toBe(true);
  });

  it("drops what version 2 cannot hold so the read board stays valid", () => {
    const doc = docWith(example);
    // A lever of the other kind after a kind change; a rank and a waiting list on an acute object.
    updateMeasure(doc, "m1", { kind: "need", planningObjectId: "akut" });
    updatePlanningObject(doc, "akut", { rank: 5 });
    setWaitingList(doc, "akut", { current: 3, target: 0 });
    const board = readBoardFromDoc(doc);
    expect(board.measures?.[0]).not.toHaveProperty("lever");
    expect(board.planningObjects[2]).not.toHaveProperty("rank");
    expect(board.planningObjects[2]).not.toHaveProperty("waitingList");
    expect(parseBoard(board).ok).toBe(true);
  });
});

describe("version 1 documents and legacy measure meta", () => {
  it("imports a version 1 file with nothing lost but an acute object's waiting list", () => {
    const v1 = {
      format: "pks-board",
      version: 1,
      board: { name: "Gammal", level: "strategic" },
      horizon: { start: "2027-W01", weeks: 4 },
      resources: [{ id: "lak", name: "Läkare", kind: "staff", count: 2, hoursPerWeek: 40 }],
      planningObjects: [
        {
          id: "akut",
          service: "Akut",
          annualVolume: 520,
          timePerActivity: { lak: 1 },
          acute: { dailyDemand: [1, 2, 3], coveragePct: 80 },
          waitingList: { current: 5, target: 0 },
        },
        {
          id: "p",
          service: "Nybesök",
          annualVolume: 520,
          waitingList: { current: 9, target: 1, targetWeek: "2027-W03" },
        },
      ],
      measures: [{ id: "m1", title: "Hyr", status: "decided", kind: "capacity", resourceId: "lak", hoursPerWeek: 5 }],
    };
    const parsed = parseBoardOrThrow(v1);
    const board = readBoardFromDoc(docWith(parsed));
    expect(board.version).toBe(2);
    expect(board.planningObjects[0]).not.toHaveProperty("waitingList");
    expect(board.planningObjects[1].waitingList).toEqual({ current: 9, target: 1, targetWeek: "2027-W03" });
    expect(board).toEqual(normalizeBoard(parsed));
    expect(board.board.level).toBe("strategic");
    expect(computeBoard(board).balancePeriod).toBe("quarter");
  });

  it("reads a measure's legacy lever, owner and description into the measure", () => {
    const doc = docWith(example);
    const legacy = doc.getMap(MEASURE_META_MAP);
    doc.transact(() => {
      updateMeasure(doc, "m2", { lever: undefined });
      legacy.set(JSON.stringify(["m2", "lever"]), "capacityNeed");
      legacy.set(JSON.stringify(["m2", "owner"]), "Erik");
      legacy.set(JSON.stringify(["m2", "description"]), "Färre kontroller");
      legacy.set(JSON.stringify(["m1", "lever"]), "careNeed"); // m1 has its own lever: kept
    });
    const board = readBoardFromDoc(doc);
    expect(board.measures?.[1]).toMatchObject({ lever: "capacity-need", owner: "Erik", note: "Färre kontroller" });
    expect(board.measures?.[0].lever).toBe("resources");
    expect(parseBoard(board).ok).toBe(true);
    // Export carries the migrated fields.
    expect(JSON.parse(serializeBoard(board)).measures[1].owner).toBe("Erik");
  });

  it("drops a legacy lever of the other kind and cuts an over-long owner", () => {
    const doc = docWith({ ...example, measures: example.measures?.map(({ lever: _, owner: __, ...m }) => m) });
    const legacy = doc.getMap(MEASURE_META_MAP);
    doc.transact(() => {
      legacy.set(JSON.stringify(["m2", "lever"]), "resources");
      legacy.set(JSON.stringify(["m1", "owner"]), "x".repeat(250));
    });
    const board = readBoardFromDoc(doc);
    expect(board.measures?.[1]).not.toHaveProperty("lever");
    expect(board.measures?.[0].owner).toHaveLength(200);
    expect(parseBoard(board).ok).toBe(true);
  });

  it("moves legacy meta into the measure on an edit, so a cleared field stays cleared", () => {
    const doc = docWith({
      ...example,
      measures: example.measures?.map(({ lever: _, owner: __, note: ___, ...m }) => m),
    });
    const legacy = doc.getMap(MEASURE_META_MAP);
    doc.transact(() => {
      legacy.set(JSON.stringify(["m1", "lever"]), "resources");
      legacy.set(JSON.stringify(["m1", "owner"]), "Maria");
      legacy.set(JSON.stringify(["m1", "description"]), "Avtal");
    });
    updateMeasure(doc, "m1", { owner: undefined });
    expect(legacy.size).toBe(0);
    const measure = readBoardFromDoc(doc).measures?.[0];
    expect(measure).toMatchObject({ lever: "resources", note: "Avtal" });
    expect(measure).not.toHaveProperty("owner");
  });

  it("removing a measure removes its legacy meta; undo brings both back", () => {
    const doc = docWith(example);
    const legacy = doc.getMap(MEASURE_META_MAP);
    legacy.set(JSON.stringify(["m2", "owner"]), "Erik");
    const origin = { user: 1 };
    const undo = createUndoManager(doc, origin);
    removeMeasure(doc, "m2", origin);
    expect(legacy.size).toBe(0);
    undo.undo();
    expect(readBoardFromDoc(doc).measures?.[1].owner).toBe("Erik");
  });

  it("writing a board replaces the legacy meta, and a new measure never inherits it", () => {
    const doc = docWith(example);
    const legacy = doc.getMap(MEASURE_META_MAP);
    legacy.set(JSON.stringify(["m9", "owner"]), "Stale");
    addMeasure(doc, {
      id: "m9",
      title: "Ny",
      status: "proposed",
      kind: "capacity",
      resourceId: "lak",
      hoursPerWeek: 1,
    });
    expect(readBoardFromDoc(doc).measures?.[2]).not.toHaveProperty("owner");
    legacy.set(JSON.stringify(["m1", "owner"]), "Stale");
    writeBoardToDoc(doc, example);
    expect(legacy.size).toBe(0);
  });
});
