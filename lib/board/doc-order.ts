/**
 * Ordered id lists (resources, planning objects, measures) as a Y.Array of ids beside an
 * `id → Y.Map` container. Concurrent moves of one id can leave it twice in the array and a
 * concurrent remove can leave an id without entity; readers go through `visibleOrder`, which
 * dedupes and skips those, so every peer shows the same order once synced.
 */
import type * as Y from "yjs";
import { visibleOrder } from "./doc-read-parts";

/** Deletes every occurrence of `id` from the order array. */
export function deleteFromOrder(order: Y.Array<string>, id: string): void {
  const ids = order.toArray();
  for (let i = ids.length - 1; i >= 0; i--) if (ids[i] === id) order.delete(i, 1);
}

/** Inserts `id` so that it shows at visible position `index` (appends when index is omitted). */
export function insertIntoOrder(order: Y.Array<string>, map: Y.Map<unknown>, id: string, index?: number | null): void {
  const visible = visibleOrder(order, map).filter((other) => other !== id);
  if (index === undefined || index === null || index >= visible.length) {
    order.push([id]);
    return;
  }
  const anchor = visible[Math.max(0, index)];
  const at = order.toArray().indexOf(anchor);
  order.insert(at >= 0 ? at : order.length, [id]);
}

/** Moves `id` to visible position `index`; false when the entity does not exist. */
export function moveInOrder(order: Y.Array<string>, map: Y.Map<unknown>, id: string, index: number): boolean {
  if (!map.has(id)) return false;
  deleteFromOrder(order, id);
  insertIntoOrder(order, map, id, index);
  return true;
}
