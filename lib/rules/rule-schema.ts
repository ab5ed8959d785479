/**
 * A board's scheduling rules (spelregler, seed `000_…` 612–637): categories, the checkable
 * parameters and their schema. The schema is the one truth for the browser (refusal in place),
 * the collaboration server (refusal of an update) and the apply command (refusal on the server).
 */
import { z } from "zod";

/** The five topics of seed `000_…` 619–637, plus schedule level against the plan and other. */
export const RULE_CATEGORIES = [
  "meetings",
  "administration",
  "education",
  "absence",
  "lead-time",
  "schedule-level",
  "other",
] as const;
export type RuleCategory = (typeof RULE_CATEGORIES)[number];

export const SESSIONS = ["am", "pm"] as const;
export type Session = (typeof SESSIONS)[number];

const weekday = z.number().int().min(1).max(7);
const hours = z.number().min(0).max(168);
const isoDate = z.iso.date();

/** The checkable parameters of a rule; every one optional. Hours are per person and week. */
export const ruleParamsSchema = z.strictObject({
  /** Functions (resource ids) the rule applies to; absent or empty: every staff resource. */
  resourceIds: z.array(z.string().min(1).max(200)).max(100).optional(),
  /** Most meeting hours per week and person. */
  meetingMaxHours: hours.optional(),
  /** Weekdays (1 = Monday … 7) and sessions on which meetings may be held. */
  meetingDays: z.array(weekday).max(7).optional(),
  meetingSessions: z.array(z.enum(SESSIONS)).max(2).optional(),
  /** Administration hours per week and person the rule sets aside. */
  adminHours: hours.optional(),
  /** Weekdays with administration kept to a minimum (Eksjö: Monday–Tuesday, seed `000_…` 801–802). */
  adminMinimalDays: z.array(weekday).max(7).optional(),
  /** Administration and patient slots kept apart (seed `000_…` 805–808). */
  adminApart: z.boolean().optional(),
  /** Education hours per week and person the rule sets aside. */
  educationHours: hours.optional(),
  /** The largest share (%) of a resource away for education at once. */
  educationMaxSharePct: z.number().min(0).max(100).optional(),
  /** The last day to send vacation requests and the manager's decision date. */
  vacationRequestDeadline: isoDate.optional(),
  vacationDecisionDate: isoDate.optional(),
  /** Weeks in advance a schedule is fixed (Eksjö: 12, seed `000_…` 813–814) and the period's length. */
  leadTimeWeeks: z.number().int().min(0).max(104).optional(),
  schedulePeriodWeeks: z.number().int().min(1).max(52).optional(),
  /** Slot length in minutes (Eksjö: half-hour slots, seed `000_…` 808). */
  slotMinutes: z.number().int().min(5).max(480).optional(),
  /** Schedule level against the plan: at least this coverage (%) plus a buffer for sick leave. */
  coverageMinPct: z.number().min(0).max(1000).optional(),
  sickBufferPct: z.number().min(0).max(100).optional(),
});
export type RuleParams = z.infer<typeof ruleParamsSchema>;
export type RuleParamKey = keyof RuleParams;

/** One rule as stored in the rule set's room (its rationale is a rich-text fragment beside it). */
export const ruleSchema = z.strictObject({
  id: z.string().min(1).max(100),
  category: z.enum(RULE_CATEGORIES),
  text: z.string().max(2000),
  params: ruleParamsSchema,
  /** Where the rule came from: the reflection session (document id, title and schedule period). */
  source: z
    .strictObject({
      docId: z.string().min(1).max(100),
      title: z.string().max(200),
      fromWeek: z.string().max(10).optional(),
      toWeek: z.string().max(10).optional(),
    })
    .optional(),
});
export type Rule = z.infer<typeof ruleSchema>;
/** A rule's source: the reflection session it came from. */
export type RuleSource = NonNullable<Rule["source"]>;

/** The kind of field a parameter is edited with. */
export type ParamKind = "hours" | "integer" | "percent" | "weekdays" | "sessions" | "date" | "boolean" | "resources";

/** The field kind and bounds of each parameter, for the form and its parser. */
export const PARAM_FIELDS: Record<RuleParamKey, { kind: ParamKind; min?: number; max?: number }> = {
  resourceIds: { kind: "resources" },
  meetingMaxHours: { kind: "hours", min: 0, max: 168 },
  meetingDays: { kind: "weekdays" },
  meetingSessions: { kind: "sessions" },
  adminHours: { kind: "hours", min: 0, max: 168 },
  adminMinimalDays: { kind: "weekdays" },
  adminApart: { kind: "boolean" },
  educationHours: { kind: "hours", min: 0, max: 168 },
  educationMaxSharePct: { kind: "percent", min: 0, max: 100 },
  vacationRequestDeadline: { kind: "date" },
  vacationDecisionDate: { kind: "date" },
  leadTimeWeeks: { kind: "integer", min: 0, max: 104 },
  schedulePeriodWeeks: { kind: "integer", min: 1, max: 52 },
  slotMinutes: { kind: "integer", min: 5, max: 480 },
  coverageMinPct: { kind: "percent", min: 0, max: 1000 },
  sickBufferPct: { kind: "percent", min: 0, max: 100 },
};

/** The parameters offered first for each category (all stay available). */
export const CATEGORY_PARAMS: Record<RuleCategory, RuleParamKey[]> = {
  meetings: ["resourceIds", "meetingMaxHours", "meetingDays", "meetingSessions"],
  administration: ["resourceIds", "adminHours", "adminMinimalDays", "adminApart", "slotMinutes"],
  education: ["resourceIds", "educationHours", "educationMaxSharePct"],
  absence: ["vacationRequestDeadline", "vacationDecisionDate"],
  "lead-time": ["leadTimeWeeks", "schedulePeriodWeeks"],
  "schedule-level": ["coverageMinPct", "sickBufferPct"],
  other: ["resourceIds", "slotMinutes"],
};

/** Parameters whose hours come off the share of time for patient activities when applied. */
export const TIME_PARAMS = ["meetingMaxHours", "adminHours", "educationHours"] as const;
