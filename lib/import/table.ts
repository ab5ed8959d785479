/**
 * Reading an uploaded CSV or XLSX file into a plain table (header + rows of cells), in the
 * browser. CSV: papaparse with the delimiter detected (Swedish Excel writes ";"); XLSX: exceljs,
 * first worksheet. Long files report progress and can be cancelled with an AbortSignal.
 */
import Papa from "papaparse";
import type { CellValue } from "./values";

export interface ImportTable {
  headers: string[];
  rows: CellValue[][];
  /** The CSV delimiter used (absent for XLSX). */
  delimiter?: string;
}

export interface ReadOptions {
  signal?: AbortSignal;
  /** Share 0..1 of the file read so far. */
  onProgress?: (share: number) => void;
}

/** Thrown when the user cancels a read. */
export class ImportCancelledError extends Error {
  constructor() {
    super("cancelled");
    this.name = "ImportCancelledError";
  }
}

/**
 * Picks the CSV delimiter from the first lines: the candidate (";", tab, ",", "|") that splits
 * every sampled line into the same number (> 1) of fields, preferring ";" as Swedish Excel does.
 */
export function detectDelimiter(text: string): string {
  const lines = text
    .split(/\r?\n/)
    .filter((line) => line.trim() !== "")
    .slice(0, 20);
  let best = ";";
  let bestScore = -1;
  for (const candidate of [";", "\t", ",", "|"]) {
    const counts = lines.map((line) => splitOutsideQuotes(line, candidate));
    if (counts.length === 0 || counts[0] < 2) continue;
    const consistent = counts.every((c) => c === counts[0]);
    const score = (consistent ? 1000 : 0) + counts[0];
    if (score > bestScore) {
      best = candidate;
      bestScore = score;
    }
  }
  return best;
}

function splitOutsideQuotes(line: string, delimiter: string): number {
  let fields = 1;
  let quoted = false;
  for (const char of line) {
    if (char === '"') quoted = !quoted;
    else if (char === delimiter && !quoted) fields++;
  }
  return fields;
}

function tableFrom(rows: CellValue[][], delimiter?: string): ImportTable {
  const [header = [], ...body] = rows;
  const width = rows.reduce((max, row) => Math.max(max, row.length), 0);
  const headers = Array.from({ length: width }, (_, i) => String(header[i] ?? "").trim() || `Kolumn ${i + 1}`);
  return { headers, rows: body, ...(delimiter ? { delimiter } : {}) };
}

/** Parses CSV text (first line = headers). Yields to the browser every few thousand rows. */
export function parseCsvText(text: string, options: ReadOptions = {}): Promise<ImportTable> {
  const clean = text.replace(/^\uFEFF/, "");
  const delimiter = detectDelimiter(clean);
  const rows: CellValue[][] = [];
  return new Promise((resolve, reject) => {
    if (options.signal?.aborted) return reject(new ImportCancelledError());
    Papa.parse<string[]>(clean, {
      delimiter,
      skipEmptyLines: "greedy",
      step: (result, parser) => {
        rows.push(result.data.map((cell) => (cell.trim() === "" ? null : cell)));
        if (rows.length % 5000 === 0) {
          parser.pause();
          options.onProgress?.(result.meta.cursor / Math.max(1, clean.length));
          setTimeout(() => {
            if (options.signal?.aborted) {
              parser.abort();
              reject(new ImportCancelledError());
            } else parser.resume();
          }, 0);
        }
      },
      complete: () => {
        if (options.signal?.aborted) return reject(new ImportCancelledError());
        options.onProgress?.(1);
        resolve(tableFrom(rows, delimiter));
      },
      error: (error: Error) => reject(error),
    });
  });
}

/** Converts an exceljs cell value (formula, rich text, hyperlink…) to a plain cell. */
export function plainCell(value: unknown): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "number" || value instanceof Date) return value;
  if (typeof value === "string") return value.trim() === "" ? null : value;
  if (typeof value === "boolean") return String(value);
  if (typeof value === "object") {
    const v = value as { result?: unknown; richText?: { text: string }[]; text?: unknown; error?: string };
    if ("result" in v) return plainCell(v.result);
    if (Array.isArray(v.richText)) return v.richText.map((part) => part.text).join("");
    if ("text" in v) return plainCell(v.text);
    if (v.error) return v.error;
  }
  return String(value);
}

/** Reads the first worksheet of an XLSX file (first row = headers). */
export async function parseXlsxBuffer(buffer: ArrayBuffer, options: ReadOptions = {}): Promise<ImportTable> {
  const ExcelJS = (await import("exceljs")).default;
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer);
  if (options.signal?.aborted) throw new ImportCancelledError();
  const sheet = workbook.worksheets[0];
  if (!sheet) return { headers: [], rows: [] };
  const rows: CellValue[][] = [];
  const total = Math.max(1, sheet.rowCount);
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const cells: CellValue[] = [];
    for (let c = 1; c <= row.cellCount; c++) cells.push(plainCell(row.getCell(c).value));
    if (cells.some((cell) => cell !== null)) rows.push(cells);
    if (r % 5000 === 0) {
      options.onProgress?.(r / total);
      await new Promise((resolve) => setTimeout(resolve, 0));
      if (options.signal?.aborted) throw new ImportCancelledError();
    }
  }
  options.onProgress?.(1);
  return tableFrom(rows);
}

/** Reads an uploaded file: `.xlsx` with exceljs, anything else as CSV text. */
export async function readImportFile(file: File, options: ReadOptions = {}): Promise<ImportTable> {
  if (/\.xlsx$/i.test(file.name)) return parseXlsxBuffer(await file.arrayBuffer(), options);
  return parseCsvText(await file.text(), options);
}
