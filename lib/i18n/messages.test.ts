import { describe, expect, it } from "vitest";
import { loadMessages, MESSAGE_FILES } from "./messages";

function keys(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

describe("UI messages", () => {
  it("English has exactly the keys Swedish has, so no label falls back to a key", async () => {
    expect(keys(await loadMessages("en")).sort()).toEqual(keys(await loadMessages("sv")).sort());
  });

  it("no two message files define the same namespace (a later file would hide the earlier)", async () => {
    const seen = new Map<string, string>();
    for (const file of MESSAGE_FILES) {
      const part = (await import(`../../messages/sv/${file}.json`)).default as Record<string, unknown>;
      for (const namespace of Object.keys(part)) {
        expect(seen.get(namespace), `namespace "${namespace}" in ${file}.json`).toBeUndefined();
        seen.set(namespace, file);
      }
    }
  });

  it("no message is empty", async () => {
    for (const locale of ["sv", "en"] as const) {
      const messages = await loadMessages(locale);
      for (const key of keys(messages)) {
        const text = key.split(".").reduce<unknown>((o, p) => (o as Record<string, unknown>)[p], messages);
        expect(String(text).trim(), `${locale}:${key}`).not.toBe("");
      }
    }
  });
});
