/**
 * The reflection template is the seeds' own questions: for every group, its heading (where it is
 * the seed's) and its questions, in order, are exactly the words of its `cat -n` line ranges.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { REFLECTION_GROUPS } from "./reflection";

const SEEDS = path.resolve(import.meta.dirname, "../../../shared/seeds");
const FILES = {
  "000": "000_ca363414e8429522.txt",
  "003": "003_cfb13b2997e7757a.txt",
  "004": "004_48f12be3fd4285dd.txt",
};

/** The words of the lines, without list markers ("•", "-", "#"), emphasis and runs of spaces. */
function seedWords(seed: keyof typeof FILES, ranges: [number, number][]): string {
  const lines = readFileSync(path.join(SEEDS, FILES[seed]), "utf8").split("\n");
  return ranges
    .flatMap(([from, to]) => lines.slice(from - 1, to))
    .map((line) => line.replace(/^\s*(?:[•-]|#+)\s*/, ""))
    .join(" ")
    .replace(/\s+/g, " ")
    .trim();
}

describe("reflection template", () => {
  it.each(REFLECTION_GROUPS.map((g) => [g.id, g] as const))(
    "group %s is verbatim from its seed lines",
    (_id, group) => {
      const words = group.questions.flatMap((question) => [question.text, ...(question.sub ?? [])]);
      const expected = seedWords(group.source.seed, group.source.lines);
      const text = [
        ...(group.headingFromSeed ? [group.heading] : []),
        ...(group.lead ? [group.lead] : []),
        ...words,
      ].join(" ");
      // 000 479 starts mid-line ("… testa nya sätt att lägga schema. Hur blev"), 325 likewise ("Kommer
      // planen"), and 328 ends mid-sentence ("… bemanning ses? En sådan"): the questions end at its "?".
      const start = { outcome: "Hur blev", forward: "Kommer planen" }[group.id];
      let seedPart = start ? expected.slice(expected.indexOf(start)) : expected;
      if (group.id === "forward") seedPart = seedPart.slice(0, seedPart.lastIndexOf("?") + 1);
      expect(text).toBe(seedPart);
    },
  );

  it("has the nine groups of the issue, in order", () => {
    expect(
      REFLECTION_GROUPS.map((g) => `${g.source.seed}:${g.source.lines.map((r) => r.join("–")).join(",")}`),
    ).toEqual([
      "000:479–483",
      "000:670–670,672–681",
      "000:683–684,686–689",
      "000:691–692,694–702",
      "000:704–704,706–709",
      "000:325–328",
      "003:386–386,392–392,394–404",
      "003:406–406,408–414",
      "004:71–74,76–79",
    ]);
  });
});
