/**
 * Small boards for tests: factories with overrides instead of big fixtures, so that each test
 * states only the numbers its hand computation uses.
 */
import type { Measure, PksBoard, PlanningObject, Resource } from "./schema";

/** A staff resource `lak`: 1 × 40 h, utilization 1 → 40 h available per week. */
export function makeResource(overrides: Partial<Resource> = {}): Resource {
  return { id: "lak", name: "Läkare", kind: "staff", count: 1, hoursPerWeek: 40, ...overrides };
}

/** A planning object `p`: 520 a year → 10 per week, 1 h of `lak` each. */
export function makeObject(overrides: Partial<PlanningObject> = {}): PlanningObject {
  return { id: "p", service: "Nybesök", annualVolume: 520, timePerActivity: { lak: 1 }, ...overrides };
}

/** A capacity measure adding 10 h/week to `lak`, decided. */
export function makeCapacityMeasure(overrides: Partial<Extract<Measure, { kind: "capacity" }>> = {}): Measure {
  return {
    id: "m1",
    title: "Hyrläkare",
    status: "decided",
    kind: "capacity",
    resourceId: "lak",
    hoursPerWeek: 10,
    ...overrides,
  };
}

/** A need measure on `p` lowering volume by 10 %, realized. */
export function makeNeedMeasure(overrides: Partial<Extract<Measure, { kind: "need" }>> = {}): Measure {
  return {
    id: "m2",
    title: "Färre återbesök",
    status: "realized",
    kind: "need",
    planningObjectId: "p",
    volumePct: -10,
    ...overrides,
  };
}

/** A 4-week board from 2027-W01 with one resource and one planning object. */
export function makeBoard(overrides: Partial<PksBoard> = {}): PksBoard {
  return {
    format: "pks-board",
    version: 2,
    board: { name: "Test" },
    horizon: { start: "2027-W01", weeks: 4 },
    resources: [makeResource()],
    planningObjects: [makeObject()],
    ...overrides,
  };
}
