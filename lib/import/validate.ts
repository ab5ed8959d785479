/**
 * Turning mapped table rows into cell edits of the board, with row-level errors. Nothing here
 * writes: the caller shows the result as a preview and applies the edits of the accepted rows in
 * one `setCells` transaction when the user confirms.
 */
import type { CellEdit } from "@/lib/board/doc-cells";
import type { PksBoard } from "@/lib/engine";
import { type ColumnMapping, IMPORT_FIELDS, type ImportField, type ImportKind } from "./mapping";
import { ImportCancelledError, type ImportTable } from "./table";
import { type CellValue, cellText, hasPercentSign, parseNumberCell, parseWeekCell } from "./values";

export type ImportErrorCode =
  | "noSuchWeek"
  | "badWeek"
  | "weekWithoutYear"
  | "missingWeek"
  | "noSuchPlanningObject"
  | "ambiguousPlanningObject"
  | "noSuchResource"
  | "missingKey"
  | "notANumber"
  | "negative"
  | "outOfRange"
  | "noValues";

/** One problem in one row; `line` is the spreadsheet line (the header is line 1). */
export interface ImportError {
  line: number;
  code: ImportErrorCode;
  /** The offending cell's text. */
  value: string;
  field?: ImportField;
  /** For an ambiguous name: the labels of the objects it matches ("A, B, C"). */
  matches?: string;
}

export interface ImportRow {
  line: number;
  cells: CellValue[];
  edits: CellEdit[];
  errors: ImportError[];
}

/** What rows may refer to, matched case-insensitively by id, full label or (unique) service name. */
export interface ImportTargets {
  planningObjects: Map<string, string>;
  resources: Map<string, string>;
  /** Service names shared by several objects (key → their labels), so a row can say which it could mean. */
  ambiguous?: Map<string, string[]>;
}

const key = (text: string) => text.toLowerCase().replace(/\s+/g, " ").trim();

/** Label of a planning object as the board shows it: "Nybesök · Läkare · besök · P60". */
export function planningObjectLabel(po: PksBoard["planningObjects"][number]): string {
  return [po.service, po.providerCategory, po.contactType, po.priority].filter(Boolean).join(" · ");
}

/** The lookup tables of a board's planning objects and resources. */
export function importTargets(board: PksBoard): ImportTargets {
  const planningObjects = new Map<string, string>();
  const serviceCount = new Map<string, number>();
  for (const po of board.planningObjects)
    serviceCount.set(key(po.service), (serviceCount.get(key(po.service)) ?? 0) + 1);
  const ambiguous = new Map<string, string[]>();
  for (const po of board.planningObjects) {
    if (serviceCount.get(key(po.service)) === 1) planningObjects.set(key(po.service), po.id);
    else ambiguous.set(key(po.service), [...(ambiguous.get(key(po.service)) ?? []), planningObjectLabel(po)]);
    planningObjects.set(key(planningObjectLabel(po)), po.id);
    planningObjects.set(key(planningObjectLabel(po).replace(/ · /g, " ")), po.id);
  }
  for (const po of board.planningObjects) planningObjects.set(key(po.id), po.id);
  const resources = new Map<string, string>();
  for (const r of board.resources) resources.set(key(r.name), r.id);
  for (const r of board.resources) resources.set(key(r.id), r.id);
  return { planningObjects, resources, ambiguous };
}

type NumberRule = "nonNegative" | "share" | "utilization";

function readNumber(
  row: CellValue[],
  mapping: ColumnMapping,
  field: ImportField,
  rule: NumberRule,
  line: number,
  errors: ImportError[],
): number | null {
  const column = mapping[field];
  if (column === undefined || column === null) return null;
  const cell = row[column] ?? null;
  const parsed = parseNumberCell(cell);
  const value = cellText(cell);
  if (!parsed.ok) {
    errors.push({ line, code: "notANumber", value, field });
    return null;
  }
  if (parsed.value === null) return null;
  let number = parsed.value;
  // Shares may be typed as 0,45, "45 %" or 45.
  if (rule !== "nonNegative" && (hasPercentSign(cell) || number > 1)) number /= 100;
  if (number < 0) {
    errors.push({ line, code: "negative", value, field });
    return null;
  }
  if ((rule === "share" && number > 1) || (rule === "utilization" && (number > 1 || number === 0))) {
    errors.push({ line, code: "outOfRange", value, field });
    return null;
  }
  return number;
}

function readTarget(
  row: CellValue[],
  column: number | null | undefined,
  lookup: Map<string, string>,
  line: number,
  errors: ImportError[],
  code: "noSuchPlanningObject" | "noSuchResource",
  field: ImportField,
  ambiguous?: Map<string, string[]>,
): string | null {
  const value = cellText(column === undefined || column === null ? null : (row[column] ?? null));
  if (value === "") {
    errors.push({ line, code: "missingKey", value, field });
    return null;
  }
  const id = lookup.get(key(value));
  const matches = id ? undefined : ambiguous?.get(key(value));
  if (matches) errors.push({ line, code: "ambiguousPlanningObject", value, field, matches: matches.join(", ") });
  else if (!id) errors.push({ line, code, value, field });
  return id ?? null;
}

const WEEK_ERRORS = { noSuchWeek: "noSuchWeek", noYear: "weekWithoutYear", unreadable: "badWeek" } as const;

