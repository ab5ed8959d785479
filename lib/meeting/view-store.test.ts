import { describe, expect, it } from "vitest";
import { createViewStore } from "./view-store";

describe("createViewStore", () => {
  it("tells listeners who changed a value, and only when it changed", () => {
    const store = createViewStore();
    const seen: unknown[] = [];
    store.subscribe((change) => seen.push(change));
    store.set("balance.mode", "scenario", "user");
    store.set("balance.mode", "scenario", "user");
    expect(seen).toEqual([{ key: "balance.mode", value: "scenario", source: "user" }]);
  });

  it("applying the presenter's view replaces the values: keys the presenter left at default go back", () => {
    const store = createViewStore();
    store.set("balance.mode", "scenario", "user");
    store.set("balance.period", "week", "user");
    const seen: unknown[] = [];
    store.subscribe((change) => seen.push(change));
    store.apply({ "balance.period": "quarter" });
    expect(store.getSnapshot()).toEqual({ "balance.period": "quarter" });
    expect(seen).toEqual([
      { key: "balance.mode", value: null, source: "follow" },
      { key: "balance.period", value: "quarter", source: "follow" },
    ]);
  });
});
