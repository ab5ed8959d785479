/** The production-goals agreement's guidance is the seeds' own words (see production-goals.ts). */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CARE_CATALOGUE_PURPOSE } from "./care-catalogue";
import { PRODUCTION_GOALS_GUIDANCE, PRODUCTION_GOALS_RESULT, PRODUCTION_PLAN_STEERS } from "./production-goals";

const SEEDS = path.resolve(import.meta.dirname, "../../../shared/seeds");
const FILES: Record<string, string> = { "001": "001_f0131a2a71c4c50b.txt", "002": "002_0ef1118fcc43cb21.txt" };

/** `cat -n` lines from..to (inclusive) of a seed, line breaks and runs of spaces joined to one space. */
function seedText(seed: string, from: number, to: number): string {
  const lines = readFileSync(path.join(SEEDS, FILES[seed]), "utf8")
    .split("\n")
    .slice(from - 1, to);
  return lines.join(" ").replace(/\s+/g, " ").trim();
}

describe("production-goals template", () => {
  it("quotes seed 001 1808–1811, 1813–1827, 1829–1833 and 2531–2535 verbatim", () => {
    expect(PRODUCTION_GOALS_GUIDANCE).toEqual([
      seedText("001", 1808, 1811),
      seedText("001", 1813, 1827),
      seedText("001", 1829, 1833),
      seedText("001", 2531, 2535),
    ]);
  });

  it("quotes seed 002 296 and 263 without their list markers", () => {
    expect(seedText("002", 296, 296)).toBe(`- ▶ **Balansering:** ${PRODUCTION_GOALS_RESULT}`);
    expect(seedText("002", 263, 263)).toBe(`- ${PRODUCTION_PLAN_STEERS}`);
  });
});

describe("care-catalogue template", () => {
  it("quotes seed 001 2560–2564 from 'Detta är' to 'nya beslut.'", () => {
    const text = seedText("001", 2560, 2564);
    expect(text.slice(text.indexOf("Detta är"), text.indexOf("nya beslut.") + "nya beslut.".length)).toBe(
      CARE_CATALOGUE_PURPOSE,
    );
  });
});
