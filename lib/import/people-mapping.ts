/** Column mapping for importing people (name, e-mail, level, unit, title) from a CSV/XLSX table. */
import type { ImportTable } from "./table";
import { cellText } from "./values";

export const PEOPLE_FIELDS = ["name", "email", "level", "unit", "title"] as const;
export type PeopleField = (typeof PEOPLE_FIELDS)[number];
export type PeopleMapping = Record<PeopleField, number | null>;

const ALIASES: Record<PeopleField, string[]> = {
  name: ["namn", "name", "fullständigt namn", "full name"],
  email: ["e-post", "epost", "email", "e-mail", "mejl", "mail"],
  level: ["nivå", "niva", "level", "pks-nivå"],
  unit: ["verksamhet", "enhet", "unit", "klinik"],
  title: ["titel", "befattning", "title", "roll"],
};

/** Guesses which column holds which field from the header texts (case-insensitive). */
export function guessPeopleMapping(headers: readonly string[]): PeopleMapping {
  const normalised = headers.map((h) => h.trim().toLowerCase());
  const mapping = {} as PeopleMapping;
  for (const field of PEOPLE_FIELDS) {
    const index = normalised.findIndex((h) => ALIASES[field].includes(h));
    mapping[field] = index >= 0 ? index : null;
  }
  return mapping;
}

export interface MappedPersonRow {
  /** 1-based data row (the header is row 0). */
  row: number;
  name: string;
  email: string;
  level: string;
  unit: string;
  title: string;
}

/** The table's rows as people rows under a mapping, leaving out excluded rows and blank lines. */
export function mapPeopleRows(
  table: ImportTable,
  mapping: PeopleMapping,
  excluded: ReadonlySet<number>,
): MappedPersonRow[] {
  const value = (cells: ImportTable["rows"][number], field: PeopleField) => {
    const index = mapping[field];
    return index === null ? "" : cellText(cells[index] ?? null).trim();
  };
  const out: MappedPersonRow[] = [];
  table.rows.forEach((cells, i) => {
    const row = i + 1;
    if (excluded.has(row) || cells.every((c) => cellText(c ?? null).trim() === "")) return;
    out.push({
      row,
      name: value(cells, "name"),
      email: value(cells, "email"),
      level: value(cells, "level"),
      unit: value(cells, "unit"),
      title: value(cells, "title"),
    });
  });
  return out;
}
