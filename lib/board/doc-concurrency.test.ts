import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { parseBoard } from "@/lib/engine";
import { makeBoard, makeObject, makeResource } from "@/lib/engine/test-factories";
import {
  addMeasure,
  addPlanningObject,
  movePlanningObject,
  readBoardFromDoc,
  removePlanningObject,
  removeResource,
  setHistoryValue,
  setOutcomeValue,
  setTimePerActivity,
  writeBoardToDoc,
} from "./doc-model";
import { syncAll } from "./test-network";

const board = makeBoard({
  resources: [makeResource(), makeResource({ id: "ssk", name: "Sjuksköterska" })],
  planningObjects: [
    makeObject({ history: { "2026-W01": 10 } }),
    makeObject({ id: "q", service: "Återbesök", timePerActivity: { ssk: 0.5 } }),
  ],
});

/** Two docs holding the same board, not connected: edits stay local until syncAll. */
function twoPeers(): [Y.Doc, Y.Doc] {
  const a = new Y.Doc();
  writeBoardToDoc(a, board);
  const b = new Y.Doc();
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
  return [a, b];
}

describe("two people editing at once", () => {
  it("keeps both edits of different cells of one planning object", () => {
    const [a, b] = twoPeers();
    setHistoryValue(a, "p", "2026-W02", 12);
    setHistoryValue(b, "p", "2026-W03", 13);
    syncAll([a, b]);
    expect(readBoardFromDoc(a).planningObjects[0].history).toEqual({ "2026-W01": 10, "2026-W02": 12, "2026-W03": 13 });
    expect(readBoardFromDoc(b)).toEqual(readBoardFromDoc(a));
  });

  it("keeps both first outcome entries of one object (no lazily created map race)", () => {
    const [a, b] = twoPeers();
    setOutcomeValue(a, "p", "2027-W01", "produced", 5);
    setOutcomeValue(b, "p", "2027-W02", "inflow", 7);
    syncAll([a, b]);
    expect(readBoardFromDoc(a).outcomes).toEqual({ p: { "2027-W01": { produced: 5 }, "2027-W02": { inflow: 7 } } });
    expect(readBoardFromDoc(b)).toEqual(readBoardFromDoc(a));
  });

  it("converges on one value when both edit the same cell", () => {
    const [a, b] = twoPeers();
    setHistoryValue(a, "p", "2026-W01", 20);
    setHistoryValue(b, "p", "2026-W01", 30);
    syncAll([a, b]);
    const value = readBoardFromDoc(a).planningObjects[0].history?.["2026-W01"];
    expect([20, 30]).toContain(value);
    expect(readBoardFromDoc(b).planningObjects[0].history?.["2026-W01"]).toBe(value);
  });

  it("keeps planning objects added concurrently, in the same order on both sides", () => {
    const [a, b] = twoPeers();
    addPlanningObject(a, makeObject({ id: "from-a", service: "A" }));
    addPlanningObject(b, makeObject({ id: "from-b", service: "B" }));
    syncAll([a, b]);
    const ids = readBoardFromDoc(a).planningObjects.map((o) => o.id);
    expect(ids.slice(0, 2)).toEqual(["p", "q"]);
    expect(ids.slice(2).sort()).toEqual(["from-a", "from-b"]);
    expect(readBoardFromDoc(b).planningObjects.map((o) => o.id)).toEqual(ids);
  });

  it("does not duplicate an object moved by both", () => {
    const [a, b] = twoPeers();
    movePlanningObject(a, "p", 1);
    movePlanningObject(b, "p", 1);
    syncAll([a, b]);
    expect(readBoardFromDoc(a).planningObjects.map((o) => o.id)).toEqual(["q", "p"]);
    expect(readBoardFromDoc(b).planningObjects.map((o) => o.id)).toEqual(["q", "p"]);
  });

  it("lets a removal win over a concurrent edit of the removed object", () => {
    const [a, b] = twoPeers();
    removePlanningObject(a, "p");
    setHistoryValue(b, "p", "2026-W05", 50);
    syncAll([a, b]);
    expect(readBoardFromDoc(a).planningObjects.map((o) => o.id)).toEqual(["q"]);
    expect(readBoardFromDoc(b)).toEqual(readBoardFromDoc(a));
  });

  it("drops references added concurrently to a removed resource, so the board stays valid", () => {
    const [a, b] = twoPeers();
    removeResource(a, "ssk");
    setTimePerActivity(b, "p", "ssk", 0.2);
    addMeasure(b, {
      id: "m",
      title: "Extra ssk",
      status: "decided",
      kind: "capacity",
      resourceId: "ssk",
      hoursPerWeek: 8,
    });
    syncAll([a, b]);
    for (const doc of [a, b]) {
      const read = readBoardFromDoc(doc);
      expect(read.resources.map((r) => r.id)).toEqual(["lak"]);
      expect(read.measures).toBeUndefined();
      expect(read.planningObjects[0].timePerActivity).toEqual({ lak: 1 });
      expect(parseBoard(read).ok).toBe(true);
    }
  });
});
