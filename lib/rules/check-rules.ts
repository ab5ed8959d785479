/**
 * The check of a rule set against the activity plan: every violation as a finding (a message key
 * and its values, put into words by the reader's language), plus whether the acute and on-call
 * rows cover the dimensioned acute need (engine v2's acute reserve, ENGINE.md). The build order
 * is about what is laid first, not positions in the grid, so no finding depends on row order.
 */
import type { ActivityRowWithId } from "@/lib/board/activity-rows";
import { addWeeks, type PksBoard, type PksResult, type ScheduleRow } from "@/lib/engine";
import { checkAcuteCoverage } from "./check-acute";
import type { Rule } from "./rule-schema";

export type NumberedRule = Rule & { number: number };

/** One line of the check: `violation` breaks a rule or leaves acute need uncovered; `ok` and `info` do not. */
export interface Finding {
  severity: "violation" | "ok" | "info";
  code: string;
  /** Values of the message; `weekday` (1–7), `session` (am/pm) and `activity` are translated by the reader. */
  values: Record<string, string | number>;
  ruleNumber?: number;
}

export interface CheckInput {
  rules: NumberedRule[];
  board: PksBoard;
  result: PksResult;
  activities: ActivityRowWithId[];
}

const EPS = 1e-9;

/** Resources a rule applies to: its named functions, or every staff resource. */
export function ruleResources(rule: Rule, board: PksBoard) {
  const ids = rule.params.resourceIds;
  return board.resources.filter((r) => (ids && ids.length > 0 ? ids.includes(r.id) : r.kind === "staff"));
}

const ruleValues = (rule: NumberedRule) => ({ rule: rule.text, number: rule.number });

function placementFindings(rule: NumberedRule, input: CheckInput): Finding[] {
  const p = rule.params;
  const inScope = new Set(ruleResources(rule, input.board).map((r) => r.id));
  const out: Finding[] = [];
  for (const row of input.activities) {
    if (!inScope.has(row.resourceId)) continue;
    const resource = input.board.resources.find((r) => r.id === row.resourceId)?.name ?? row.resourceId;
    const at = { activity: row.type, weekday: row.weekday, session: row.session, resource, ...ruleValues(rule) };
    const isMeeting = row.type === "meeting";
    const badMeetingDay = isMeeting && p.meetingDays && !p.meetingDays.includes(row.weekday);
    const badMeetingSession = isMeeting && p.meetingSessions && !p.meetingSessions.includes(row.session);
    const badAdminDay = row.type === "administration" && p.adminMinimalDays?.includes(row.weekday);
    if (badMeetingDay || badMeetingSession || badAdminDay)
      out.push({ severity: "violation", code: "placement", values: at, ruleNumber: rule.number });
  }
  return out;
}

/** Hours per person and week of `type` rows for a resource: Σ hours × persons / count. */
export function hoursPerPerson(rows: ActivityRowWithId[], resourceId: string, count: number, types: string[]): number {
  if (count <= 0) return 0;
  const total = rows
    .filter((r) => r.resourceId === resourceId && types.includes(r.type))
    .reduce((sum, r) => sum + r.hours * r.persons, 0);
  return total / count;
}

function meetingHourFindings(rule: NumberedRule, input: CheckInput): Finding[] {
  const max = rule.params.meetingMaxHours;
  if (max === undefined) return [];
  return ruleResources(rule, input.board).flatMap((r): Finding[] => {
    const hours = hoursPerPerson(input.activities, r.id, r.count, ["meeting"]);
    if (hours <= max + EPS) return [];
    return [
      {
        severity: "violation",
        code: "meetingHours",
        values: { resource: r.name, hours, max, ...ruleValues(rule) },
        ruleNumber: rule.number,
      },
    ];
  });
}

const cellKey = (row: { resourceId: string; weekday: number; session: string }) =>
  `${row.resourceId}|${row.weekday}|${row.session}`;

function apartFindings(rule: NumberedRule, input: CheckInput): Finding[] {
  if (!rule.params.adminApart) return [];
  const patientCells = new Set((input.board.schedule ?? []).map(cellKey));
  const inScope = new Set(ruleResources(rule, input.board).map((r) => r.id));
  const seen = new Set<string>();
  const out: Finding[] = [];
  for (const row of input.activities) {
    const key = cellKey(row);
    if (row.type !== "administration" || !inScope.has(row.resourceId) || !patientCells.has(key) || seen.has(key))
      continue;
    seen.add(key);
    const resource = input.board.resources.find((r) => r.id === row.resourceId)?.name ?? row.resourceId;
    out.push({
      severity: "violation",
      code: "adminMixed",
      values: { weekday: row.weekday, session: row.session, resource, ...ruleValues(rule) },
      ruleNumber: rule.number,
    });
  }
  return out;
}

