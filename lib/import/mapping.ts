/**
 * What can be imported and which column holds what: the import kinds, their fields, and a
 * first guess of the column mapping from the header names (Swedish and English).
 */

/** What a file holds: demand history, outcomes, resources (staff), availability (absence), actual capacity. */
export type ImportKind = "history" | "outcomes" | "resources" | "availability" | "actualCapacity";
export const IMPORT_KINDS: readonly ImportKind[] = [
  "history",
  "outcomes",
  "resources",
  "availability",
  "actualCapacity",
];

export type ImportField =
  | "planningObject"
  | "resource"
  | "week"
  | "value"
  | "produced"
  | "inflow"
  | "waiting"
  | "count"
  | "hoursPerWeek"
  | "utilization";

export interface FieldSpec {
  field: ImportField;
  /** Must be mapped to a column. */
  required: boolean;
}

/** The fields of each kind, in the order the mapping form shows them. */
export const IMPORT_FIELDS: Record<ImportKind, readonly FieldSpec[]> = {
  history: [
    { field: "planningObject", required: true },
    { field: "week", required: true },
    { field: "value", required: true },
  ],
  outcomes: [
    { field: "planningObject", required: true },
    { field: "week", required: true },
    { field: "produced", required: false },
    { field: "inflow", required: false },
    { field: "waiting", required: false },
  ],
  resources: [
    { field: "resource", required: true },
    { field: "count", required: false },
    { field: "hoursPerWeek", required: false },
    { field: "utilization", required: false },
  ],
  availability: [
    { field: "resource", required: true },
    { field: "week", required: true },
    { field: "value", required: true },
  ],
  actualCapacity: [
    { field: "resource", required: true },
    { field: "week", required: true },
    { field: "value", required: true },
  ],
};

/** Field → column index (null or absent: not mapped). */
export type ColumnMapping = Partial<Record<ImportField, number | null>>;

const SYNONYMS: Record<ImportField, string[]> = {
  planningObject: ["planeringsobjekt", "objekt", "planning object", "planningobject", "po", "vårdtjänst", "id"],
  resource: ["resurs", "resource", "yrke", "kompetens", "rum", "id", "namn", "name"],
  week: ["vecka", "v", "week", "datum", "date", "period"],
  value: [
    "värde",
    "value",
    "antal",
    "inflöde",
    "efterfrågan",
    "tillgänglighet",
    "andel",
    "timmar",
    "h",
    "hours",
    "utfall",
  ],
  produced: ["producerat", "produktion", "utfört", "utfall", "produced"],
  inflow: ["inflöde", "inflow", "remisser", "nya"],
  waiting: ["väntande", "väntelista", "waiting", "kö"],
  count: ["antal", "count", "st", "personer"],
  hoursPerWeek: ["timmar per vecka", "timmar/vecka", "h/vecka", "hours per week", "timmar", "hours"],
  utilization: ["nyttjandegrad", "andel", "utnyttjande", "utilization", "utilisation"],
};

function normalizeHeader(header: string): string {
  return header
    .toLowerCase()
    .replace(/\(.*?\)/g, "")
    .replace(/[._:]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** A first guess of the mapping: exact synonym matches first, then headers that start with one. */
export function guessMapping(headers: readonly string[], kind: ImportKind): ColumnMapping {
  const mapping: ColumnMapping = {};
  const used = new Set<number>();
  const normalized = headers.map(normalizeHeader);
  for (const pass of ["exact", "prefix"] as const) {
    for (const { field } of IMPORT_FIELDS[kind]) {
      if (mapping[field] !== undefined) continue;
      for (const synonym of SYNONYMS[field]) {
        const index = normalized.findIndex(
          (h, i) => !used.has(i) && (pass === "exact" ? h === synonym : synonym.length > 2 && h.startsWith(synonym)),
        );
        if (index >= 0) {
          mapping[field] = index;
          used.add(index);
          break;
        }
      }
    }
  }
  // A lone unmapped numeric column next to key and week is most likely the value.
  const fields = IMPORT_FIELDS[kind];
  if (fields.some((f) => f.field === "value") && mapping.value === undefined) {
    const free = headers.map((_, i) => i).filter((i) => !used.has(i));
    if (free.length === 1) mapping.value = free[0];
  }
  return mapping;
}

/** Required fields not mapped yet, and for kinds with only optional values whether none is mapped. */
export function mappingProblems(
  kind: ImportKind,
  mapping: ColumnMapping,
): { missing: ImportField[]; noValue: boolean } {
  const fields = IMPORT_FIELDS[kind];
  const isMapped = (field: ImportField) => mapping[field] !== undefined && mapping[field] !== null;
  const missing = fields.filter((f) => f.required && !isMapped(f.field)).map((f) => f.field);
  const optional = fields.filter((f) => !f.required);
  const noValue = optional.length > 0 && !optional.some((f) => isMapped(f.field));
  return { missing, noValue };
}
