/**
 * Migration of a measure's legacy meta. Before `pks-board` version 2 gave a measure `lever`,
 * `owner` and `note`, the board kept them beside the data in the flat Y.Map `pks.measureMeta`
 * (keys `["<measureId>","lever"|"owner"|"description"]`, levers in camelCase). Reading takes them
 * from there for a measure that has none of its own, so nothing in an older document is lost;
 * writing one of those fields on the measure deletes the legacy keys, so a value cleared on the
 * measure does not come back from the old map.
 */
import type * as Y from "yjs";
import { CAPACITY_LEVERS, type Measure, type MeasureLever, NEED_LEVERS } from "@/lib/engine";
import { MEASURE_META_MAP } from "./doc-layout";

/** The legacy lever names (camelCase) and their version 2 values. */
export const LEGACY_LEVERS: Record<string, MeasureLever> = {
  careNeed: "care-need",
  productionNeed: "production-need",
  capacityNeed: "capacity-need",
  resources: "resources",
  availableCapacity: "available-capacity",
};

/** The camelCase name of a lever (the legacy value, still used as message key). */
export function leverKey(lever: MeasureLever): string {
  return Object.keys(LEGACY_LEVERS).find((key) => LEGACY_LEVERS[key] === lever) ?? lever;
}

/** Legacy field → the measure field it becomes. */
const LEGACY_FIELDS = { lever: "lever", owner: "owner", description: "note" } as const;
type LegacyField = keyof typeof LEGACY_FIELDS;

const OWNER_MAX = 200;
const NOTE_MAX = 10000;

/** The legacy map of a document. */
export function legacyMeasureMetaMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap(MEASURE_META_MAP);
}

/** Key of one legacy field of a measure. */
export function legacyMetaKey(measureId: string, field: LegacyField): string {
  return JSON.stringify([measureId, field]);
}

/** The measure id of a legacy key; null when malformed. */
export function legacyMetaMeasureId(key: string): string | null {
  try {
    const parts = JSON.parse(key);
    return Array.isArray(parts) && typeof parts[0] === "string" ? parts[0] : null;
  } catch {
    return null;
  }
}

/**
 * The measure with its legacy lever, owner and note filled in where it has none of its own. A
 * lever that does not fit the measure's kind cannot be represented in version 2 and is left
 * out; an owner or note longer than version 2 allows is cut to the limit.
 */
export function withLegacyMeta(measure: Measure, legacy: Y.Map<unknown>): Measure {
  if (legacy.size === 0) return measure;
  const text = (field: LegacyField) => {
    const value = legacy.get(legacyMetaKey(measure.id, field));
    return typeof value === "string" && value !== "" ? value : undefined;
  };
  const out: Measure = { ...measure };
  const lever = LEGACY_LEVERS[text("lever") ?? ""];
  const levers: readonly string[] = measure.kind === "capacity" ? CAPACITY_LEVERS : NEED_LEVERS;
  if (out.lever === undefined && lever && levers.includes(lever)) out.lever = lever;
  const owner = text("owner");
  if (out.owner === undefined && owner) out.owner = owner.slice(0, OWNER_MAX);
  const note = text("description");
  if (out.note === undefined && note) out.note = note.slice(0, NOTE_MAX);
  return out;
}

/** Deletes a measure's legacy keys (inside the caller's transaction). */
export function deleteLegacyMeta(doc: Y.Doc, measureId: string): void {
  const legacy = legacyMeasureMetaMap(doc);
  if (legacy.size === 0) return;
  for (const field of Object.keys(LEGACY_FIELDS) as LegacyField[]) {
    const key = legacyMetaKey(measureId, field);
    if (legacy.has(key)) legacy.delete(key);
  }
}