function educationShareFindings(rule: NumberedRule, input: CheckInput): Finding[] {
  const max = rule.params.educationMaxSharePct;
  if (max === undefined) return [];
  const out: Finding[] = [];
  for (const r of ruleResources(rule, input.board)) {
    const away = new Map<string, { weekday: number; session: string; persons: number }>();
    for (const row of input.activities) {
      if (row.resourceId !== r.id || row.type !== "education") continue;
      const cell = away.get(cellKey(row)) ?? { weekday: row.weekday, session: row.session, persons: 0 };
      cell.persons += row.persons;
      away.set(cellKey(row), cell);
    }
    for (const cell of away.values()) {
      const pct = r.count > 0 ? (100 * cell.persons) / r.count : 100;
      if (pct <= max + EPS) continue;
      out.push({
        severity: "violation",
        code: "educationShare",
        values: { ...cell, resource: r.name, count: r.count, pct, max, ...ruleValues(rule) },
        ruleNumber: rule.number,
      });
    }
  }
  return out;
}

function calendarFindings(rule: NumberedRule, input: CheckInput): Finding[] {
  const p = rule.params;
  const out: Finding[] = [];
  const { vacationRequestDeadline: deadline, vacationDecisionDate: decision } = p;
  if (deadline && decision && decision < deadline)
    out.push({
      severity: "violation",
      code: "vacationOrder",
      values: { deadline, decision, ...ruleValues(rule) },
      ruleNumber: rule.number,
    });
  if (p.leadTimeWeeks !== undefined) {
    const start = input.board.horizon.start;
    out.push({
      severity: "info",
      code: "leadTime",
      values: { start, fixBy: addWeeks(start, -p.leadTimeWeeks), lead: p.leadTimeWeeks, ...ruleValues(rule) },
      ruleNumber: rule.number,
    });
  }
  return out;
}

function slotFindings(rule: NumberedRule, input: CheckInput): Finding[] {
  const slot = rule.params.slotMinutes;
  if (slot === undefined) return [];
  const inScope = new Set(ruleResources(rule, input.board).map((r) => r.id));
  const seen = new Set<string>();
  const out: Finding[] = [];
  for (const row of input.board.schedule ?? ([] as ScheduleRow[])) {
    const object = input.board.planningObjects.find((o) => o.id === row.planningObjectId);
    const hours = object?.timePerActivity?.[row.resourceId];
    const key = `${row.planningObjectId}|${row.resourceId}`;
    if (!object || hours === undefined || hours <= 0 || !inScope.has(row.resourceId) || seen.has(key)) continue;
    seen.add(key);
    const minutes = hours * 60;
    const rest = minutes % slot;
    if (rest < EPS || slot - rest < 1e-6) continue;
    out.push({
      severity: "violation",
      code: "slotLength",
      values: { object: object.service, minutes, slot, ...ruleValues(rule) },
      ruleNumber: rule.number,
    });
  }
  return out;
}

function levelFindings(rule: NumberedRule, input: CheckInput): Finding[] {
  const { coverageMinPct, sickBufferPct } = rule.params;
  if (coverageMinPct === undefined && sickBufferPct === undefined) return [];
  const min = coverageMinPct ?? 100;
  const buffer = sickBufferPct ?? 0;
  const required = min + buffer;
  return input.board.planningObjects.flatMap((o): Finding[] => {
    const coverage = input.result.planningObjects[o.id]?.schedule?.coverage;
    if (coverage === undefined || coverage === null || 100 * coverage >= required - EPS) return [];
    return [
      {
        severity: "violation",
        code: "scheduleLevel",
        values: { object: o.service, coverage: 100 * coverage, required, min, buffer, ...ruleValues(rule) },
        ruleNumber: rule.number,
      },
    ];
  });
}

const RULE_CHECKS = [
  placementFindings,
  meetingHourFindings,
  apartFindings,
  educationShareFindings,
  calendarFindings,
  slotFindings,
  levelFindings,
];

/** Checks every rule against the activity plan and the plan, then the acute coverage. */
export function checkRules(input: CheckInput): Finding[] {
  const findings = input.rules.flatMap((rule) => RULE_CHECKS.flatMap((check) => check(rule, input)));
  return [...findings, ...checkAcuteCoverage(input.board, input.result, input.activities)];
}
