import { describe, expect, it } from "vitest";
import { computeBoard, formatWeek, parseBoard } from "@/lib/engine";
import { DEMO_PASSWORD, demoOrganisation } from "./organisation";
import {
  createOrthoBoard,
  demoSeedDay,
  isoYearOf,
  ORTHO_ELECTIVE_IDS,
  orthoHistoryWeeks,
  passedWeeks,
} from "./ortho-board";

const board = createOrthoBoard();

function mean(values: number[]): number {
  return values.reduce((a, b) => a + b, 0) / values.length;
}

function yearValues(history: Record<string, number>, year: number, weeks?: number[]): number[] {
  return Object.entries(history)
    .filter(([k]) => k.startsWith(`${year}-W`))
    .filter(([k]) => !weeks || weeks.includes(Number(k.slice(6))))
    .map(([, v]) => v);
}

describe("ortopedtavlan (demo board)", () => {
  it("is the tactical 2027 plan for Ortopedkliniken, 52 weeks from 2027-W01", () => {
    expect(board.format).toBe("pks-board");
    expect(board.version).toBe(2);
    expect(board.board).toEqual({
      name: "Ortopedkliniken — produktionsplan 2027",
      unit: "Ortopedkliniken",
      level: "tactical",
      deviationThresholdPct: 10,
    });
    expect(board.horizon).toEqual({ start: "2027-W01", weeks: 52 });
    expect(board.calendar?.lowProductionAvailability).toBe(0.5);
    expect(board.calendar?.lowProductionWeeks).toEqual(
      expect.arrayContaining(["2027-W01", "2027-W27", "2027-W30", "2027-W32", "2027-W52"]),
    );
  });

  it("is deterministic: the same seed gives the same board, another seed other noise", () => {
    expect(JSON.stringify(createOrthoBoard({ seed: 7 }))).toBe(JSON.stringify(createOrthoBoard({ seed: 7 })));
    expect(JSON.stringify(createOrthoBoard())).toBe(JSON.stringify(board));
    expect(JSON.stringify(createOrthoBoard({ seed: 8 }))).not.toBe(JSON.stringify(createOrthoBoard({ seed: 7 })));
  });

  it("has the five resources with the clinic's staffing", () => {
    const summary = board.resources.map((r) => [r.id, r.name, r.kind, r.count, r.hoursPerWeek, r.utilization]);
    expect(summary).toEqual([
      ["lak", "Läkare", "staff", 14, 40, 0.65],
      ["ssk", "Sjuksköterska", "staff", 20, 40, 0.7],
      ["usk", "Undersköterska", "staff", 10, 40, 0.7],
      ["opsal", "Operationssal", "room", 3, 45, 0.85],
      ["mottrum", "Mottagningsrum", "room", 8, 45, 0.8],
    ]);
    const lak = board.resources[0];
    expect(lak.availability?.["2027-W29"]).toBe(0.45);
    expect(lak.availability?.["2027-W11"]).toBe(0.8);
  });

  it("has about ten planning objects with unique ids, the acute ones first", () => {
    expect(board.planningObjects.length).toBeGreaterThanOrEqual(10);
    const ids = board.planningObjects.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.slice(0, 2)).toEqual(["akut-bedomning", "frakturkirurgi"]);
    for (const p of board.planningObjects) {
      expect(p.service, p.id).toBeTruthy();
      expect(p.providerCategory, p.id).toBeTruthy();
      expect(p.priority, p.id).toBeTruthy();
    }
  });

  it("keeps contact types (besök, telefon, video) apart from care forms (slutenvård, dagkirurgi)", () => {
    const contactTypes = new Set(board.planningObjects.map((p) => p.contactType).filter(Boolean));
    expect([...contactTypes].sort()).toEqual(["besök", "telefon", "video"]);
    const operations = board.planningObjects.filter((p) => p.service.startsWith("Operation"));
    expect(operations.length).toBeGreaterThanOrEqual(5);
    for (const p of operations) {
      expect(p.contactType, p.id).toBeUndefined();
      expect(p.service, p.id).toMatch(/\((slutenvård|dagkirurgi)\)$/);
    }
  });

  it("has two full ISO years of integer weekly history per object (2025: 52 weeks, 2026: 53)", () => {
    for (const p of board.planningObjects) {
      const keys = Object.keys(p.history ?? {});
      expect(keys, p.id).toHaveLength(105);
      expect(keys, p.id).toEqual(orthoHistoryWeeks());
      expect(
        keys.filter((k) => k.startsWith("2025-W")),
        p.id,
      ).toHaveLength(52);
      expect(
        keys.filter((k) => k.startsWith("2026-W")),
        p.id,
      ).toHaveLength(53);
      expect(keys, p.id).toContain("2026-W53");
      expect(keys, p.id).not.toContain("2025-W53");
      for (const v of Object.values(p.history ?? {})) {
        expect(Number.isInteger(v) && v >= 0, `${p.id}: ${v}`).toBe(true);
      }
    }
  });

  it("follows the domain's magnitudes in a normal week", () => {
    const normal = (id: string) => {
      const h = board.planningObjects.find((p) => p.id === id)?.history ?? {};
      return mean([10, 11, 12, 13, 20, 21, 22, 23, 42, 43, 44].map((w) => h[formatWeek(2026, w)]));
    };
    expect(normal("nyb-lak-besok")).toBeGreaterThan(50);
    expect(normal("nyb-lak-besok")).toBeLessThan(70);
    expect(normal("ater-lak-besok")).toBeGreaterThan(75);
    expect(normal("ater-lak-besok")).toBeLessThan(105);
    expect(normal("ssk-telefon")).toBeGreaterThan(100);
    expect(normal("hoftprotes")).toBeGreaterThan(5);
    expect(normal("hoftprotes")).toBeLessThan(11);
    expect(normal("knaprotes")).toBeLessThan(9);
  });

  describe.each([2027, 1, 42, 99])("seasonality with seed %i", (seed) => {
    const b = createOrthoBoard({ seed });
    const elective = b.planningObjects.filter((p) => ORTHO_ELECTIVE_IDS.includes(p.id));

    it("summer inflow in weeks 27–32 dips only to about 70–85 % of a normal week", () => {
      expect(elective.length).toBeGreaterThanOrEqual(8);
      const normalWeeks = [3, 4, 5, 6, 7, 9, 10, 11, 12, 13, 14, 16, 17, 18, 19, 20, 21, 22, 23, 24];
      for (const p of elective) {
        const normal = mean([2025, 2026].flatMap((y) => yearValues(p.history ?? {}, y, normalWeeks)));
        const summer = mean([2025, 2026].flatMap((y) => yearValues(p.history ?? {}, y, [27, 28, 29, 30, 31, 32])));
        expect(summer / normal, p.id).toBeGreaterThan(0.66);
        expect(summer / normal, p.id).toBeLessThan(0.9);
      }
    });

    it("post-summer weeks 33–38 peak above the yearly mean", () => {
      for (const p of elective) {
        for (const year of [2025, 2026]) {
          const yearly = mean(yearValues(p.history ?? {}, year));
          const peak = mean(yearValues(p.history ?? {}, year, [33, 34, 35, 36, 37, 38]));
          expect(peak, `${p.id} ${year}`).toBeGreaterThan(yearly);
        }
      }
    });

    it("Christmas and New Year run at about half", () => {
      for (const p of elective) {
        const h = p.history ?? {};
        const normal = mean(yearValues(h, 2026, [40, 41, 42, 43, 44, 45]));
        const christmas = mean([h["2025-W52"], h["2026-W01"], h["2026-W52"], h["2026-W53"]]);
        expect(christmas / normal, p.id).toBeLessThan(0.7);
      }
    });
  });

  it("grows a little from year to year", () => {
    const total = (year: number) =>
      board.planningObjects.reduce((s, p) => s + yearValues(p.history ?? {}, year).reduce((a, b) => a + b, 0), 0);
    const growth = total(2026) / total(2025) - 1;
    expect(growth).toBeGreaterThan(0);
    expect(growth).toBeLessThan(0.08);
  });

  it("has the waiting-list goal 600 → 165 by week 24 on nybesök läkare, an adjustment and growth", () => {
    const nyb = board.planningObjects.find((p) => p.id === "nyb-lak-besok");
    expect(nyb?.waitingList).toEqual({ current: 600, target: 165, targetWeek: "2027-W24" });
    expect(nyb?.adjustments).toEqual([{ from: "2027-W10", to: "2027-W52", perWeek: 3 }]);
    expect(
      board.planningObjects.filter((p) => (p.growthPct ?? 0) >= 1 && (p.growthPct ?? 0) <= 3).length,
    ).toBeGreaterThan(3);
  });

  it("has two acute objects dimensioned from 60 days of Poisson-like daily demand", () => {
    const acute = board.planningObjects.filter((p) => p.acute);
    expect(acute.map((p) => [p.id, p.acute?.coveragePct, p.acute?.daysPerWeek])).toEqual([
      ["akut-bedomning", 85, 7],
      ["frakturkirurgi", 90, 7],
    ]);
    for (const p of acute) {
      const days = p.acute?.dailyDemand ?? [];
      expect(days.length).toBe(60);
      expect(days.every((v) => Number.isInteger(v) && v >= 0)).toBe(true);
      expect(p.waitingList, p.id).toBeUndefined();
    }
    // Poisson: the variance is about the mean (a weekday pattern adds a little).
    const days = acute[0].acute?.dailyDemand ?? [];
    const m = mean(days);
    const variance = mean(days.map((v) => (v - m) ** 2));
    expect(variance / m).toBeGreaterThan(0.7);
    expect(variance / m).toBeLessThan(2);
  });

  it("resolves every reference", () => {
    const resourceIds = new Set(board.resources.map((r) => r.id));
    const objectIds = new Set(board.planningObjects.map((p) => p.id));
    for (const p of board.planningObjects) {
      for (const r of Object.keys(p.timePerActivity ?? {})) expect(resourceIds, `${p.id} → ${r}`).toContain(r);
    }
    for (const m of board.measures ?? []) {
      if (m.kind === "capacity") expect(resourceIds, m.id).toContain(m.resourceId);
      else expect(objectIds, m.id).toContain(m.planningObjectId);
    }
    for (const row of board.schedule ?? []) {
      expect(resourceIds).toContain(row.resourceId);
      expect(objectIds).toContain(row.planningObjectId);
      expect(row.weekday).toBeGreaterThanOrEqual(1);
      expect(row.weekday).toBeLessThanOrEqual(7);
    }
    for (const id of Object.keys(board.outcomes ?? {})) expect(objectIds).toContain(id);
    for (const id of Object.keys(board.actualCapacity ?? {})) expect(resourceIds).toContain(id);
    const measureIds = (board.measures ?? []).map((m) => m.id);
    expect(new Set(measureIds).size).toBe(measureIds.length);
  });

  it("has measures in every status, with Swedish titles", () => {
    const byStatus = Object.fromEntries((board.measures ?? []).map((m) => [m.status, m]));
    expect(Object.keys(byStatus).sort()).toEqual(["decided", "proposed", "realized"]);
    expect(byStatus.decided).toMatchObject({
      title: "Hyrläkare v10–52",
      kind: "capacity",
      resourceId: "lak",
      hoursPerWeek: 20,
      from: "2027-W10",
      to: "2027-W52",
    });
    expect(byStatus.proposed.kind).toBe("capacity");
    for (const m of board.measures ?? []) {
      expect(m.lever, m.id).toBeTruthy();
      expect(m.basis, m.id).toBeTruthy();
      expect(m.owner, m.id).toBeTruthy();
    }
  });

  it("moves återbesök from physical to video instead of only cutting them", () => {
    const digital = (board.measures ?? []).filter((m) => m.title.startsWith("Digitala återbesök"));
    expect(
      digital.map((m) => [m.kind === "need" && m.planningObjectId, m.kind === "need" && m.volumePct, m.basis]),
    ).toEqual([
      ["ater-lak-besok", -10, "change"],
      ["ater-lak-video", 40, "change"],
    ]);
    const result = computeBoard(board);
    const none = computeBoard({ ...board, measures: [] });
    const moved = (id: string) => result.planningObjects[id].demand[5] - none.planningObjects[id].demand[5];
    // About 9 physical visits a week become about 9 video visits.
    expect(moved("ater-lak-besok")).toBeLessThan(-7);
    expect(moved("ater-lak-video")).toBeGreaterThan(7);
    expect(Math.abs(moved("ater-lak-besok") + moved("ater-lak-video"))).toBeLessThan(2.5);
  });

  it("has outcomes for the first six weeks, close to the inflow, and actual physician capacity", () => {
    const weeks = ["2027-W01", "2027-W02", "2027-W03", "2027-W04", "2027-W05", "2027-W06"];
    const outcomes = board.outcomes ?? {};
    expect(Object.keys(outcomes).length).toBeGreaterThanOrEqual(2);
    for (const [id, rows] of Object.entries(outcomes)) {
      expect(Object.keys(rows), id).toEqual(weeks);
    }
    const nyb = outcomes["nyb-lak-besok"];
    // The waiting list goes down from 600 once the reduction starts.
    expect(nyb["2027-W06"].waiting).toBeLessThan(600);
    expect(nyb["2027-W06"].waiting).toBeGreaterThan(450);
    expect(Object.keys(board.actualCapacity?.lak ?? {})).toEqual(weeks);
    // 14 × 40 h × 0,65 = 364 h planned for patient work.
    expect(board.actualCapacity?.lak["2027-W03"]).toBeGreaterThan(290);
    expect(board.actualCapacity?.lak["2027-W03"]).toBeLessThanOrEqual(364);
  });

  it("can be built for another plan year", () => {
    const b = createOrthoBoard({ startYear: 2028 });
    expect(b.horizon.start).toBe("2028-W01");
    expect(b.board.name).toBe("Ortopedkliniken — produktionsplan 2028");
    // 2026 (53 weeks) + 2027 (52 weeks)
    expect(Object.keys(b.planningObjects[0].history ?? {})).toHaveLength(105);
    expect(b.planningObjects[0].history?.["2026-W53"]).toBeDefined();
  });
});

