import { describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import sv from "@/messages/sv.json";

function keys(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

describe("UI messages", () => {
  it("English has exactly the keys Swedish has, so no label falls back to a key", () => {
    expect(keys(en).sort()).toEqual(keys(sv).sort());
  });
  it("no message is empty", () => {
    for (const [name, messages] of [
      ["sv", sv],
      ["en", en],
    ] as const) {
      const flat = keys(messages).map((k) => [
        k,
        k.split(".").reduce<unknown>((o, p) => (o as Record<string, unknown>)[p], messages),
      ]);
      for (const [key, text] of flat) expect(String(text).trim(), `${name}:${key}`).not.toBe("");
    }
  });
});
