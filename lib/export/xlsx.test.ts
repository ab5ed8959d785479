import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { createOrthoBoard } from "@/lib/demo/ortho-board";
import { computeBoard } from "@/lib/engine";
import { buildBoardWorkbook, SHEET_NAMES, weekHeaders, writeWorkbook } from "./xlsx";

async function roundTrip() {
  const board = createOrthoBoard({ startYear: 2027 });
  const result = computeBoard(board, { mode: "plan" });
  const bytes = await writeWorkbook(buildBoardWorkbook(board, result));
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.buffer as ArrayBuffer);
  return { board, result, workbook };
}

describe("XLSX export", () => {
  it("labels weeks the Swedish way with the year where it changes", () => {
    expect(weekHeaders(["2026-W52", "2026-W53", "2027-W01"])).toEqual(["v. 52 2026", "v. 53", "v. 1 2027"]);
  });

  it("writes the engine's planned volumes as numbers in Produktionsplan", async () => {
    const { board, result, workbook } = await roundTrip();
    const sheet = workbook.getWorksheet(SHEET_NAMES.plan)!;
    expect(sheet.getRow(1).getCell(2).value).toBe("v. 1 2027");
    expect(sheet.getRow(1).getCell(3).value).toBe("v. 2");
    board.planningObjects.forEach((po, p) => {
      const row = sheet.getRow(p + 2);
      const planned = result.planningObjects[po.id].planned;
      planned.forEach((value, i) => {
        const cell = row.getCell(i + 2);
        expect(typeof cell.value).toBe("number");
        expect(cell.value).toBeCloseTo(value, 9);
        expect(cell.numFmt).toBe("#,##0.0");
      });
      expect(row.getCell(planned.length + 2).value).toBeCloseTo(
        planned.reduce((a, b) => a + b, 0),
        6,
      );
    });
  });

  it("writes need, available and gap per resource in Balans", async () => {
    const { board, result, workbook } = await roundTrip();
    const sheet = workbook.getWorksheet(SHEET_NAMES.balance)!;
    board.resources.forEach((resource, r) => {
      const res = result.resources[resource.id];
      (["need", "available", "gap"] as const).forEach((field, k) => {
        const row = sheet.getRow(2 + r * 3 + k);
        expect(row.getCell(1).value).toBe(resource.name);
        res[field].forEach((value, i) => {
          expect(row.getCell(i + 3).value).toBeCloseTo(value, 9);
        });
      });
      expect(sheet.getRow(2 + r * 3 + 2).getCell(result.weeks.length + 4).value).toBeCloseTo(res.coverage!, 9);
    });
  });

  it("writes outcome vs plan with the engine's deviations in Uppföljning", async () => {
    const { board, result, workbook } = await roundTrip();
    const sheet = workbook.getWorksheet(SHEET_NAMES.followUp)!;
    const rows: ExcelJS.CellValue[][] = [];
    sheet.eachRow((row, n) => {
      if (n > 1) rows.push((row.values as ExcelJS.CellValue[]).slice(1));
    });
    const expected = board.planningObjects.flatMap((po) => {
      const res = result.planningObjects[po.id];
      return (res.followUp?.weeks ?? []).map((week, k) => ({ po, week, k, i: result.weeks.indexOf(week), res }));
    });
    expect(rows).toHaveLength(expected.length);
    expect(expected.length).toBeGreaterThan(0);
    expected.forEach(({ po, week, k, i, res }, n) => {
      const row = rows[n];
      expect(row[2]).toBeCloseTo(res.planned[i], 9);
      expect(row[3]).toBe(board.outcomes![po.id][week].produced);
      expect(row[4]).toBeCloseTo(res.followUp!.deviation[k]!, 9);
      expect(row[5]).toBeCloseTo(res.followUp!.cumulativeDeviation[k], 9);
    });
  });
});