describe("Region Exempel (demo organisation)", () => {
  it("has the four units, a user on every level and two more people to invite", () => {
    expect(demoOrganisation.name).toBe("Region Exempel");
    expect(demoOrganisation.units.map((u) => u.name)).toEqual([
      "Ortopedkliniken",
      "Kirurgkliniken",
      "Vårdcentralen Norrby",
      "Medicinkliniken",
    ]);
    expect(demoOrganisation.users.map((u) => [u.level, u.name, u.email])).toEqual([
      ["politisk", "Eva Lindqvist", "eva.politisk@exempel.se"],
      ["strategisk", "Anders Berg", "anders.strategisk@exempel.se"],
      ["taktisk", "Maria Svensson", "maria.taktisk@exempel.se"],
      ["operativ", "Johan Nilsson", "johan.operativ@exempel.se"],
      ["taktisk", "Karin Ek", "karin.taktisk@exempel.se"],
      ["operativ", "Lars Öberg", "lars.operativ@exempel.se"],
    ]);
    expect(DEMO_PASSWORD).toBe("demo1234");
  });

  it("gives Maria the ortho board, Anders edit rights, Johan comments and Eva read access", () => {
    const ortho = demoOrganisation.boards.find((b) => b.key === "ortopedi-2027");
    expect(ortho?.name).toBe(createOrthoBoard().board.name);
    const roles = Object.fromEntries(ortho?.members.map((m) => [m.userKey, m.role]) ?? []);
    expect(roles).toEqual({ maria: "owner", anders: "editor", johan: "commenter", eva: "viewer" });
    const userKeys = new Set(demoOrganisation.users.map((u) => u.key));
    const unitKeys = new Set(demoOrganisation.units.map((u) => u.key));
    for (const m of ortho?.members ?? []) expect(userKeys).toContain(m.userKey);
    for (const u of demoOrganisation.users) if (u.unitKey) expect(unitKeys).toContain(u.unitKey);
    expect(unitKeys).toContain(ortho?.unitKey);
  });
});

