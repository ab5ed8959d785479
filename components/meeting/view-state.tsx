"use client";

import { createContext, useCallback, useContext, useState, useSyncExternalStore } from "react";
import type { ViewValue } from "@/lib/meeting/follow";
import { createViewStore, type ViewStore } from "@/lib/meeting/view-store";

const ViewStoreContext = createContext<ViewStore | null>(null);

/** Provides the board's per-room view store to the sections below it. */
export function ViewStoreProvider({ store, children }: { store: ViewStore; children: React.ReactNode }) {
  return <ViewStoreContext.Provider value={store}>{children}</ViewStoreContext.Provider>;
}

/** The board's view store, or a private one outside a board (tests, stand-alone components). */
export function useViewStore(): ViewStore {
  const shared = useContext(ViewStoreContext);
  const [own] = useState(createViewStore);
  return shared ?? own;
}

/**
 * Like `useState`, but the value lives in the board's view store under `key`, so meeting mode
 * can show it to followers and set it from the presenter. Absent from the store = `fallback`.
 */
export function useViewState<T extends ViewValue>(key: string, fallback: T): [T, (value: T) => void] {
  const store = useViewStore();
  const subscribe = useCallback((listener: () => void) => store.subscribe(listener), [store]);
  const snapshot = useSyncExternalStore(subscribe, store.getSnapshot, store.getSnapshot);
  const value = key in snapshot ? (snapshot[key] as T) : fallback;
  const setValue = useCallback((next: T) => store.set(key, next, "user"), [store, key]);
  return [value, setValue];
}
