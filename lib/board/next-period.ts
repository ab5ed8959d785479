/**
 * "Ny period från denna tavla": the next period's board document from this one.
 *
 * - Planning objects, resources, time per activity, schedule and calendar are carried over, with
 *   every week moved one year on (week 53 becomes week 52 in a 52-week year).
 * - The period's outcomes become history: each outcome week's inflow (or, without inflow, its
 *   production) is added to the planning object's history, which keeps the three latest years.
 *   The last reported waiting list becomes the current one.
 * - Realised measures become part of the baseline: a capacity measure's hours are folded into the
 *   resource's hours per person, a need measure's time change into the time per activity; a
 *   realised volume change is already in the history (the outcomes were measured after it), and is
 *   folded into the annual volume of objects without history. Proposed and decided measures that
 *   were not realised are carried as proposals.
 * - Outcomes and actual capacity start empty.
 */
import { formatWeek, type Measure, type PksBoard, parseWeek, weeksInIsoYear, weekYear } from "@/lib/engine";
import { upgradeToVersion2 } from "@/lib/engine/validate";

const HISTORY_YEARS = 3;

/** The same ISO week one year later (week 53 → 52 when the next year has 52 weeks). */
export function shiftWeekOneYear(week: string): string {
  const parsed = parseWeek(week);
  if (!parsed) return week;
  const year = parsed.year + 1;
  return formatWeek(year, Math.min(parsed.week, weeksInIsoYear(year)));
}

function shiftKeys<T>(record: Record<string, T> | undefined): Record<string, T> | undefined {
  if (!record) return undefined;
  return Object.fromEntries(Object.entries(record).map(([week, value]) => [shiftWeekOneYear(week), value]));
}

function shiftRange<T extends { from?: string; to?: string }>(item: T): T {
  return {
    ...item,
    ...(item.from ? { from: shiftWeekOneYear(item.from) } : {}),
    ...(item.to ? { to: shiftWeekOneYear(item.to) } : {}),
  };
}

type PlanningObject = PksBoard["planningObjects"][number];

function historyWithOutcomes(
  po: PlanningObject,
  board: PksBoard,
  firstYear: number,
): Record<string, number> | undefined {
  const merged: Record<string, number> = { ...(po.history ?? {}) };
  for (const [week, outcome] of Object.entries(board.outcomes?.[po.id] ?? {})) {
    const value = outcome.inflow ?? outcome.produced;
    if (value !== undefined) merged[week] = value;
  }
  const kept = Object.entries(merged)
    .filter(([week]) => weekYear(week) >= firstYear)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return kept.length > 0 ? Object.fromEntries(kept) : undefined;
}

function lastWaiting(board: PksBoard, poId: string): number | undefined {
  const weeks = Object.entries(board.outcomes?.[poId] ?? {})
    .filter(([, o]) => o.waiting !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : 1));
  return weeks.at(-1)?.[1].waiting;
}

function carryPlanningObject(
  po: PlanningObject,
  board: PksBoard,
  realised: Measure[],
  firstYear: number,
): PlanningObject {
  const history = historyWithOutcomes(po, board, firstYear);
  let timePerActivity = po.timePerActivity;
  let annualVolume = po.annualVolume;
  for (const m of realised) {
    if (m.kind !== "need" || m.planningObjectId !== po.id) continue;
    const time = 1 + (m.timePct ?? 0) / 100;
    if (timePerActivity && time !== 1)
      timePerActivity = Object.fromEntries(Object.entries(timePerActivity).map(([r, h]) => [r, h * time]));
    if (!history && annualVolume !== undefined) annualVolume *= 1 + (m.volumePct ?? 0) / 100;
  }
  const waiting = lastWaiting(board, po.id);
  const next: PlanningObject = { ...po, history, timePerActivity, annualVolume };
  if (!history) delete next.history;
  if (annualVolume === undefined) delete next.annualVolume;
  if (!timePerActivity) delete next.timePerActivity;
  if (po.adjustments) next.adjustments = po.adjustments.map(shiftRange);
  if (po.waitingList) {
    next.waitingList = {
      ...po.waitingList,
      current: waiting ?? po.waitingList.current,
      ...(po.waitingList.targetWeek ? { targetWeek: shiftWeekOneYear(po.waitingList.targetWeek) } : {}),
    };
  }
  return next;
}

function carryResources(board: PksBoard, realised: Measure[]): { resources: PksBoard["resources"]; kept: Measure[] } {
  const kept: Measure[] = [];
  const resources = board.resources.map((r) => ({
    ...r,
    ...(r.availability ? { availability: shiftKeys(r.availability) } : {}),
  }));
  for (const m of realised) {
    if (m.kind !== "capacity") continue;
    const resource = resources.find((r) => r.id === m.resourceId);
    const people = resource ? resource.count * (resource.utilization ?? 1) : 0;
    if (resource && people > 0) resource.hoursPerWeek += m.hoursPerWeek / people;
    else kept.push({ ...m, from: undefined, to: undefined });
  }
  return { resources, kept };
}

/** Builds the next period's `pks-board` document from a board (see the module comment). */
export function createNextPeriodBoard(current: PksBoard): PksBoard {
  // The next period is written in the current format (engine v2), whatever version it came from.
  const board = upgradeToVersion2(current);
  const start = shiftWeekOneYear(board.horizon.start);
  const firstYear = weekYear(start) - HISTORY_YEARS;
  const measures = board.measures ?? [];
  const realised = measures.filter((m) => m.status === "realized");
  const { resources, kept } = carryResources(board, realised);
  const proposals = measures
    .filter((m) => m.status !== "realized")
    .map((m) => shiftRange({ ...m, status: "proposed" as const }));
  const next: PksBoard = {
    format: "pks-board",
    version: 2,
    board: { ...board.board, name: nextName(board.board.name, weekYear(board.horizon.start), weekYear(start)) },
    horizon: { start, weeks: board.horizon.weeks },
    resources,
    planningObjects: board.planningObjects.map((po) => carryPlanningObject(po, board, realised, firstYear)),
    measures: [...kept.map(stripUndefined), ...proposals.map(stripUndefined)],
  };
  if (board.calendar) {
    next.calendar = {
      ...board.calendar,
      ...(board.calendar.lowProductionWeeks
        ? { lowProductionWeeks: board.calendar.lowProductionWeeks.map(shiftWeekOneYear) }
        : {}),
    };
  }
  if (board.schedule) next.schedule = board.schedule.map((row) => ({ ...row }));
  return next;
}

function stripUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/** The board name with its year replaced ("… 2027" → "… 2028"), or the next year appended. */
export function nextName(name: string, fromYear: number, toYear: number): string {
  const pattern = new RegExp(`\\b${fromYear}\\b`);
  return pattern.test(name) ? name.replace(pattern, String(toYear)) : `${name} ${toYear}`;
}
