import { createTranslator } from "use-intl/core";
import { describe, expect, it } from "vitest";
import { computeBoard, type PksBoard } from "@/lib/engine";
import { makeObject, makeResource } from "@/lib/engine/test-factories";
import { setFormatLocale } from "@/lib/format";
import en from "@/messages/en/balance.json";
import sv from "@/messages/sv/balance.json";
import { computeBalanceVerdict, describeBalanceVerdict, describeVerdictCoverage } from "./verdict";

const svT = createTranslator({ locale: "sv", messages: sv, namespace: "balance.verdict" });
const enT = createTranslator({ locale: "en", messages: en, namespace: "balance.verdict" });
const say = (board: PksBoard, t = svT) => {
  const verdict = computeBalanceVerdict(board, computeBoard(board));
  return {
    verdict,
    text: describeBalanceVerdict(verdict, t as never),
    coverage: describeVerdictCoverage(verdict, t as never),
  };
};

/** Läkare 40 h a week, at 50 / 60 / 70 % in weeks 28–30 (20, 24, 28 h); need 30 h every week. */
function summerBoard(
  overrides: Partial<PksBoard["board"]> = {},
  availability: Record<string, number> = { "2027-W28": 0.5, "2027-W29": 0.6, "2027-W30": 0.7 },
): PksBoard {
  return {
    format: "pks-board",
    version: 2,
    board: { name: "T", ...overrides },
    horizon: { start: "2027-W01", weeks: 52 },
    resources: [
      makeResource({ availability }),
      makeResource({ id: "rum", name: "Mottagningsrum", kind: "room", count: 2 }),
    ],
    planningObjects: [makeObject({ timePerActivity: { lak: 3, rum: 1 } })],
  };
}

describe("computeBalanceVerdict", () => {
  it("names the short weeks, the resource and the worst week on a tactical board", () => {
    const { verdict, text, coverage } = say(summerBoard());
    expect(verdict.balanced).toBe(false);
    expect(verdict.shortPeriods).toBe(3);
    expect(verdict.worst).toMatchObject({ resourceId: "lak", periodLabel: "v. 28", gap: -10 });
    expect(text).toBe("Kapacitetsbrist i 3 av 52 veckor (Läkare), störst v. 28: −10 h");
    // (49 · 40 + 20 + 24 + 28) / (52 · 30) = 2032 / 1560 = 130 %; rooms have 80/10 = 800 %.
    expect(coverage).toBe("Täckningsgrad över hela perioden (Läkare): 130 %");
  });

  it("writes the worst week in English as week 28, not v. 28", () => {
    setFormatLocale("en");
    try {
      expect(say(summerBoard(), enT).text).toBe("Capacity shortage in 3 of 52 weeks (Läkare), largest week 28: -10 h");
    } finally {
      setFormatLocale("sv");
    }
  });

  it("uses the singular for one short week", () => {
    expect(say(summerBoard({}, { "2027-W28": 0.5 })).text).toBe(
      "Kapacitetsbrist i 1 vecka av 52 (Läkare), v. 28: −10 h",
    );
  });

  it("judges a strategic board per quarter: the summer dip is made up within the quarter", () => {
    // Q3 = weeks 26–39 (Thursdays 1 July … 30 September): 14 · 40 − 18 = 542 h against 14 · 30 = 420 h.
    const { verdict, text } = say(summerBoard({ level: "strategic" }));
    expect(verdict).toMatchObject({ period: "quarter", totalPeriods: 4, balanced: true });
    expect(text).toBe("I balans");
  });

  it("counts quarters on a strategic board when a quarter is short", () => {
    const closed = Object.fromEntries(Array.from({ length: 13 }, (_, i) => [`2027-W${27 + i}`, 0.5]));
    const { text } = say(summerBoard({ level: "strategic" }, closed));
    // Q3: week 26 at 40 h and weeks 27–39 at 20 h = 300 h against 420 h → −120 h.
    expect(text).toBe("Kapacitetsbrist i 1 kvartal av 4 (Läkare), kv. 3 2027: −120 h");
  });

  it("says years on a political board, and in English", () => {
    const board = {
      ...summerBoard({ level: "political" }),
      planningObjects: [makeObject({ timePerActivity: { lak: 4.5 } })],
    };
    // 52 · 45 = 2340 h against 49 · 40 + 72 = 2032 h → −308 h.
    expect(say(board).text).toBe("Kapacitetsbrist i 1 år av 1 (Läkare), 2027: −308 h");
    expect(say(board, enT).text).toBe("Capacity shortage in 1 year of 1 (Läkare), 2027: −308 h");
  });

  it("lists at most two short resources, most short periods first", () => {
    const board = summerBoard();
    board.resources.push(makeResource({ id: "ssk", name: "Sjuksköterska", availability: { "2027-W30": 0.5 } }));
    board.resources.push(
      makeResource({ id: "op", name: "Operationssal", kind: "room", availability: { "2027-W31": 0 } }),
    );
    board.planningObjects[0].timePerActivity = { lak: 3, ssk: 3, op: 1 };
    const { verdict, text } = say(board);
    expect(verdict.shortResources.map((r) => r.id)).toEqual(["lak", "ssk", "op"]);
    // Weeks 28, 29, 30 (lak, ssk) and 31 (op); the worst is op in week 31: 0 − 10.
    expect(text).toBe("Kapacitetsbrist i 4 av 52 veckor (Läkare, Sjuksköterska + 1 till), störst v. 28: −10 h");
  });
});
