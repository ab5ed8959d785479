/**
 * The board's plan and follow-up as one Excel workbook: "Produktionsplan" (planned volume per
 * planning object and week), "Balans" (need, available and gap per resource and week) and
 * "Uppföljning" (outcome vs plan per planning object and week). Every number comes from the
 * engine's result and is written as a number with a number format, never as text.
 */
import ExcelJS from "exceljs";
import { formatWeekLabel, formatWeekLabelWithYear, type PksBoard, type PksResult, weekYear } from "@/lib/engine";

export const SHEET_NAMES = { plan: "Produktionsplan", balance: "Balans", followUp: "Uppföljning" } as const;

const VOLUME_FORMAT = "#,##0.0";
const PERCENT_FORMAT = "0%";

/** "v. 1" headers, with the year on the first week and wherever the ISO year changes. */
export function weekHeaders(weeks: readonly string[]): string[] {
  return weeks.map((week, i) =>
    i === 0 || weekYear(week) !== weekYear(weeks[i - 1]) ? formatWeekLabelWithYear(week) : formatWeekLabel(week),
  );
}

/** A planning object's label: service · category · contact type · priority. */
export function objectLabel(po: PksBoard["planningObjects"][number]): string {
  return [po.service, po.providerCategory, po.contactType, po.priority].filter(Boolean).join(" · ");
}

function total(values: readonly number[]): number {
  let sum = 0;
  for (const v of values) sum += v;
  return sum;
}

function styleHeader(sheet: ExcelJS.Worksheet, frozenColumns: number): void {
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.alignment = { horizontal: "center" };
  sheet.views = [{ state: "frozen", xSplit: frozenColumns, ySplit: 1 }];
}

function addPlanSheet(workbook: ExcelJS.Workbook, board: PksBoard, result: PksResult): void {
  const sheet = workbook.addWorksheet(SHEET_NAMES.plan);
  sheet.addRow(["Planeringsobjekt", ...weekHeaders(result.weeks), "Totalt (st)"]);
  for (const po of board.planningObjects) {
    const planned = result.planningObjects[po.id]?.planned ?? [];
    sheet.addRow([objectLabel(po), ...planned, total(planned)]);
  }
  sheet.getColumn(1).width = 40;
  for (let c = 2; c <= result.weeks.length + 2; c++) {
    sheet.getColumn(c).numFmt = VOLUME_FORMAT;
    sheet.getColumn(c).width = 10;
  }
  styleHeader(sheet, 1);
}

const MEASURES = [
  ["need", "Behov (h)"],
  ["available", "Tillgänglig (h)"],
  ["gap", "Överskott/brist (h)"],
] as const;

function addBalanceSheet(workbook: ExcelJS.Workbook, board: PksBoard, result: PksResult): void {
  const sheet = workbook.addWorksheet(SHEET_NAMES.balance);
  sheet.addRow(["Resurs", "Mått", ...weekHeaders(result.weeks), "Totalt (h)", "Täckningsgrad"]);
  for (const resource of board.resources) {
    const res = result.resources[resource.id];
    if (!res) continue;
    for (const [field, label] of MEASURES) {
      const values = res[field];
      const row = sheet.addRow([resource.name, label, ...values, total(values)]);
      if (field === "gap") {
        const coverage = row.getCell(result.weeks.length + 4);
        coverage.value = res.coverage;
        coverage.numFmt = PERCENT_FORMAT;
      }
    }
  }
  sheet.getColumn(1).width = 20;
  sheet.getColumn(2).width = 16;
  for (let c = 3; c <= result.weeks.length + 3; c++) {
    sheet.getColumn(c).numFmt = VOLUME_FORMAT;
    sheet.getColumn(c).width = 10;
  }
  const limiting = board.resources.find((r) => r.id === result.limitingResource);
  sheet.addRow([]);
  sheet.addRow(["Begränsande kapacitet", limiting?.name ?? "–"]);
  styleHeader(sheet, 2);
}

function addFollowUpSheet(workbook: ExcelJS.Workbook, board: PksBoard, result: PksResult): void {
  const sheet = workbook.addWorksheet(SHEET_NAMES.followUp);
  sheet.addRow([
    "Planeringsobjekt",
    "Vecka",
    "Plan (st)",
    "Utfall (st)",
    "Avvikelse (st)",
    "Ackumulerad avvikelse (st)",
    "Prognos inflöde (st)",
    "Inflöde (st)",
    "Väntande prognos",
    "Väntande utfall",
  ]);
  const weekIndex = new Map(result.weeks.map((w, i) => [w, i]));
  for (const po of board.planningObjects) {
    const res = result.planningObjects[po.id];
    const follow = res?.followUp;
    if (!res || !follow) continue;
    follow.weeks.forEach((week, k) => {
      const i = weekIndex.get(week) as number;
      const outcome = board.outcomes?.[po.id]?.[week] ?? {};
      sheet.addRow([
        objectLabel(po),
        formatWeekLabelWithYear(week),
        res.planned[i],
        outcome.produced ?? null,
        follow.deviation[k],
        follow.cumulativeDeviation[k],
        res.demand[i],
        outcome.inflow ?? null,
        res.waiting[i],
        outcome.waiting ?? null,
      ]);
    });
  }
  sheet.getColumn(1).width = 40;
  sheet.getColumn(2).width = 12;
  for (let c = 3; c <= 10; c++) {
    sheet.getColumn(c).numFmt = VOLUME_FORMAT;
    sheet.getColumn(c).width = 14;
  }
  styleHeader(sheet, 2);
}

/** Builds the workbook of a board and its engine result (plan mode for the agreed plan). */
export function buildBoardWorkbook(board: PksBoard, result: PksResult): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Planeringstavlan";
  workbook.title = board.board.name;
  addPlanSheet(workbook, board, result);
  addBalanceSheet(workbook, board, result);
  addFollowUpSheet(workbook, board, result);
  return workbook;
}

/** The workbook as XLSX bytes. */
export async function writeWorkbook(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** A file name for the download, from the board's name. */
export function xlsxFileName(boardName: string): string {
  return `${boardName.replace(/[^\p{L}\p{N}]+/gu, "-").replace(/^-|-$/g, "") || "tavla"}.xlsx`;
}
