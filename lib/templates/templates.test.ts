/**
 * The templates are the seeds' own words: every string is checked against the seed files in
 * `../shared/seeds/` (beside the repository), with the text extraction's line breaks and double
 * spaces joined to single spaces.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  CHECKLIST_ACTIVITIES,
  CHECKLIST_DONT_KNOW_GUIDANCE,
  SELF_ASSESSMENT_ANSWERS,
  SELF_ASSESSMENT_AREAS,
  SELF_ASSESSMENT_READING_RULE,
} from "./self-assessment";
import {
  START_AGREEMENT_CHANGE_EXAMPLES,
  START_AGREEMENT_CHANGE_PROMPT,
  START_AGREEMENT_GOAL_EXAMPLES,
  START_AGREEMENT_GOAL_PROMPT,
  START_AGREEMENT_HEADINGS,
  START_AGREEMENT_PARTIES,
} from "./start-agreement";

const SEEDS = path.resolve(import.meta.dirname, "../../../shared/seeds");

/** `cat -n` lines from..to (inclusive) of a seed, joined like the templates. */
function seedText(prefix: string, from: number, to: number): string {
  const file = readFileSync(path.join(SEEDS, `${prefix}_${seedSuffix(prefix)}.txt`), "utf8");
  const lines = file.split("\n").slice(from - 1, to);
  return lines
    .join(" ")
    .replace(/\s+/g, " ")
    .replace(/([A-ZÅÄÖ]{2,})- ([a-zåäö])/g, "$1-$2");
}

function seedSuffix(prefix: string): string {
  return { "000": "ca363414e8429522", "001": "f0131a2a71c4c50b" }[prefix] ?? "";
}

describe("self-assessment (annex C of seed 001, lines 1024–1459)", () => {
  const annexC = seedText("001", 1024, 1459);

  it("has the eight areas and 40 statements, as many as the seed's answer rows", () => {
    const rows = readFileSync(path.join(SEEDS, "001_f0131a2a71c4c50b.txt"), "utf8")
      .split("\n")
      .slice(1023, 1459)
      .filter((line) => line.includes("☐ ☐ ☐ ☐"));
    const statements = SELF_ASSESSMENT_AREAS.flatMap((a) => a.statements);
    expect(SELF_ASSESSMENT_AREAS).toHaveLength(8);
    expect(rows).toHaveLength(40);
    expect(statements).toHaveLength(40);
    expect(new Set(statements.map((s) => s.id)).size).toBe(40);
  });

  it("copies every heading, statement and comment verbatim from the seed", () => {
    for (const area of SELF_ASSESSMENT_AREAS) {
      expect(annexC).toContain(area.heading);
      for (const s of area.statements) expect(annexC, s.id).toContain(s.text);
      expect(area.comment.length).toBeGreaterThan(100);
      expect(seedText("001", area.lines[0], area.lines[1])).toContain(area.comment);
    }
    expect(SELF_ASSESSMENT_AREAS[0].statements[0].text).toBe(
      "Det finns ett tydligt och uttalat beslut om att alla verksamheter i organisationen ska bedriva ett systematiskt PKS-arbete som tar utgångspunkt i patienternas behov.",
    );
  });

  it("has the four answers and the reading rule of lines 1055–1070", () => {
    expect(SELF_ASSESSMENT_ANSWERS).toEqual([
      "Instämmer i hög grad",
      "Instämmer delvis",
      "Instämmer inte alls",
      "Vet ej/ej relevant",
    ]);
    expect(seedText("001", 1060, 1070)).toContain(SELF_ASSESSMENT_READING_RULE);
  });

  it("has annex D's six activities with descriptions and the 'vet ej' guidance", () => {
    const annexD = seedText("001", 1460, 1584);
    expect(CHECKLIST_ACTIVITIES).toHaveLength(6);
    for (const a of CHECKLIST_ACTIVITIES) {
      expect(annexD).toContain(`${a.heading} ${a.description}`);
    }
    expect(seedText("001", 1497, 1500)).toContain(CHECKLIST_DONT_KNOW_GUIDANCE);
    expect(CHECKLIST_DONT_KNOW_GUIDANCE.startsWith("I de fall frågan besvaras med ”Vet ej”")).toBe(true);
  });
});

describe("start agreement (seed 000, lines 494–546)", () => {
  const text = seedText("000", 494, 546);

  it("has the five headings of lines 509–513", () => {
    expect(START_AGREEMENT_HEADINGS).toEqual([
      "Mål",
      "Förväntningar",
      "Klinikens/enhetens arbetsgrupp",
      "Tidplan",
      "Uppföljning",
    ]);
    for (const h of START_AGREEMENT_HEADINGS) expect(seedText("000", 509, 513)).toContain(`• ${h.toLowerCase()}`);
  });

  it("has the two prompts with six examples and three example goals, verbatim", () => {
    expect(text).toContain(START_AGREEMENT_CHANGE_PROMPT);
    expect(text).toContain(START_AGREEMENT_GOAL_PROMPT);
    expect(START_AGREEMENT_CHANGE_EXAMPLES).toHaveLength(6);
    expect(START_AGREEMENT_GOAL_EXAMPLES).toHaveLength(3);
    for (const example of [...START_AGREEMENT_CHANGE_EXAMPLES, ...START_AGREEMENT_GOAL_EXAMPLES]) {
      expect(text).toContain(example);
    }
    expect(START_AGREEMENT_GOAL_EXAMPLES[1]).toContain("inom medicinskt måldatum");
    expect(START_AGREEMENT_GOAL_EXAMPLES[2]).toContain("under mottagningens öppettider");
  });

  it("names the parties of line 545", () => {
    for (const party of START_AGREEMENT_PARTIES) expect(seedText("000", 545, 545)).toContain(party.toLowerCase());
  });
});
