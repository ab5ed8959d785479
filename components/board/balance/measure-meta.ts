"use client";

import { useMemo, useSyncExternalStore } from "react";
import type * as Y from "yjs";
import { MEASURE_META_MAP } from "@/lib/board/doc-model";

/**
 * What the `pks-board` format has no field for — a measure's lever, owner and description —
 * kept beside the board data in the same Y.Doc. The map is flat (one key per measure and field,
 * `["<measureId>","<field>"]`), so two people filling in the first field of a measure at once
 * never create rival nested maps (docs/board-model.md).
 */
export { MEASURE_META_MAP };

/** The five levers of balancing (DOMAIN.md). */
export const LEVERS = ["careNeed", "productionNeed", "capacityNeed", "resources", "availableCapacity"] as const;
export type Lever = (typeof LEVERS)[number];

export interface MeasureMeta {
  lever?: Lever;
  owner?: string;
  description?: string;
}
const FIELDS = ["lever", "owner", "description"] as const;

function metaMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap(MEASURE_META_MAP);
}

const metaKey = (id: string, field: string) => JSON.stringify([id, field]);

/** All measures' meta, by measure id. */
export function readMeasureMeta(doc: Y.Doc): Record<string, MeasureMeta> {
  const out: Record<string, MeasureMeta> = {};
  metaMap(doc).forEach((value, key) => {
    try {
      const [id, field] = JSON.parse(key) as [string, keyof MeasureMeta];
      if (typeof value !== "string" || !FIELDS.includes(field)) return;
      out[id] ??= {};
      (out[id] as Record<string, string>)[field] = value;
    } catch {
      // A malformed key from a buggy peer is ignored.
    }
  });
  return out;
}

/** Sets the given fields of a measure's meta; empty strings and undefined clear a field. */
export function setMeasureMeta(doc: Y.Doc, id: string, patch: MeasureMeta, origin: unknown): void {
  const map = metaMap(doc);
  doc.transact(() => {
    for (const field of FIELDS) {
      if (!(field in patch)) continue;
      const value = patch[field];
      const key = metaKey(id, field);
      if (value === undefined || value === "") {
        if (map.has(key)) map.delete(key);
      } else if (map.get(key) !== value) map.set(key, value);
    }
  }, origin);
}

/** Clears a measure's meta (together with removing the measure, in the caller's transaction). */
export function clearMeasureMeta(doc: Y.Doc, id: string, origin: unknown): void {
  setMeasureMeta(doc, id, { lever: undefined, owner: undefined, description: undefined }, origin);
}

/** The measures' meta, live. */
export function useMeasureMeta(doc: Y.Doc): Record<string, MeasureMeta> {
  const map = metaMap(doc);
  const store = useMemo(() => {
    let version = 0;
    let cached: { version: number; value: Record<string, MeasureMeta> } | null = null;
    return {
      subscribe(listener: () => void) {
        const onChange = () => {
          version++;
          listener();
        };
        map.observe(onChange);
        return () => map.unobserve(onChange);
      },
      read() {
        if (!cached || cached.version !== version) cached = { version, value: readMeasureMeta(doc) };
        return cached.value;
      },
    };
  }, [doc, map]);
  return useSyncExternalStore(store.subscribe, store.read, store.read);
}
