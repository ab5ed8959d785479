import { describe, expect, it } from "vitest";
import { sanitizeAwarenessState } from "./awareness-state";

describe("the presenter's view in awareness (meeting mode)", () => {
  it("passes a board path and short scalar view values on", () => {
    const view = { path: "balansering", values: { "balance.mode": "scenario", "scroll.available": "2027-W10", n: 2 } };
    expect(sanitizeAwarenessState({ section: "balance", view }, 2048)).toEqual({ section: "balance", view });
    expect(sanitizeAwarenessState({ view: null }, 2048)).toEqual({ view: null });
  });

  it("drops a view with markup in its path, odd keys, objects as values or too many values", () => {
    const drop = (view: unknown) => sanitizeAwarenessState({ view }, 4096);
    expect(drop({ path: "<script>", values: {} })).toEqual({});
    expect(drop({ path: "behov", values: { "a b": "x" } })).toEqual({});
    expect(drop({ path: "behov", values: { mode: { nested: true } } })).toEqual({});
    expect(drop({ path: "behov", values: { mode: "x".repeat(201) } })).toEqual({});
    const many = Object.fromEntries(Array.from({ length: 41 }, (_, i) => [`k${i}`, i]));
    expect(drop({ path: "behov", values: many })).toEqual({});
  });
});
