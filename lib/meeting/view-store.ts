/**
 * The per-room view store (docs/meeting.md): view state that used to live in component state —
 * Balansering's plan/scenario mode and grain, a selected resource, a grid's grain and scrolled-to
 * week — kept once per open board so meeting mode can publish the presenter's view and apply it in
 * a follower's tab. A value absent from the store is the component's default.
 */
import type { ViewValue } from "./follow";

/** Who changed a value: this person (`user`), or meeting mode applying the presenter's view. */
export type ViewSource = "user" | "follow";

export interface ViewStore {
  /** The current values (a new object after every change, for useSyncExternalStore). */
  getSnapshot(): Readonly<Record<string, ViewValue>>;
  set(key: string, value: ViewValue, source: ViewSource): void;
  /** Replaces the values with the given ones (source `follow`): keys not given go back to their defaults. */
  apply(values: Readonly<Record<string, ViewValue>>): void;
  /** Called after every change with its key, value and source; returns the unsubscribe function. */
  subscribe(listener: (change: { key: string; value: ViewValue; source: ViewSource } | null) => void): () => void;
}

/** A new, empty view store. */
export function createViewStore(): ViewStore {
  let values: Record<string, ViewValue> = {};
  const listeners = new Set<(change: { key: string; value: ViewValue; source: ViewSource } | null) => void>();
  const store: ViewStore = {
    getSnapshot: () => values,
    set(key, value, source) {
      if (values[key] === value) return;
      values = { ...values, [key]: value };
      for (const listener of listeners) listener({ key, value, source });
    },
    apply(next) {
      const keys = new Set([...Object.keys(values), ...Object.keys(next)]);
      const changed = [...keys].filter((key) => values[key] !== next[key] || key in values !== key in next);
      if (changed.length === 0) return;
      values = { ...next };
      for (const key of changed)
        for (const listener of listeners) listener({ key, value: next[key] ?? null, source: "follow" });
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  return store;
}
