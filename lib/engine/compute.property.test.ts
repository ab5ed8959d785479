/** Invariants of the computation, checked on random small boards with fast-check. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { computeBoard } from "./compute";
import { createEngine } from "./engine";
import { weekRange } from "./iso-week";
import type { Measure, PksBoard } from "./schema";
import { parseBoard } from "./validate";

const RESOURCE_IDS = ["a", "b", "c"];
const OBJECT_IDS = ["p", "q", "r", "s"];
const START = "2026-W50"; // spans week 53 and the year boundary
const WEEKS = weekRange(START, 8);

const week = fc.constantFrom(...WEEKS, "2026-W01", "2027-W20");
const amount = fc.integer({ min: 0, max: 200 });

const boardArbitrary: fc.Arbitrary<PksBoard> = fc
  .record({
    resourceCount: fc.integer({ min: 1, max: 3 }),
    objectCount: fc.integer({ min: 1, max: 4 }),
    resources: fc.array(
      fc.record({
        count: fc.integer({ min: 0, max: 5 }),
        hours: amount,
        utilization: fc.double({ min: 0.1, max: 1, noNaN: true }),
      }),
      { minLength: 3, maxLength: 3 },
    ),
    objects: fc.array(
      fc.record({
        annualVolume: fc.integer({ min: 0, max: 3000 }),
        history: fc.dictionary(week, amount, { maxKeys: 4 }),
        growthPct: fc.integer({ min: -50, max: 50 }),
        perWeek: fc.integer({ min: -20, max: 20 }),
        current: amount,
        target: amount,
        times: fc.array(fc.constantFrom(0, 0.25, 0.5, 1.5), { minLength: 3, maxLength: 3 }),
        rank: fc.option(fc.integer({ min: 1, max: 3 }), { nil: undefined }),
        acute: fc.option(
          fc.record({
            dailyDemand: fc.array(fc.integer({ min: 0, max: 20 }), { minLength: 1, maxLength: 7 }),
            coveragePct: fc.integer({ min: 1, max: 100 }),
            daysPerWeek: fc.integer({ min: 1, max: 7 }),
          }),
          { nil: undefined, freq: 4 },
        ),
      }),
      { minLength: 4, maxLength: 4 },
    ),
    measures: fc.array(
      fc.record({
        capacity: fc.boolean(),
        status: fc.constantFrom("proposed", "decided", "realized" as const),
        target: fc.integer({ min: 0, max: 3 }),
        hours: fc.integer({ min: -50, max: 50 }),
        pct: fc.integer({ min: -100, max: 100 }),
        from: week,
        basis: fc.constantFrom(undefined, "decision" as const, "change" as const),
      }),
      { maxLength: 5 },
    ),
    low: fc.subarray(WEEKS),
    balancePeriod: fc.constantFrom(undefined, "week" as const, "month" as const, "tertial" as const, "year" as const),
  })
  .map(({ resourceCount, objectCount, resources, objects, measures, low, balancePeriod }) => {
    const resourceIds = RESOURCE_IDS.slice(0, resourceCount);
    const objectIds = OBJECT_IDS.slice(0, objectCount);
    return {
      format: "pks-board",
      version: 2,
      board: { name: "Property" },
      horizon: { start: START, weeks: WEEKS.length },
      calendar: { lowProductionWeeks: low, ...(balancePeriod ? { balancePeriod } : {}) },
      resources: resourceIds.map((id, r) => ({
        id,
        name: id,
        kind: "staff",
        count: resources[r].count,
        hoursPerWeek: resources[r].hours,
        utilization: resources[r].utilization,
      })),
      planningObjects: objectIds.map((id, p) => {
        const o = objects[p];
        return {
          id,
          service: id,
          annualVolume: o.annualVolume,
          history: o.history,
          growthPct: o.growthPct,
          adjustments: [{ perWeek: o.perWeek, from: WEEKS[2] }],
          timePerActivity: Object.fromEntries(resourceIds.map((rid, r) => [rid, o.times[r]])),
          ...(o.acute
            ? { acute: o.acute }
            : { waitingList: { current: o.current, target: o.target }, ...(o.rank ? { rank: o.rank } : {}) }),
        };
      }),
      measures: measures.map(
        (m, i): Measure =>
          m.capacity
            ? {
                id: `m${i}`,
                title: "t",
                status: m.status,
                kind: "capacity",
                resourceId: resourceIds[m.target % resourceIds.length],
                hoursPerWeek: m.hours,
                from: m.from,
                ...(m.basis ? { basis: m.basis } : {}),
              }
            : {
                id: `m${i}`,
                title: "t",
                status: m.status,
                kind: "need",
                planningObjectId: objectIds[m.target % objectIds.length],
                volumePct: m.pct,
                timePct: -m.pct / 2,
                from: m.from,
                ...(m.basis ? { basis: m.basis } : {}),
              },
      ),
    } satisfies PksBoard;
  });

const modes = fc.constantFrom("plan" as const, "scenario" as const);

describe("computation invariants", () => {
  it("generated boards are valid", () => {
    fc.assert(fc.property(boardArbitrary, (board) => parseBoard(board).ok));
  });

  it("gap = available − need", () => {
    fc.assert(
      fc.property(boardArbitrary, modes, (board, mode) => {
        for (const resource of Object.values(computeBoard(board, { mode }).resources)) {
          resource.gap.forEach((gap, w) => {
            expect(gap).toBe(resource.available[w] - resource.need[w]);
          });
        }
      }),
    );
  });

  it("planned ≤ production, waiting ≥ 0, and the feasible share is in [0, 1]", () => {
    fc.assert(
      fc.property(boardArbitrary, modes, (board, mode) => {
        for (const object of Object.values(computeBoard(board, { mode }).planningObjects)) {
          object.planned.forEach((planned, w) => {
            expect(planned).toBeLessThanOrEqual(object.production[w]);
            const share = object.production[w] === 0 ? 1 : planned / object.production[w];
            expect(share).toBeGreaterThanOrEqual(0);
            expect(share).toBeLessThanOrEqual(1 + 1e-12);
          });
          for (const waiting of object.waiting) expect(waiting).toBeGreaterThanOrEqual(0);
          for (const demand of object.demand) expect(demand).toBeGreaterThanOrEqual(0);
        }
      }),
    );
  });

  it("scenario with no measures equals plan", () => {
    fc.assert(
      fc.property(boardArbitrary, (board) => {
        const bare = { ...board, measures: [] };
        const { mode: _plan, ...plan } = computeBoard(bare, { mode: "plan" });
        const { mode: _scenario, ...scenario } = computeBoard(bare, { mode: "scenario" });
        expect(scenario).toEqual(plan);
      }),
    );
  });

  it("coverage = Σ available / Σ need; by week, balanced means no week is short", () => {
    fc.assert(
      fc.property(boardArbitrary, modes, (board, mode) => {
        const weekly = { ...board, calendar: { ...board.calendar, balancePeriod: "week" as const } };
        const result = computeBoard(weekly, { mode });
        expect(result.balancePeriod).toBe("week");
        let isBalanced = true;
        for (const resource of Object.values(result.resources)) {
          const need = resource.need.reduce((a, b) => a + b, 0);
          const available = resource.available.reduce((a, b) => a + b, 0);
          if (need === 0) expect(resource.coverage).toBeNull();
          else expect(resource.coverage).toBeCloseTo(available / need, 9);
          const short = resource.available.filter((a, w) => a < resource.need[w] - 1e-9).length;
          expect(resource.shortPeriods).toBe(short);
          if (short > 0) isBalanced = false;
        }
        expect(result.balanced).toBe(isBalanced);
      }),
    );
  });

  it("one rank group gives every object the even share of version 1", () => {
    fc.assert(
      fc.property(boardArbitrary, modes, (board, mode) => {
        const oneGroup = {
          ...board,
          planningObjects: board.planningObjects.map(({ rank: _, acute: __, ...object }) => object),
        };
        const result = computeBoard(oneGroup, { mode });
        for (const object of oneGroup.planningObjects) {
          const entry = result.planningObjects[object.id];
          entry.planned.forEach((planned, w) => {
            let share = 1;
            for (const [id, time] of Object.entries(object.timePerActivity ?? {})) {
              if (time === 0) continue;
              const { need, available } = result.resources[id];
              if (need[w] > 0) share = Math.min(share, available[w] / need[w]);
            }
            expect(planned).toBeCloseTo(entry.production[w] * share, 9);
          });
        }
      }),
    );
  });

  it("never gives a lower-ranked object capacity a higher-ranked one needed", () => {
    fc.assert(
      fc.property(boardArbitrary, modes, (board, mode) => {
        // Each object uses one resource, so a short object is short of that resource.
        const single = {
          ...board,
          planningObjects: board.planningObjects.map((object, p) => {
            const ids = Object.keys(object.timePerActivity ?? {});
            return { ...object, timePerActivity: { [ids[p % ids.length]]: 1 } };
          }),
        };
        const result = computeBoard(single, { mode });
        for (const p of single.planningObjects) {
          const high = result.planningObjects[p.id];
          // An acute object plans what arrives; what it was given is `reserved`.
          (high.reserved ?? high.planned).forEach((given, w) => {
            if (given >= high.production[w] - 1e-6) return;
            for (const q of single.planningObjects) {
              const low = result.planningObjects[q.id];
              if (low.rank <= high.rank || Object.keys(q.timePerActivity)[0] !== Object.keys(p.timePerActivity)[0])
                continue;
              expect(low.reserved?.[w] ?? low.planned[w]).toBeLessThan(1e-6);
            }
          });
        }
      }),
    );
  });

  it("an acute object plans at most its demand, and the shortfall is what it did not get", () => {
    fc.assert(
      fc.property(boardArbitrary, modes, (board, mode) => {
        const result = computeBoard(board, { mode });
        for (const object of board.planningObjects) {
          if (!object.acute) continue;
          const entry = result.planningObjects[object.id];
          expect(entry.rank).toBe(0);
          entry.planned.forEach((planned, w) => {
            expect(planned).toBeLessThanOrEqual(entry.demand[w]);
            expect(planned + (entry.acuteShortfall?.[w] ?? Number.NaN)).toBeCloseTo(entry.demand[w], 9);
            expect(entry.production[w]).toBeGreaterThanOrEqual(entry.demand[w]);
          });
          expect(entry.waiting.every((q) => q === 0)).toBe(true);
        }
      }),
    );
  });

  it("the incremental engine gives exactly the full result after random edits", () => {
    fc.assert(
      fc.property(
        boardArbitrary,
        boardArbitrary,
        fc.array(fc.nat(), { minLength: 1, maxLength: 4 }),
        modes,
        (board, other, picks, mode) => {
          const engine = createEngine(board, { mode });
          let current = board;
          for (const pick of picks) {
            // Replace one planning object or resource by the one at the same place in another board
            // (same id), as an editor does with structural sharing.
            const next = {
              ...current,
              planningObjects: current.planningObjects.slice(),
              resources: current.resources.slice(),
            };
            if (pick % 2 === 0) {
              const p = pick % next.planningObjects.length;
              const source = other.planningObjects[p % other.planningObjects.length];
              next.planningObjects[p] = {
                ...source,
                id: next.planningObjects[p].id,
                timePerActivity: Object.fromEntries(
                  Object.entries(source.timePerActivity ?? {}).filter(([id]) =>
                    next.resources.some((r) => r.id === id),
                  ),
                ),
              };
            } else {
              const r = pick % next.resources.length;
              next.resources[r] = { ...other.resources[r % other.resources.length], id: next.resources[r].id };
            }
            current = next;
            expect(engine.update(current)).toEqual(computeBoard(current, { mode }));
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
