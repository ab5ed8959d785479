import { describe, expect, it } from "vitest";
import type { PksBoard } from "@/lib/engine";
import { findOverwrites } from "./overwrites";

const board = {
  planningObjects: [{ id: "nyb", service: "Nybesök", history: { "2026-W05": 12, "2026-W06": 14 } }],
  resources: [
    { id: "lak", name: "Läkare", kind: "staff", count: 2, hoursPerWeek: 40, availability: { "2027-W02": 0.5 } },
  ],
  outcomes: { nyb: { "2027-W01": { produced: 10 } } },
} as unknown as PksBoard;

describe("findOverwrites", () => {
  it("lists only existing values that change, old → new", () => {
    const found = findOverwrites(board, [
      { kind: "history", planningObjectId: "nyb", week: "2026-W05", value: 20 }, // 12 → 20
      { kind: "history", planningObjectId: "nyb", week: "2026-W06", value: 14 }, // unchanged
      { kind: "history", planningObjectId: "nyb", week: "2026-W07", value: 9 }, // new cell
      { kind: "outcome", planningObjectId: "nyb", week: "2027-W01", field: "produced", value: 11 }, // 10 → 11
      { kind: "availability", resourceId: "lak", week: "2027-W02", value: 0.8 }, // 0,5 → 0,8
      { kind: "resource", resourceId: "lak", field: "count", value: 3 }, // 2 → 3
    ]);
    expect(found.map((o) => [o.edit.kind, o.old, o.new])).toEqual([
      ["history", 12, 20],
      ["outcome", 10, 11],
      ["availability", 0.5, 0.8],
      ["resource", 2, 3],
    ]);
  });
});

describe("findImportOutliers", () => {
  it("finds 531 234,5 among a file of weeks of about 53, and nothing in an ordinary file", async () => {
    const { findImportOutliers } = await import("./outliers");
    const empty = { planningObjects: [{ id: "nyb", service: "Nybesök" }], resources: [] } as unknown as PksBoard;
    const week = (n: number) => `2026-W${String(n).padStart(2, "0")}`;
    const edits = [52, 53, 54, 531234.5, 55, 53].map((value, i) => ({
      kind: "history" as const,
      planningObjectId: "nyb",
      week: week(i + 1),
      value,
    }));
    const found = findImportOutliers(empty, edits);
    expect(found.map((f) => [f.edit.value, f.outlier])).toEqual([[531234.5, { direction: "higher", ratio: 10000 }]]);
    expect(
      findImportOutliers(
        empty,
        edits.filter((e) => e.value < 1000),
      ),
    ).toEqual([]);
  });
});
