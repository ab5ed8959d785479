import { describe, expect, it } from "vitest";
import type { PksBoard } from "@/lib/engine";
import { guessMapping, mappingProblems } from "./mapping";
import { detectDelimiter, parseCsvText } from "./table";
import {
  canConfirmImport,
  collectEdits,
  describeImportError,
  importTargets,
  validateRow,
  validateTable,
} from "./validate";

function makeBoard(overrides: Partial<PksBoard> = {}): PksBoard {
  return {
    format: "pks-board",
    version: 1,
    board: { name: "Test" },
    horizon: { start: "2027-W01", weeks: 4 },
    resources: [{ id: "lak", name: "Läkare", kind: "staff", count: 2, hoursPerWeek: 40 }],
    planningObjects: [
      { id: "nyb", service: "Nybesök", providerCategory: "Läkare", timePerActivity: { lak: 0.5 } },
      { id: "ater", service: "Återbesök", providerCategory: "Läkare" },
    ],
    ...overrides,
  };
}

const targets = importTargets(makeBoard());

describe("CSV reading", () => {
  it("detects the Swedish semicolon with decimal commas", () => {
    expect(detectDelimiter("objekt;vecka;värde\nnyb;2026-W01;1,5\nnyb;2026-W02;2,5")).toBe(";");
    expect(detectDelimiter("objekt,vecka,värde\nnyb,2026-W01,1.5")).toBe(",");
    expect(detectDelimiter("objekt\tvecka\tvärde\nnyb\t2026-W01\t1,5")).toBe("\t");
  });

  it("reads headers and rows, keeping quoted delimiters", async () => {
    const table = await parseCsvText(
      '\uFEFFobjekt;vecka;värde\n"Nybesök; läkare";v. 5 2026;1 234,5\n\nater;2026-W06;\n',
    );
    expect(table.headers).toEqual(["objekt", "vecka", "värde"]);
    expect(table.rows).toEqual([
      ["Nybesök; läkare", "v. 5 2026", "1 234,5"],
      ["ater", "2026-W06", null],
    ]);
  });

  it("stops when cancelled", async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(parseCsvText("a;b\n1;2", { signal: controller.signal })).rejects.toThrow("cancelled");
  });
});

describe("column mapping", () => {
  it("guesses Swedish and English headers", () => {
    expect(guessMapping(["Planeringsobjekt", "Vecka", "Antal"], "history")).toEqual({
      planningObject: 0,
      week: 1,
      value: 2,
    });
    expect(guessMapping(["Vecka", "Objekt", "Producerat", "Inflöde", "Väntande"], "outcomes")).toEqual({
      week: 0,
      planningObject: 1,
      produced: 2,
      inflow: 3,
      waiting: 4,
    });
    expect(guessMapping(["resource", "week", "hours"], "actualCapacity")).toEqual({ resource: 0, week: 1, value: 2 });
  });

  it("names what is missing", () => {
    expect(mappingProblems("history", { planningObject: 0, week: null })).toEqual({
      missing: ["week", "value"],
      noValue: false,
    });
    expect(mappingProblems("outcomes", { planningObject: 0, week: 1 })).toEqual({ missing: [], noValue: true });
  });
});

