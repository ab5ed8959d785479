import { describe, expect, it } from "vitest";
import { computeBoard } from "@/lib/engine";
import { makeBoard, makeObject, makeResource } from "@/lib/engine/test-factories";
import { strategicCatalogueRows } from "./care-catalogue";

// Unit A: 8 weeks, Nybesök 10 a week at 1 h of Läkare, who has 8 h a week → 80 needed, 64 planned.
const unitA = makeBoard({
  board: { name: "Ortopedi", unit: "Ortopedkliniken Eksjö" },
  horizon: { start: "2027-W01", weeks: 8 },
  resources: [makeResource({ hoursPerWeek: 8 })],
});
// Unit B: 4 weeks, Nybesök 10 a week and Operation 5 a week (260 a year) at 2 h each of 40 h Läkare:
// 10 + 10 = 20 h a week fit → 40 and 20 needed and planned, no limitations.
const unitB = makeBoard({
  board: { name: "Kirurgi" },
  planningObjects: [
    makeObject(),
    makeObject({ id: "op", service: "Operation", annualVolume: 260, timePerActivity: { lak: 2 } }),
  ],
});

describe("strategicCatalogueRows", () => {
  it("lists per linked unit and planning object its rows, with the unit's name as a column", () => {
    const rows = strategicCatalogueRows([
      { unitName: "Enhet A", board: unitA, result: computeBoard(unitA) },
      { unitName: "Enhet B", board: unitB, result: computeBoard(unitB) },
    ]);
    expect(rows.map((r) => [r.unit, r.service, r.place, r.allocatedNeed, r.promisedCapacity])).toEqual([
      ["Enhet A", "Nybesök", "Ortopedkliniken Eksjö", 80, 64],
      ["Enhet B", "Nybesök", "Kirurgi", 40, 40],
      ["Enhet B", "Operation", "Kirurgi", 20, 20],
    ]);
    expect(rows[0].limitations).toContain("16 av behovet ryms inte i planen");
    expect(rows[1].limitations).toEqual([]);
    expect(rows[2].limitations).toEqual([]);
  });

  it("is empty without linked units", () => {
    expect(strategicCatalogueRows([])).toEqual([]);
  });
});
