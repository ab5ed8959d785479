/**
 * The share of time for patient activities of a resource, recomputed from the rules that take
 * time: share = (hours per week − the rules' hours − other non-patient time) / hours per week.
 * It is computed from hours, never from the current share, so applying it replaces the share
 * (capacity falls once) instead of deducting again from a share that already leaves that time out.
 */
import type { ActivityRowWithId, ActivityType } from "@/lib/board/activity-rows";
import type { PksBoard, Resource } from "@/lib/engine";
import type { NumberedRule } from "./check-rules";
import { ruleResources } from "./check-rules";
import { TIME_PARAMS } from "./rule-schema";

/** The activity type each time parameter sets aside. */
const PARAM_TYPE: Record<(typeof TIME_PARAMS)[number], ActivityType> = {
  meetingMaxHours: "meeting",
  adminHours: "administration",
  educationHours: "education",
};

/** Non-patient row types whose time the share leaves out when no rule sets it. */
const OTHER_TYPES: ActivityType[] = ["meeting", "administration", "education", "research"];

/** One line of the breakdown: hours per person and week taken by a rule or by activity-plan rows. */
export interface ShareLine {
  source: "rule" | "plan";
  type: ActivityType;
  hours: number;
  ruleNumber?: number;
  ruleText?: string;
}

export interface PatientShare {
  resourceId: string;
  hoursPerWeek: number;
  lines: ShareLine[];
  /** Hours per person left for patient activities. */
  patientHours: number;
  /** The recomputed share, in (0, 1]; null when the rules leave no time (nothing can be applied). */
  share: number | null;
  currentShare: number;
  /** count · hours per week · share, before availability and measures (the capacity model's base). */
  availableBefore: number;
  availableAfter: number | null;
  /** Row types left out on purpose: on-call is acute patient work, absence is in the availability. */
  excluded: ActivityType[];
}

const round4 = (x: number) => Math.round(x * 10_000) / 10_000;

function ruleLines(resource: Resource, rules: NumberedRule[], board: PksBoard): ShareLine[] {
  const lines: ShareLine[] = [];
  for (const rule of rules) {
    if (!ruleResources(rule, board).some((r) => r.id === resource.id)) continue;
    for (const key of TIME_PARAMS) {
      const hours = rule.params[key];
      if (hours === undefined || hours <= 0) continue;
      lines.push({ source: "rule", type: PARAM_TYPE[key], hours, ruleNumber: rule.number, ruleText: rule.text });
    }
  }
  return lines;
}

function planLines(resource: Resource, activities: ActivityRowWithId[], covered: Set<ActivityType>): ShareLine[] {
  if (resource.count <= 0) return [];
  return OTHER_TYPES.filter((type) => !covered.has(type)).flatMap((type): ShareLine[] => {
    const total = activities
      .filter((row) => row.resourceId === resource.id && row.type === type)
      .reduce((sum, row) => sum + row.hours * row.persons, 0);
    return total > 0 ? [{ source: "plan", type, hours: total / resource.count }] : [];
  });
}

/**
 * Recomputes a resource's share of time for patient activities from the rules that apply to it
 * (their meeting, administration and education hours) and the activity plan's other non-patient
 * rows of the types no rule sets (a rule's hours replace the rows of its type, so nothing counts
 * twice). Returns the breakdown and the base available capacity before and after.
 */
export function computePatientShare(
  board: PksBoard,
  resourceId: string,
  rules: NumberedRule[],
  activities: ActivityRowWithId[],
): PatientShare | null {
  const resource = board.resources.find((r) => r.id === resourceId);
  if (!resource) return null;
  const fromRules = ruleLines(resource, rules, board);
  const covered = new Set(fromRules.map((l) => l.type));
  const lines = [...fromRules, ...planLines(resource, activities, covered)];
  const hoursPerWeek = resource.hoursPerWeek;
  const patientHours = hoursPerWeek - lines.reduce((sum, l) => sum + l.hours, 0);
  const share = hoursPerWeek > 0 && patientHours > 0 ? round4(patientHours / hoursPerWeek) : null;
  const currentShare = resource.utilization ?? 1;
  const base = resource.count * hoursPerWeek;
  return {
    resourceId,
    hoursPerWeek,
    lines,
    patientHours,
    share,
    currentShare,
    availableBefore: base * currentShare,
    availableAfter: share === null ? null : base * share,
    excluded: ["on-call", "absence"],
  };
}