describe("row validation", () => {
  const history = { planningObject: 0, week: 1, value: 2 };

  it("turns a good row into a history edit, matching objects by id, service or label", () => {
    expect(validateRow(["nyb", "v. 5 2026", "12,5"], 2, "history", history, targets).edits).toEqual([
      { kind: "history", planningObjectId: "nyb", week: "2026-W05", value: 12.5 },
    ]);
    expect(validateRow(["Återbesök", "2026-W05", "3"], 3, "history", history, targets).edits[0]).toMatchObject({
      planningObjectId: "ater",
    });
    expect(validateRow(["nybesök · läkare", "2026-W05", "3"], 3, "history", history, targets).errors).toEqual([]);
  });

  it("reports Swedish row errors naming the line and the cell", () => {
    const week = validateRow(["nyb", "v. 54 2026", "1"], 14, "history", history, targets);
    expect(week.edits).toEqual([]);
    expect(week.errors.map(describeImportError)).toEqual(["rad 14: ”v. 54 2026” finns inte"]);
    const object = validateRow(["xyz", "2026-W05", "1"], 3, "history", history, targets);
    expect(object.errors.map(describeImportError)).toEqual(["rad 3: planeringsobjektet ”xyz” finns inte"]);
    const number = validateRow(["nyb", "2026-W05", "12,3,4"], 8, "history", history, targets);
    expect(number.errors.map(describeImportError)).toEqual(["rad 8: ”12,3,4” är inget tal"]);
    const negative = validateRow(["nyb", "2026-W05", "-2"], 9, "history", history, targets);
    expect(negative.errors[0].code).toBe("negative");
  });

  it("reads outcomes with only some fields and skips empty ones", () => {
    const mapping = { planningObject: 0, week: 1, produced: 2, inflow: 3, waiting: 4 };
    const row = validateRow(["nyb", "2027-W02", "28", "", "590"], 2, "outcomes", mapping, targets);
    expect(row.edits).toEqual([
      { kind: "outcome", planningObjectId: "nyb", week: "2027-W02", field: "produced", value: 28 },
      { kind: "outcome", planningObjectId: "nyb", week: "2027-W02", field: "waiting", value: 590 },
    ]);
    expect(validateRow(["nyb", "2027-W02", "", "", ""], 2, "outcomes", mapping, targets).errors[0].code).toBe(
      "noValues",
    );
  });

  it("reads availability as a share from 0,45, 45 % or 45 and rejects more than 100 %", () => {
    const mapping = { resource: 0, week: 1, value: 2 };
    for (const text of ["0,45", "45 %", "45"]) {
      expect(validateRow(["Läkare", "2027-W30", text], 2, "availability", mapping, targets).edits).toEqual([
        { kind: "availability", resourceId: "lak", week: "2027-W30", value: 0.45 },
      ]);
    }
    expect(validateRow(["lak", "2027-W30", "140"], 2, "availability", mapping, targets).errors[0].code).toBe(
      "outOfRange",
    );
    expect(
      validateRow(["okänd", "2027-W30", "1"], 5, "availability", mapping, targets).errors.map(describeImportError),
    ).toEqual(["rad 5: resursen ”okänd” finns inte"]);
  });

  it("updates resource fields by name", () => {
    const row = validateRow(
      ["Läkare", "12", "40", "65 %"],
      2,
      "resources",
      { resource: 0, count: 1, hoursPerWeek: 2, utilization: 3 },
      targets,
    );
    expect(row.edits).toEqual([
      { kind: "resource", resourceId: "lak", field: "count", value: 12 },
      { kind: "resource", resourceId: "lak", field: "hoursPerWeek", value: 40 },
      { kind: "resource", resourceId: "lak", field: "utilization", value: 0.65 },
    ]);
  });
});

describe("confirming", () => {
  it("is blocked while a row with errors is not excluded, and imports only the good rows", async () => {
    const table = await parseCsvText(
      "Planeringsobjekt;Vecka;Antal\nnyb;2026-W01;10\nnyb;v. 54 2026;11\nater;2026 v3;7,5\n",
    );
    const mapping = guessMapping(table.headers, "history");
    const progress: number[] = [];
    const rows = await validateTable(table, "history", mapping, targets, {
      chunkSize: 1,
      onProgress: (s) => progress.push(s),
    });
    expect(progress.at(-1)).toBe(1);
    expect(rows.map((r) => r.errors.length)).toEqual([0, 1, 0]);
    expect(canConfirmImport(rows, new Set())).toBe(false);
    const excluded = new Set([3]);
    expect(canConfirmImport(rows, excluded)).toBe(true);
    expect(collectEdits(rows, excluded)).toEqual([
      { kind: "history", planningObjectId: "nyb", week: "2026-W01", value: 10 },
      { kind: "history", planningObjectId: "ater", week: "2026-W03", value: 7.5 },
    ]);
  });

  it("can be cancelled between slices", async () => {
    const rows = Array.from({ length: 10 }, (_, i) => `nyb;2026-W${String(i + 1).padStart(2, "0")};1`).join("\n");
    const table = await parseCsvText(`objekt;vecka;värde\n${rows}`);
    const controller = new AbortController();
    const run = validateTable(table, "history", { planningObject: 0, week: 1, value: 2 }, targets, {
      chunkSize: 2,
      signal: controller.signal,
      onProgress: () => controller.abort(),
    });
    await expect(run).rejects.toThrow("cancelled");
  });
});

describe("ambiguous planning object names", () => {
  it("says which objects a shared service name matches instead of 'finns inte'", async () => {
    const { importTargets, validateTable } = await import("./validate");
    const board = {
      planningObjects: [
        { id: "a", service: "Återbesök", providerCategory: "Läkare", contactType: "besök" },
        { id: "b", service: "Återbesök", providerCategory: "Sjuksköterska", contactType: "besök" },
      ],
      resources: [],
    } as unknown as Parameters<typeof importTargets>[0];
    const table = { headers: ["Objekt", "Vecka", "Antal"], rows: [["Återbesök", "2026-W05", "12"]] };
    const rows = await validateTable(
      table as never,
      "history",
      { planningObject: 0, week: 1, value: 2 } as never,
      importTargets(board),
    );
    expect(rows[0].errors).toEqual([
      {
        line: 2,
        code: "ambiguousPlanningObject",
        value: "Återbesök",
        field: "planningObject",
        matches: "Återbesök · Läkare · besök, Återbesök · Sjuksköterska · besök",
      },
    ]);
  });
});