describe("ortopedtavlan through the planning engine", () => {
  const json = () => JSON.parse(JSON.stringify(createOrthoBoard())) as unknown;

  it("passes strict validation of the exchange format", () => {
    const parsed = parseBoard(json());
    expect(parsed.ok ? [] : parsed.errors).toEqual([]);
    for (const seed of [1, 42]) {
      const other = parseBoard(JSON.parse(JSON.stringify(createOrthoBoard({ seed }))));
      expect(other.ok ? [] : other.errors).toEqual([]);
    }
  });

  it("is not balanced in plan mode: läkare is the limiting resource", () => {
    const result = computeBoard(board, { mode: "plan" });
    expect(result.balanced).toBe(false);
    expect(result.limitingResource).toBe("lak");
    const lak = result.resources.lak;
    expect(lak.coverage).toBeGreaterThan(0.9);
    expect(lak.coverage).toBeLessThan(1);
    // Short in the summer (capacity at 45 % while inflow stays at 70–85 %) and in many more weeks…
    for (const w of [27, 28, 29, 30, 31, 32]) expect(lak.gap[w - 1], `v. ${w}`).toBeLessThan(0);
    expect(lak.shortPeriods).toBeGreaterThan(20);
    // …while the other resources cover their need over the year but not every summer week.
    for (const id of ["ssk", "usk", "opsal", "mottrum"]) {
      expect(result.resources[id].coverage, id).toBeGreaterThanOrEqual(1);
      expect(result.resources[id].coverage, id).toBeLessThan(2.2);
    }
    expect(result.resources.ssk.shortPeriods).toBeGreaterThan(0);
  });

  it("counts the decided hyrläkare measure: läkare coverage improves, by 20 h a week from v10", () => {
    const withMeasure = computeBoard(board, { mode: "plan" }).resources.lak;
    const without = computeBoard(
      { ...board, measures: (board.measures ?? []).filter((m) => m.status !== "decided") },
      { mode: "plan" },
    ).resources.lak;
    expect(withMeasure.coverage as number).toBeGreaterThan((without.coverage as number) + 0.04);
    expect(withMeasure.available[9] - without.available[9]).toBeCloseTo(20);
    expect(withMeasure.available[8] - without.available[8]).toBeCloseTo(0);
  });

  it("the proposed evening clinic covers the year's sum for läkare, but the summer weeks stay short", () => {
    const plan = computeBoard(board, { mode: "plan" });
    const scenario = computeBoard(board, { mode: "scenario" });
    expect(plan.resources.lak.coverage as number).toBeLessThan(1);
    expect(scenario.resources.lak.coverage as number).toBeGreaterThanOrEqual(1);
    // A sum over the year would say "in balance"; per week it is not (ENGINE.md v2).
    expect(scenario.balanced).toBe(false);
    for (const w of [27, 28, 29, 30, 31, 32]) expect(scenario.resources.lak.gap[w - 1], `v. ${w}`).toBeLessThan(0);
  });

  it("serves acute care first: the acute objects get all that arrives while P90 operations give way", () => {
    const result = computeBoard(board);
    for (const id of ["akut-bedomning", "frakturkirurgi"]) {
      const entry = result.planningObjects[id];
      expect(entry.rank).toBe(0);
      entry.demand.forEach((d, w) => {
        expect(entry.planned[w], `${id} week ${w + 1}`).toBeCloseTo(d, 6);
      });
    }
    const hip = result.planningObjects.hoftprotes;
    expect(hip.planned[28]).toBeLessThan(hip.production[28] - 0.5);
  });

  it("counts the realised digital measure in plan mode: fewer physical återbesök", () => {
    const plan = computeBoard(board, { mode: "plan" }).planningObjects["ater-lak-besok"];
    const none = computeBoard({ ...board, measures: [] }, { mode: "plan" }).planningObjects["ater-lak-besok"];
    expect(plan.demand[5] / none.demand[5]).toBeCloseTo(0.9);
  });

  it("shows credible weekly demand and an acute dimension for 85 % of days", () => {
    const result = computeBoard(board, { mode: "plan" });
    const nyb = result.planningObjects["nyb-lak-besok"];
    expect(nyb.demand[5]).toBeGreaterThan(55); // v6
    expect(nyb.demand[5]).toBeLessThan(75);
    expect(nyb.demand[29]).toBeGreaterThan(0.6 * nyb.demand[5]); // v30, summer: 70–85 %
    expect(nyb.demand[29]).toBeLessThan(0.9 * nyb.demand[5]);
    expect(nyb.production[5]).toBeGreaterThan(nyb.demand[5] + 15); // waiting-list reduction
    const acute = result.planningObjects["akut-bedomning"].acuteDimension as number;
    expect(acute).toBeGreaterThanOrEqual(10);
    expect(acute).toBeLessThanOrEqual(15);
  });

  it("follows up the first six weeks close to the plan", () => {
    const result = computeBoard(board, { mode: "plan" });
    for (const id of Object.keys(board.outcomes ?? {})) {
      const followUp = result.planningObjects[id].followUp;
      expect(followUp?.weeks, id).toHaveLength(6);
      // A weekly forecast error of about 10–15 %.
      expect(followUp?.inflowMape as number, id).toBeGreaterThan(0.02);
      expect(followUp?.inflowMape as number, id).toBeLessThan(0.2);
      const produced = Object.values(board.outcomes?.[id] ?? {}).reduce((s, o) => s + (o.produced ?? 0), 0);
      expect(Math.abs(followUp?.cumulativeDeviation[5] ?? 0) / produced, id).toBeLessThan(0.1);
    }
    const deviation = result.resources.lak.capacityDeviation;
    expect(deviation?.weeks).toHaveLength(6);
    for (const v of deviation?.values ?? []) expect(Math.abs(v)).toBeLessThan(50);
  });

  it("has a behovsmatris that nearly covers the plan", () => {
    const result = computeBoard(board, { mode: "plan" });
    for (const id of ["nyb-lak-besok", "ater-lak-besok", "hoftprotes", "knaprotes", "artroskopi"]) {
      const coverage = result.planningObjects[id].schedule?.coverage as number;
      expect(coverage, id).toBeGreaterThan(0.8);
      expect(coverage, id).toBeLessThan(1.2);
    }
  });
});

