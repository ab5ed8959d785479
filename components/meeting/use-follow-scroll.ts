"use client";

import { type RefObject, useEffect } from "react";
import { useViewStore } from "./view-state";

/** Scroll events within this time after applying the presenter's scroll are its echo, not the person's. */
const ECHO_MS = 300;

/** Left offsets of each column (widths summed), plus the total width at the end. */
function columnOffsets(widths: readonly number[]): number[] {
  const offsets = [0];
  for (const w of widths) offsets.push(offsets[offsets.length - 1] + w);
  return offsets;
}

/** The index of the first column visible at `scrollLeft` (frozen row header excluded). */
export function firstVisibleColumn(offsets: readonly number[], scrollLeft: number): number {
  let i = 0;
  while (i < offsets.length - 2 && offsets[i + 1] <= scrollLeft) i++;
  return i;
}

/**
 * The grid's scrolled week range in the board's view store (`scroll.<gridId>` = the first
 * visible column's key), so meeting mode shows followers the weeks the presenter looks at: a
 * scroll this person makes writes it (source user), a value from the presenter scrolls the grid.
 */
export function useFollowScroll(
  scrollRef: RefObject<HTMLElement | null>,
  gridId: string,
  columns: readonly { key: string; width?: number }[],
  columnWidth: number,
) {
  const store = useViewStore();
  const widths = columns.map((c) => c.width ?? columnWidth);
  const keysText = columns.map((c) => c.key).join("\n");
  const widthsText = widths.join(",");
  useEffect(() => {
    const element = scrollRef.current;
    if (!element) return;
    const keys = keysText.split("\n");
    const offsets = columnOffsets(widthsText.split(",").map(Number));
    const storeKey = `scroll.${gridId}`;
    let appliedAt = 0;
    let frame = 0;
    const scrollTo = (week: unknown) => {
      const index = keys.indexOf(String(week));
      if (index < 0) return;
      appliedAt = performance.now();
      element.scrollLeft = offsets[index];
    };
    const onScroll = () => {
      if (performance.now() - appliedAt < ECHO_MS) return;
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        const week = keys[firstVisibleColumn(offsets, element.scrollLeft)];
        if (week && store.getSnapshot()[storeKey] !== week && !(week === keys[0] && !(storeKey in store.getSnapshot())))
          store.set(storeKey, week, "user");
      });
    };
    const current = store.getSnapshot()[storeKey];
    if (current) scrollTo(current);
    element.addEventListener("scroll", onScroll, { passive: true });
    const stop = store.subscribe((change) => {
      if (change?.key === storeKey && change.source === "follow") scrollTo(change.value ?? keys[0]);
    });
    return () => {
      cancelAnimationFrame(frame);
      element.removeEventListener("scroll", onScroll);
      stop();
    };
  }, [scrollRef, gridId, keysText, widthsText, store]);
}
