/**
 * The vårdtjänstkatalog (seed `001_…` 2548–2567): per planning object the allocated need, where
 * the care is given, the promised available capacity, limitations and the expected waiting time
 * (engine v2's `expectedWaitWeeks`). The rows are a pure function of a board and its engine
 * result, so a strategic board can feed the rows of each of its units into one catalogue; the
 * document keeps them frozen per decision (FROZEN_MAP `careCatalogue`), "hålls uppdaterad utifrån
 * nya beslut" — a new version per decision, not per recompute.
 */
import type * as Y from "yjs";
import { expectedWaitAt } from "@/lib/board/wait-time";
import type { PksBoard, PksResult } from "@/lib/engine";
import { planningObjectLabel } from "@/lib/import/validate";
import { FROZEN_MAP } from "./doc-content";

export const CARE_CATALOGUE_KEY = "careCatalogue";

export interface CareCatalogueRow {
  objectId: string;
  /** On a strategic board's catalogue: the unit (its name) the row belongs to; absent on a unit board's. */
  unit?: string;
  service: string;
  /** Where the care is given: the board's unit (or its name). */
  place: string;
  /** Σ production need over the horizon (activities); the need allocated to the unit. */
  allocatedNeed: number;
  /** Σ planned production over the horizon: the capacity promised for it. */
  promisedCapacity: number;
  /** Limitations in words: resources that fall short for it, the share of the need left uncovered. */
  limitations: string[];
  /** Expected waiting time of a patient joining now, in weeks (upper bound); null: beyond the horizon or no waiting list. */
  expectedWaitWeeks: number | null;
  hasWaitingList: boolean;
}

const whole = new Intl.NumberFormat("sv-SE", { maximumFractionDigits: 0 });
const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

function limitationsOf(board: PksBoard, result: PksResult, objectId: string, need: number, planned: number): string[] {
  const object = board.planningObjects.find((o) => o.id === objectId)!;
  const out: string[] = [];
  for (const resourceId of Object.keys(object.timePerActivity ?? {})) {
    const entry = result.resources[resourceId];
    if (!entry || entry.shortPeriods === 0) continue;
    const name = board.resources.find((r) => r.id === resourceId)?.name ?? resourceId;
    out.push(`${name} räcker inte i ${entry.shortPeriods} ${entry.shortPeriods === 1 ? "period" : "perioder"}`);
  }
  if (planned < need - 0.5) out.push(`${whole.format(need - planned)} av behovet ryms inte i planen`);
  return out;
}

/** The catalogue rows of one board (one unit) from its engine result, in the board's order. */
export function careCatalogueRows(board: PksBoard, result: PksResult): CareCatalogueRow[] {
  const place = board.board.unit ?? board.board.name;
  return board.planningObjects.flatMap((object) => {
    const entry = result.planningObjects[object.id];
    if (!entry) return [];
    const allocatedNeed = Math.round(sum(object.acute ? entry.demand : entry.production));
    const promisedCapacity = Math.round(sum(entry.planned));
    const wait = expectedWaitAt(object, entry, 0);
    return [
      {
        objectId: object.id,
        service: planningObjectLabel(object),
        place,
        allocatedNeed,
        promisedCapacity,
        limitations: limitationsOf(board, result, object.id, allocatedNeed, promisedCapacity),
        expectedWaitWeeks: wait?.weeks ?? null,
        hasWaitingList: wait !== null,
      },
    ];
  });
}

/** One linked unit as the strategic catalogue reads it: its name, stored plan and engine result. */
export interface CatalogueUnit {
  unitName: string;
  board: PksBoard;
  result: PksResult;
}

/**
 * A strategic board's catalogue: per linked unit (in link order) and planning object, that unit's
 * `careCatalogueRows` with the unit's name as a column.
 */
export function strategicCatalogueRows(units: CatalogueUnit[]): CareCatalogueRow[] {
  return units.flatMap((u) => careCatalogueRows(u.board, u.result).map((row) => ({ ...row, unit: u.unitName })));
}

/** The rows frozen at the last decision, or null. */
export function readFrozenCatalogue(doc: Y.Doc): { rows: CareCatalogueRow[]; frozenAt: string } | null {
  const value = doc.getMap(FROZEN_MAP).get(CARE_CATALOGUE_KEY);
  return value && typeof value === "object" ? (value as { rows: CareCatalogueRow[]; frozenAt: string }) : null;
}

/** Freezes the rows of a decision into the document (server side). */
export function writeFrozenCatalogue(doc: Y.Doc, rows: CareCatalogueRow[], frozenAt: Date): void {
  doc.getMap(FROZEN_MAP).set(CARE_CATALOGUE_KEY, { rows, frozenAt: frozenAt.toISOString() });
}
