import { describe, expect, it } from "vitest";
import { loadMessages } from "./messages";

/**
 * One quoting style per language (issue 15): Swedish quotes with ”…” (U+201D on both sides),
 * English with “…”. ASCII quotes, ICU-escaped apostrophes ('' … ''), single quotes used as
 * quotation marks, „…“, «…» and the other language's style are refused. An apostrophe inside a
 * word or after one ("board's", "days' care") is not a quotation mark.
 */
const FORBIDDEN: Record<"sv" | "en", { name: string; pattern: RegExp }[]> = {
  sv: [
    { name: 'ASCII "…"', pattern: /"/ },
    { name: "'…' (single quotes)", pattern: /'/ },
    { name: "„…“ or “…” (German or English)", pattern: /[„“]/ },
    { name: "‘…’ or «…»", pattern: /[‘’«»]/ },
  ],
  en: [
    { name: 'ASCII "…"', pattern: /"/ },
    { name: "'…' (single quotes)", pattern: /(^|[\s(])'\S/ },
    { name: "„…“ (German)", pattern: /„/ },
    { name: "‘…’ or «…»", pattern: /[‘«»]/ },
  ],
};

function texts(value: unknown, prefix = ""): [string, string][] {
  if (typeof value === "string") return [[prefix, value]];
  if (typeof value !== "object" || value === null) return [];
  return Object.entries(value).flatMap(([k, v]) => texts(v, prefix ? `${prefix}.${k}` : k));
}

/** The messages of `locale` that break its quoting style, as "key: text (style)". */
function mixedQuotes(locale: "sv" | "en", messages: Record<string, unknown>): string[] {
  const found: string[] = [];
  for (const [key, text] of texts(messages)) {
    for (const { name, pattern } of FORBIDDEN[locale]) if (pattern.test(text)) found.push(`${key}: ${text} (${name})`);
    if (locale === "en" && (text.match(/“/g)?.length ?? 0) !== (text.match(/”/g)?.length ?? 0))
      found.push(`${key}: ${text} (”…” is Swedish; English opens with “)`);
  }
  return found;
}

describe("quotation marks in UI messages", () => {
  it("Swedish messages quote only with ”…”", async () => {
    expect(mixedQuotes("sv", await loadMessages("sv"))).toEqual([]);
  });

  it("English messages quote only with “…”", async () => {
    expect(mixedQuotes("en", await loadMessages("en"))).toEqual([]);
  });

  it("finds each mixed style (hand-made examples)", () => {
    const sv = { a: "Ta bort 'x'?", b: 'Ta bort "x"?', c: "Ta bort „x“?", d: "Ta bort ”x”?", e: "Ta bort ''{name}''?" };
    expect(mixedQuotes("sv", sv).map((line) => line.split(":")[0])).toEqual(["a", "b", "c", "e"]);
    const en = {
      a: "Remove 'x'?",
      b: 'Remove "x"?',
      c: "Remove ”x”?",
      d: "Remove “x”?",
      e: "the board's name",
      f: "all days' care",
    };
    expect(mixedQuotes("en", en).map((line) => line.split(":")[0])).toEqual(["a", "b", "c"]);
  });
});
