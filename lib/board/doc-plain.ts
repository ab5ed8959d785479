/**
 * Y types ⇄ plain, structured-clonable values that remember which values were Y types, so a
 * removed entity can be rebuilt exactly (nested maps stay Y.Maps, plain arrays stay plain, row
 * ids and `pos` keys are kept). Used by doc-restore.ts for "Ångra" after a removal.
 */
import * as Y from "yjs";

/** A captured value: a Y.Map, a Y.Array or an immutable plain value. */
export type PlainNode =
  | { type: "map"; entries: [string, PlainNode][] }
  | { type: "array"; items: PlainNode[] }
  | { type: "value"; value: unknown };

/** Captures a value read from a Y type (Y.Map and Y.Array recursively, plain values cloned). */
export function capturePlain(value: unknown): PlainNode {
  if (value instanceof Y.Map) {
    return { type: "map", entries: Array.from(value.entries(), ([key, child]) => [key, capturePlain(child)]) };
  }
  if (value instanceof Y.Array) return { type: "array", items: value.toArray().map(capturePlain) };
  return { type: "value", value: structuredClone(value) };
}

/** A fresh Y value (not yet integrated) equal to what `capturePlain` captured. */
export function buildFromPlain(node: PlainNode): unknown {
  if (node.type === "map") {
    const map = new Y.Map<unknown>();
    for (const [key, child] of node.entries) map.set(key, buildFromPlain(child));
    return map;
  }
  if (node.type === "array") {
    const array = new Y.Array<unknown>();
    array.push(node.items.map(buildFromPlain));
    return array;
  }
  return structuredClone(node.value);
}
