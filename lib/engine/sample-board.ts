/**
 * Deterministic generator of realistic-looking boards of any size, for benchmarks, property
 * tests and demo data. A seeded PRNG keeps runs comparable between machines and commits.
 */
import { addWeeks, weekRange } from "./iso-week";
import type { Measure, Outcome, PksBoard, PlanningObject, Resource } from "./schema";

export interface SampleBoardOptions {
  planningObjects?: number;
  resources?: number;
  /** Horizon length; history covers the two years before the horizon. */
  weeks?: number;
  measures?: number;
  start?: string;
  seed?: number;
}

/** mulberry32: tiny, fast, good enough for test data. */
function createRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const KINDS = ["staff", "room", "equipment", "bed"] as const;
const round = (value: number, step = 1) => Math.round(value / step) * step;

/** Generates a valid `pks-board` v2 document; defaults give the 200 × 12 × 104 benchmark board. */
export function generateSampleBoard(options: SampleBoardOptions = {}): PksBoard {
  const { planningObjects = 200, resources = 12, weeks = 104, measures = 50, start = "2027-W01", seed = 1 } = options;
  const random = createRandom(seed);
  const horizon = weekRange(start, weeks);
  const history = weekRange(addWeeks(start, -104), 104);
  const resourceList: Resource[] = Array.from({ length: resources }, (_, r) => ({
    id: `r${r + 1}`,
    name: `Resurs ${r + 1}`,
    kind: KINDS[r % KINDS.length],
    count: 2 + Math.floor(random() * 10),
    hoursPerWeek: 40,
    utilization: round(0.6 + random() * 0.4, 0.05),
    ...(r % 3 === 0 ? { availability: { [horizon[Math.floor(random() * weeks)]]: 0.3 } } : {}),
  }));
  const objects: PlanningObject[] = Array.from({ length: planningObjects }, (_, p) => {
    const level = 5 + random() * 40;
    const used = new Set([
      Math.floor(random() * resources),
      Math.floor(random() * resources),
      Math.floor(random() * resources),
    ]);
    const isAcute = p % 20 === 0;
    return {
      id: `po${p + 1}`,
      service: `Tjänst ${p + 1}`,
      providerCategory: "Läkare",
      contactType: p % 2 === 0 ? "besök" : "operation",
      priority: "P60",
      history: Object.fromEntries(history.map((week) => [week, round(level * (0.7 + random() * 0.6))])),
      growthPct: round(random() * 4 - 1, 0.5),
      adjustments: p % 10 === 0 ? [{ from: horizon[Math.min(10, weeks - 1)], perWeek: 2 }] : [],
      timePerActivity: Object.fromEntries([...used].map((r) => [`r${r + 1}`, round(0.1 + random() * 1.4, 0.05)])),
      ...(isAcute
        ? {
            acute: {
              dailyDemand: Array.from({ length: 30 }, () => round(random() * 20)),
              coveragePct: 85,
              daysPerWeek: p % 40 === 0 ? 5 : 7,
            },
          }
        : {
            waitingList: {
              current: round(random() * 300),
              target: round(random() * 100),
              targetWeek: horizon[Math.floor(weeks / 2)],
              targetWaitDays: 60,
            },
            // A decided priority order for a few objects; the rest share evenly at 100.
            ...(p % 25 === 1 ? { rank: 50 } : p % 25 === 2 ? { rank: 150 } : {}),
          }),
    };
  });
  const statuses = ["proposed", "decided", "realized"] as const;
  const measureList: Measure[] = Array.from({ length: measures }, (_, m) => {
    const from = horizon[Math.floor(random() * weeks)];
    const base = { id: `m${m + 1}`, title: `Åtgärd ${m + 1}`, status: statuses[m % 3], from };
    return m % 2 === 0
      ? {
          ...base,
          kind: "capacity",
          lever: m % 4 === 0 ? "resources" : "available-capacity",
          owner: `Ägare ${m + 1}`,
          resourceId: `r${(m % resources) + 1}`,
          hoursPerWeek: round(random() * 40 - 10),
        }
      : {
          ...base,
          kind: "need",
          lever: m % 3 === 0 ? "production-need" : "capacity-need",
          ...(m % 5 === 0 ? { basis: "decision" as const } : {}),
          planningObjectId: `po${(m % planningObjects) + 1}`,
          volumePct: round(random() * 20 - 10),
          timePct: round(random() * 10 - 5),
        };
  });
  const observed = horizon.slice(0, Math.min(26, weeks));
  const outcomes: Record<string, Record<string, Outcome>> = {};
  for (const object of objects.slice(0, Math.ceil(planningObjects / 2))) {
    outcomes[object.id] = Object.fromEntries(
      observed.map((week) => [
        week,
        { produced: round(random() * 40), inflow: round(random() * 40), waiting: round(random() * 300) },
      ]),
    );
  }
  const actualCapacity = Object.fromEntries(
    resourceList.map((r) => [r.id, Object.fromEntries(observed.map((week) => [week, round(random() * 400)]))]),
  );
  return {
    format: "pks-board",
    version: 2,
    board: { name: "Benchmark", unit: "Generated", level: "tactical", deviationThresholdPct: 10 },
    horizon: { start, weeks },
    calendar: {
      lowProductionWeeks: horizon.filter((week) => /-W(2[7-9]|30|31|52)$/.test(week)),
      lowProductionAvailability: 0.5,
      balancePeriod: "week",
    },
    resources: resourceList,
    planningObjects: objects,
    measures: measureList,
    outcomes,
    actualCapacity,
    schedule: objects.slice(0, 20).map((object, i) => ({
      resourceId: `r${(i % resources) + 1}`,
      weekday: (i % 5) + 1,
      session: i % 2 === 0 ? "am" : "pm",
      planningObjectId: object.id,
      slots: 4,
    })),
  };
}
