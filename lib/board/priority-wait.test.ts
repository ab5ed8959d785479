import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { computeBoard, type PksBoard } from "@/lib/engine";
import { makeObject, makeResource } from "@/lib/engine/test-factories";
import { objectsBelowNeed } from "./allocation-shortfall";
import { setRanks } from "./doc-edit-v2";
import { boardTypes } from "./doc-layout";
import { writeBoardToDoc } from "./doc-write";
import { hasPriorityOrder, priorityDays, proposePriorityOrder } from "./priority-order";
import { CARE_GUARANTEE_DAYS, expectedWaitAt, suggestTargetWaitDays, waitTargetOf } from "./wait-time";

describe("proposePriorityOrder", () => {
  const objects = [
    makeObject({ id: "ater", service: "Återbesök", priority: "P90" }),
    makeObject({ id: "op", service: "Operation", priority: "P30" }),
    makeObject({ id: "akut", service: "Akut", priority: "Akut", acute: { dailyDemand: [1], coveragePct: 85 } }),
    makeObject({ id: "nyb", service: "Nybesök", priority: "p7" }),
    makeObject({ id: "op2", service: "Operation" }),
    makeObject({ id: "tel", service: "Telefon" }),
  ];

  it("orders P7 before P30 before P90, leaves acute objects out and queries the unlabelled", () => {
    expect(proposePriorityOrder(objects)).toEqual([
      { id: "ater", rank: 90, isQueried: false },
      { id: "op", rank: 30, isQueried: false },
      { id: "nyb", rank: 7, isQueried: false },
      // Placed with the other operation (P30); the telephone contact with the last group (P90).
      { id: "op2", rank: 30, isQueried: true },
      { id: "tel", rank: 90, isQueried: true },
    ]);
  });

  it("proposes nothing when no object has a medical priority", () => {
    expect(proposePriorityOrder([makeObject({ priority: "Hög" })])).toEqual([]);
    expect(priorityDays("P 60")).toBe(60);
    expect(priorityDays("P0")).toBeNull();
  });

  it("accepted ranks are written to the document and read back into the engine's order", () => {
    const doc = new Y.Doc();
    const board: PksBoard = {
      format: "pks-board",
      version: 2,
      board: { name: "T" },
      horizon: { start: "2027-W01", weeks: 1 },
      resources: [makeResource({ hoursPerWeek: 20 })],
      // 10 + 10 + 10 h against 20 h: P7 first gets all, P30 the rest, P90 nothing.
      planningObjects: [
        makeObject({ id: "a", priority: "P90", timePerActivity: { lak: 1 } }),
        makeObject({ id: "b", priority: "P7", timePerActivity: { lak: 1 } }),
        makeObject({ id: "c", priority: "P30", timePerActivity: { lak: 1 } }),
      ],
    };
    writeBoardToDoc(doc, board);
    const ranks = Object.fromEntries(proposePriorityOrder(board.planningObjects).map((p) => [p.id, p.rank]));
    expect(setRanks(doc, { ...ranks, gone: 5 })).toBe(3);
    const map = boardTypes(doc).planningObjects.get("b") as Y.Map<unknown>;
    expect(map.get("rank")).toBe(7);
    const ranked = { ...board, planningObjects: board.planningObjects.map((p) => ({ ...p, rank: ranks[p.id] })) };
    expect(hasPriorityOrder(ranked.planningObjects)).toBe(true);
    const result = computeBoard(ranked);
    expect(result.planningObjects.b.planned[0]).toBeCloseTo(10);
    expect(result.planningObjects.c.planned[0]).toBeCloseTo(10);
    expect(result.planningObjects.a.planned[0]).toBeCloseTo(0);
  });
});

describe("expected waiting time", () => {
  it("suggests the target from the medical priority, else the care guarantee", () => {
    expect(suggestTargetWaitDays("P60")).toBe(60);
    expect(waitTargetOf(makeObject({ priority: "P60", waitingList: { current: 0, target: 0 } }))).toEqual({
      days: 60,
      source: "priority",
    });
    expect(waitTargetOf(makeObject({ waitingList: { current: 0, target: 0, targetWaitDays: 45 } })).source).toBe("set");
    expect(waitTargetOf(makeObject({})).days).toBe(CARE_GUARANTEE_DAYS);
  });

  it("shows days as 7 · weeks and judges them against the target and the guarantee", () => {
    // 10 a week arrive and 5 h of capacity at 1 h each plans 5 a week: 100 + 10 − 5 = 105 after week 1.
    const object = makeObject({ priority: "P60", waitingList: { current: 100, target: 100 } });
    const board: PksBoard = {
      format: "pks-board",
      version: 2,
      board: { name: "T" },
      horizon: { start: "2027-W01", weeks: 52 },
      resources: [makeResource({ hoursPerWeek: 5 })],
      planningObjects: [object],
    };
    const result = computeBoard(board);
    // After week 1, 105 wait and 5 a week are planned: 21 weeks → 147 days, over P60 and over 90 days.
    expect(expectedWaitAt(object, result.planningObjects.p, 0)).toEqual({
      weeks: 21,
      days: 147,
      isWithinTarget: false,
      isWithinGuarantee: false,
    });
    // In the last week the queue outlasts the horizon: unknown, not judged.
    expect(expectedWaitAt(object, result.planningObjects.p, 51)).toMatchObject({ weeks: null, isWithinTarget: null });
    // Earlier than that, a null still means "longer than the rest of the horizon", over 90 days.
    expect(expectedWaitAt(object, result.planningObjects.p, 30)).toMatchObject({
      weeks: null,
      isWithinGuarantee: false,
    });
  });
});

describe("objectsBelowNeed", () => {
  it("lists the objects planned below their need: all three evenly, or only the P90 object once ranked", () => {
    const objects = [
      makeObject({ id: "a", priority: "P90" }),
      makeObject({ id: "b", priority: "P7" }),
      makeObject({ id: "akut", acute: { dailyDemand: [1, 2], coveragePct: 100 }, annualVolume: 52 * 14 }),
    ];
    // Acute first: production need max(14, 2 · 7) = 14 at 1 h each is reserved before the rest.
    const board: PksBoard = {
      format: "pks-board",
      version: 2,
      board: { name: "T" },
      horizon: { start: "2027-W01", weeks: 1 },
      resources: [makeResource({ hoursPerWeek: 30 })],
      planningObjects: objects,
    };
    // 30 − 14 = 16 h shared by a and b evenly: 8 of 10 each.
    const even = objectsBelowNeed(board, computeBoard(board));
    expect(even.map((r) => [r.id, Math.round(r.planned)])).toEqual([
      ["a", 8],
      ["b", 8],
    ]);
    const ranked = {
      ...board,
      planningObjects: objects.map((o) => (o.id === "b" ? { ...o, rank: 7 } : o.id === "a" ? { ...o, rank: 90 } : o)),
    };
    // b first gets its 10, a the remaining 6.
    expect(objectsBelowNeed(ranked, computeBoard(ranked)).map((r) => [r.id, Math.round(r.planned)])).toEqual([
      ["a", 6],
    ]);
  });
});
