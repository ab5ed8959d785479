/**
 * The production-goals agreement between strategic and tactical level (seed `001_…` 1808–1833,
 * 2531–2535; `002_…` 296): production goals per planning object and period from the engine, the
 * decided measures with their effect, and the remaining gap in words. While the agreement is a
 * draft the table is computed live; when it is decided the same table is frozen into the document
 * (`FROZEN_MAP`), and later drift of the live plan is a deviation beside it (`goalDeviations`),
 * never written into it (`001_…` 1255–1257, `002_…` 263). Pure functions, browser and server.
 */
import type * as Y from "yjs";
import {
  aggregateSum,
  formatPeriodLabel,
  type Measure,
  type PeriodKind,
  type PksBoard,
  type PksResult,
} from "@/lib/engine";
import { planningObjectLabel } from "@/lib/import/validate";
import { FROZEN_MAP } from "./doc-content";
import { describeMeasureEffect, describeRemainingGap } from "./production-goals-words";

export const PRODUCTION_GOALS_KEY = "productionGoals";

/** One planning object's goals: production need and planned production per period (activities). */
export interface ProductionGoalRow {
  objectId: string;
  label: string;
  need: number[];
  planned: number[];
}

/** A decided or realised measure of the board and its effect in words. */
export interface DecidedMeasure {
  id: string;
  title: string;
  status: Measure["status"];
  effect: string;
}

/** The agreement's figures, live or frozen. */
export interface ProductionGoals {
  format: "production-goals";
  version: 1;
  periodKind: PeriodKind;
  periods: { key: string; label: string }[];
  rows: ProductionGoalRow[];
  measures: DecidedMeasure[];
  /** The remaining gap in words, one sentence per object or resource short of its need. */
  gap: string[];
  /** When the figures were frozen (ISO time); absent while live. */
  frozenAt?: string;
}

/** The period the goals are agreed in: the board's balance period, weeks rolled up to months. */
export function goalPeriodKind(result: PksResult): PeriodKind {
  return result.balancePeriod === "week" ? "month" : result.balancePeriod;
}

const round = (value: number | null) => Math.round((value ?? 0) * 10) / 10;

/** The production goals of a board as the engine computes them now. */
export function buildProductionGoals(board: PksBoard, result: PksResult): ProductionGoals {
  const kind = goalPeriodKind(result);
  let periods: ProductionGoals["periods"] = [];
  const rows: ProductionGoalRow[] = [];
  for (const object of board.planningObjects) {
    const entry = result.planningObjects[object.id];
    if (!entry) continue;
    const need = aggregateSum(result.weeks, object.acute ? entry.demand : entry.production, kind);
    const planned = aggregateSum(result.weeks, entry.planned, kind);
    periods = need.keys.map((key) => ({ key, label: formatPeriodLabel(key) }));
    rows.push({
      objectId: object.id,
      label: planningObjectLabel(object),
      need: need.values.map(round),
      planned: planned.values.map(round),
    });
  }
  const measures = (board.measures ?? [])
    .filter((m) => m.status !== "proposed")
    .map((m) => ({ id: m.id, title: m.title, status: m.status, effect: describeMeasureEffect(board, m) }));
  return {
    format: "production-goals",
    version: 1,
    periodKind: kind,
    periods,
    rows,
    measures,
    gap: describeRemainingGap(board, result, rows),
  };
}

/** The figures frozen into a decided agreement, or null (a draft, or decided before they were). */
export function readFrozenGoals(doc: Y.Doc): ProductionGoals | null {
  const value = doc.getMap(FROZEN_MAP).get(PRODUCTION_GOALS_KEY);
  return value && typeof value === "object" ? (value as ProductionGoals) : null;
}

/** Freezes `goals` into the document (server side, in the document's room). */
export function writeFrozenGoals(doc: Y.Doc, goals: ProductionGoals, frozenAt: Date): void {
  doc.getMap(FROZEN_MAP).set(PRODUCTION_GOALS_KEY, { ...goals, frozenAt: frozenAt.toISOString() });
}

/** How far the live plan has drifted from one frozen cell: planned now − planned when decided. */
export interface GoalDeviation {
  objectId: string;
  label: string;
  periodKey: string;
  periodLabel: string;
  frozen: number;
  /** Null when the object or period is no longer in the live plan. */
  live: number | null;
  delta: number | null;
}

/**
 * The cells of the frozen goals whose live planned production differs (by more than half an
 * activity), plus objects that are new in the live plan. Never changes the frozen figures.
 */
export function goalDeviations(frozen: ProductionGoals, live: ProductionGoals): GoalDeviation[] {
  const out: GoalDeviation[] = [];
  const liveRows = new Map(live.rows.map((r) => [r.objectId, r]));
  const livePeriod = new Map(live.periods.map((p, i) => [p.key, i]));
  for (const row of frozen.rows) {
    const now = liveRows.get(row.objectId);
    frozen.periods.forEach((period, p) => {
      const i = livePeriod.get(period.key);
      const value = now && i !== undefined ? now.planned[i] : null;
      const delta = value === null ? null : round(value - row.planned[p]);
      if (delta !== null && Math.abs(delta) < 0.5) return;
      out.push({
        objectId: row.objectId,
        label: row.label,
        periodKey: period.key,
        periodLabel: period.label,
        frozen: row.planned[p],
        live: value,
        delta,
      });
    });
  }
  const frozenIds = new Set(frozen.rows.map((r) => r.objectId));
  for (const row of live.rows) {
    if (frozenIds.has(row.objectId)) continue;
    live.periods.forEach((period, i) => {
      if (row.planned[i] === 0) return;
      out.push({
        objectId: row.objectId,
        label: row.label,
        periodKey: period.key,
        periodLabel: period.label,
        frozen: 0,
        live: row.planned[i],
        delta: row.planned[i],
      });
    });
  }
  return out;
}