function readWeek(row: CellValue[], mapping: ColumnMapping, line: number, errors: ImportError[]): string | null {
  const column = mapping.week;
  const cell = column === undefined || column === null ? null : (row[column] ?? null);
  const parsed = parseWeekCell(cell);
  if (!parsed.ok) {
    errors.push({ line, code: WEEK_ERRORS[parsed.reason], value: cellText(cell) });
    return null;
  }
  if (parsed.week === null) errors.push({ line, code: "missingWeek", value: "", field: "week" });
  return parsed.week;
}

/** Validates one data row and builds its edits (none when the row has any error). */
export function validateRow(
  row: CellValue[],
  line: number,
  kind: ImportKind,
  mapping: ColumnMapping,
  targets: ImportTargets,
): ImportRow {
  const errors: ImportError[] = [];
  const edits: CellEdit[] = [];
  const isObjectKind = kind === "history" || kind === "outcomes";
  const id = isObjectKind
    ? readTarget(
        row,
        mapping.planningObject,
        targets.planningObjects,
        line,
        errors,
        "noSuchPlanningObject",
        "planningObject",
        targets.ambiguous,
      )
    : readTarget(row, mapping.resource, targets.resources, line, errors, "noSuchResource", "resource");
  const week = kind === "resources" ? null : readWeek(row, mapping, line, errors);
  const valueRule: NumberRule = kind === "availability" ? "share" : "nonNegative";
  const values = new Map<ImportField, number>();
  for (const { field } of IMPORT_FIELDS[kind]) {
    if (field === "planningObject" || field === "resource" || field === "week") continue;
    const rule: NumberRule = field === "utilization" ? "utilization" : field === "value" ? valueRule : "nonNegative";
    const value = readNumber(row, mapping, field, rule, line, errors);
    if (value !== null) values.set(field, value);
  }
  if (errors.length === 0 && values.size === 0) errors.push({ line, code: "noValues", value: "" });
  if (errors.length > 0 || id === null) return { line, cells: row, edits: [], errors };
  const w = week as string;
  switch (kind) {
    case "history":
      edits.push({ kind: "history", planningObjectId: id, week: w, value: values.get("value") as number });
      break;
    case "outcomes":
      for (const field of ["produced", "inflow", "waiting"] as const) {
        const value = values.get(field);
        if (value !== undefined) edits.push({ kind: "outcome", planningObjectId: id, week: w, field, value });
      }
      break;
    case "availability":
      edits.push({ kind: "availability", resourceId: id, week: w, value: values.get("value") as number });
      break;
    case "actualCapacity":
      edits.push({ kind: "actualCapacity", resourceId: id, week: w, value: values.get("value") as number });
      break;
    case "resources":
      for (const field of ["count", "hoursPerWeek", "utilization"] as const) {
        const value = values.get(field);
        if (value !== undefined) edits.push({ kind: "resource", resourceId: id, field, value });
      }
      break;
  }
  return { line, cells: row, edits, errors };
}

export interface ValidateOptions {
  signal?: AbortSignal;
  onProgress?: (share: number) => void;
  /** Rows per slice before yielding to the browser. */
  chunkSize?: number;
}

/** Validates every data row of a table, yielding between slices so big files keep the page alive. */
export async function validateTable(
  table: ImportTable,
  kind: ImportKind,
  mapping: ColumnMapping,
  targets: ImportTargets,
  options: ValidateOptions = {},
): Promise<ImportRow[]> {
  const chunk = options.chunkSize ?? 2000;
  const result: ImportRow[] = new Array(table.rows.length);
  for (let start = 0; start < table.rows.length; start += chunk) {
    if (options.signal?.aborted) throw new ImportCancelledError();
    const end = Math.min(table.rows.length, start + chunk);
    for (let i = start; i < end; i++) result[i] = validateRow(table.rows[i], i + 2, kind, mapping, targets);
    options.onProgress?.(end / Math.max(1, table.rows.length));
    if (end < table.rows.length) await new Promise((resolve) => setTimeout(resolve, 0));
  }
  return result;
}

/** True when every row with an error is excluded, so the import may be confirmed. */
export function canConfirmImport(rows: readonly ImportRow[], excluded: ReadonlySet<number>): boolean {
  return rows.every((row) => row.errors.length === 0 || excluded.has(row.line));
}

/** The edits of the rows to import (error-free and not excluded), in file order. */
export function collectEdits(rows: readonly ImportRow[], excluded: ReadonlySet<number>): CellEdit[] {
  const edits: CellEdit[] = [];
  for (const row of rows) if (row.errors.length === 0 && !excluded.has(row.line)) edits.push(...row.edits);
  return edits;
}

/**
 * A row error in Swedish, as the preview shows it: "rad 14: ”v. 54” finns inte". The UI has the
 * same texts in its message files (and English ones); this is for logs and tests.
 */
export function describeImportError(error: ImportError): string {
  const v = error.value;
  const texts: Record<ImportErrorCode, string> = {
    noSuchWeek: `”${v}” finns inte`,
    badWeek: `”${v}” är ingen vecka`,
    weekWithoutYear: `”${v}” saknar år`,
    missingWeek: "vecka saknas",
    noSuchPlanningObject: `planeringsobjektet ”${v}” finns inte`,
    ambiguousPlanningObject: `”${v}” är tvetydigt: matchar ${error.matches ?? ""}`,
    noSuchResource: `resursen ”${v}” finns inte`,
    missingKey: "namn eller id saknas",
    notANumber: `”${v}” är inget tal`,
    negative: `”${v}” är negativt`,
    outOfRange: `”${v}” är utanför 0–100 %`,
    noValues: "inga värden",
  };
  return `rad ${error.line}: ${texts[error.code]}`;
}
