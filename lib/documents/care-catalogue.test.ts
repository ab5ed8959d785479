import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { computeBoard } from "@/lib/engine";
import { makeBoard, makeObject, makeResource } from "@/lib/engine/test-factories";
import { careCatalogueRows, readFrozenCatalogue, writeFrozenCatalogue } from "./care-catalogue";

// 8 weeks; Nybesök needs 10 a week at 1 h of Läkare, who has 8 h a week → 8 planned a week.
const board = makeBoard({
  board: { name: "Ortopedi", unit: "Ortopedkliniken Eksjö" },
  horizon: { start: "2027-W01", weeks: 8 },
  resources: [makeResource({ hoursPerWeek: 8 })],
});

describe("careCatalogueRows", () => {
  it("gives per planning object the allocated need, place, promised capacity and limitations", () => {
    const [row] = careCatalogueRows(board, computeBoard(board));
    expect(row).toMatchObject({
      objectId: "p",
      service: "Nybesök",
      place: "Ortopedkliniken Eksjö",
      allocatedNeed: 80,
      promisedCapacity: 64,
      hasWaitingList: false,
      expectedWaitWeeks: null,
    });
    expect(row.limitations[0]).toMatch(/^Läkare räcker inte i \d+ perioder?$/);
    expect(row.limitations[1]).toBe("16 av behovet ryms inte i planen");
  });

  it("has no limitations when the plan meets the need, and an expected wait with a waiting list", () => {
    const ample = makeBoard({
      horizon: { start: "2027-W01", weeks: 8 },
      planningObjects: [makeObject({ waitingList: { current: 0, target: 0 } })],
    });
    const [row] = careCatalogueRows(ample, computeBoard(ample));
    expect(row.place).toBe("Test");
    expect(row.limitations).toEqual([]);
    expect(row.hasWaitingList).toBe(true);
    expect(row.expectedWaitWeeks).not.toBeNull();
  });

  it("keeps a decision's rows frozen in the document", () => {
    const doc = new Y.Doc();
    const rows = careCatalogueRows(board, computeBoard(board));
    writeFrozenCatalogue(doc, rows, new Date("2027-02-01T08:00:00Z"));
    expect(readFrozenCatalogue(doc)).toEqual({ rows, frozenAt: "2027-02-01T08:00:00.000Z" });
  });
});