describe("seeding day", () => {
  it("sets the plan year from the seeding day and gives outcomes only for the weeks that have passed", () => {
    // 2027-W06 ends on Sunday 14 February 2027; on Monday 15 February six weeks have passed.
    const b = createOrthoBoard({ today: demoSeedDay({ PKS_DEMO_TODAY: "2027-02-15" }) });
    expect(b.horizon.start).toBe("2027-W01");
    expect(Object.keys(b.outcomes?.["nyb-lak-besok"] ?? {})).toHaveLength(6);
    expect(JSON.stringify(b)).toBe(JSON.stringify(createOrthoBoard()));
    // Seeded on 1 December 2026 (a Tuesday in week 49): plan year 2026, weeks 1–48 have passed.
    const late = createOrthoBoard({ today: new Date("2026-12-01T09:00:00Z") });
    expect(late.board.name).toBe("Ortopedkliniken — produktionsplan 2026");
    const weeks = Object.keys(late.outcomes?.["nyb-lak-besok"] ?? {});
    expect(weeks[0]).toBe("2026-W01");
    expect(weeks.at(-1)).toBe("2026-W48");
    expect(isoYearOf(new Date("2027-01-01T12:00:00Z"))).toBe(2026); // a Friday in 2026-W53
    expect(passedWeeks(2027, new Date("2027-01-10T23:00:00Z"))).toBe(0);
  });
});
