/**
 * Zod schemas of the `pks-board` exchange format (versions 1 and 2 share one schema; the fields
 * version 1 may not hold are checked in validate.ts) and the `pks-result` v2 output (ENGINE.md).
 * The shape lives here; checks that need the whole document (unique ids, references, ISO weeks)
 * live in validate.ts so that each error can name the offending field.
 */
import { z } from "zod";

/** `YYYY-Www`; whether the week exists in the ISO calendar is checked in validate.ts. */
export const weekKey = z.string().regex(/^\d{4}-W\d{2}$/, { error: 'expected a week "YYYY-Www"' });

const nonNegative = z.number().min(0, { error: "must be ≥ 0" });
const share = z.number().min(0, { error: "must be in [0, 1]" }).max(1, { error: "must be in [0, 1]" });
const atLeastMinus100 = z.number().min(-100, { error: "must be ≥ −100" });
const id = z.string().min(1, { error: "must not be empty" });
const intRange = (lo: number, hi: number) =>
  z
    .number()
    .int({ error: `must be an integer ${lo}…${hi}` })
    .min(lo, { error: `must be an integer ${lo}…${hi}` })
    .max(hi, { error: `must be an integer ${lo}…${hi}` });
const percent = z.number().gt(0, { error: "must be in (0, 100]" }).max(100, { error: "must be in (0, 100]" });

/** Board levels; the level picks the default balance period. */
export const boardLevelSchema = z.enum(["political", "strategic", "tactical", "operational"]);

/** Periods balance is judged in, and that the UI rolls weeks up to. */
export const balancePeriodSchema = z.enum(["week", "month", "tertial", "quarter", "year"]);

export const boardInfoSchema = z.strictObject({
  name: z.string(),
  unit: z.string().optional(),
  level: boardLevelSchema.optional(),
  deviationThresholdPct: percent.optional(),
});

export const horizonSchema = z.strictObject({
  start: weekKey,
  weeks: z
    .number()
    .int({ error: "must be an integer" })
    .min(1, { error: "must be an integer 1…260" })
    .max(260, { error: "must be an integer 1…260" }),
});

export const calendarSchema = z.strictObject({
  lowProductionWeeks: z.array(weekKey).optional(),
  lowProductionAvailability: share.optional(),
  balancePeriod: balancePeriodSchema.optional(),
});

export const resourceKindSchema = z.enum(["staff", "room", "equipment", "bed"]);

export const resourceSchema = z.strictObject({
  id,
  name: z.string(),
  kind: resourceKindSchema,
  count: nonNegative,
  hoursPerWeek: nonNegative,
  utilization: z.number().gt(0, { error: "must be in (0, 1]" }).max(1, { error: "must be in (0, 1]" }).optional(),
  availability: z.record(z.string(), share).optional(),
});

export const adjustmentSchema = z.strictObject({
  from: weekKey.optional(),
  to: weekKey.optional(),
  perWeek: z.number(),
});

export const waitingListSchema = z.strictObject({
  current: nonNegative,
  target: nonNegative,
  targetWeek: weekKey.optional(),
  targetWaitDays: z
    .number()
    .int({ error: "must be an integer ≥ 1" })
    .min(1, { error: "must be an integer ≥ 1" })
    .optional(),
});

export const acuteSchema = z.strictObject({
  dailyDemand: z.array(nonNegative).min(1, { error: "needs at least one value" }),
  coveragePct: percent,
  daysPerWeek: intRange(1, 7).optional(),
});

export const planningObjectSchema = z.strictObject({
  id,
  service: z.string(),
  providerCategory: z.string().optional(),
  contactType: z.string().optional(),
  priority: z.string().optional(),
  history: z.record(z.string(), nonNegative).optional(),
  annualVolume: nonNegative.optional(),
  growthPct: z.number().optional(),
  adjustments: z.array(adjustmentSchema).optional(),
  waitingList: waitingListSchema.optional(),
  timePerActivity: z.record(z.string(), nonNegative).optional(),
  acute: acuteSchema.optional(),
  rank: intRange(1, 10000).optional(),
});

export const measureStatusSchema = z.enum(["proposed", "decided", "realized"]);

/** The part of the balance a measure works on; the first three for need, the last two for capacity. */
export const measureLeverSchema = z.enum([
  "care-need",
  "production-need",
  "capacity-need",
  "resources",
  "available-capacity",
]);

/** Levers of need measures and of capacity measures. */
export const NEED_LEVERS = ["care-need", "production-need", "capacity-need"] as const;
export const CAPACITY_LEVERS = ["resources", "available-capacity"] as const;

/** Whether a measure's effect follows from a decision or depends on changed ways of working. */
export const measureBasisSchema = z.enum(["decision", "change"]);

const measureMeta = {
  lever: measureLeverSchema.optional(),
  basis: measureBasisSchema.optional(),
  owner: z.string().max(200, { error: "must be at most 200 characters" }).optional(),
  note: z.string().max(10000, { error: "must be at most 10 000 characters" }).optional(),
};

export const capacityMeasureSchema = z.strictObject({
  id,
  title: z.string(),
  status: measureStatusSchema,
  kind: z.literal("capacity"),
  resourceId: z.string(),
  hoursPerWeek: z.number(),
  from: weekKey.optional(),
  to: weekKey.optional(),
  ...measureMeta,
});

export const needMeasureSchema = z.strictObject({
  id,
  title: z.string(),
  status: measureStatusSchema,
  kind: z.literal("need"),
  planningObjectId: z.string(),
  volumePct: atLeastMinus100.optional(),
  timePct: atLeastMinus100.optional(),
  from: weekKey.optional(),
  to: weekKey.optional(),
  ...measureMeta,
});

export const measureSchema = z.discriminatedUnion("kind", [capacityMeasureSchema, needMeasureSchema]);

export const outcomeSchema = z.strictObject({
  produced: nonNegative.optional(),
  inflow: nonNegative.optional(),
  waiting: nonNegative.optional(),
});

export const scheduleRowSchema = z.strictObject({
  resourceId: z.string(),
  weekday: z
    .number()
    .int({ error: "must be an integer 1…7" })
    .min(1, { error: "must be an integer 1…7" })
    .max(7, { error: "must be an integer 1…7" }),
  session: z.enum(["am", "pm"]),
  planningObjectId: z.string(),
  slots: nonNegative,
});

export const pksBoardSchema = z.strictObject({
  format: z.literal("pks-board"),
  version: z.literal([1, 2]),
  board: boardInfoSchema,
  horizon: horizonSchema,
  calendar: calendarSchema.optional(),
  resources: z.array(resourceSchema),
  planningObjects: z.array(planningObjectSchema),
  measures: z.array(measureSchema).optional(),
  outcomes: z.record(z.string(), z.record(z.string(), outcomeSchema)).optional(),
  actualCapacity: z.record(z.string(), z.record(z.string(), nonNegative)).optional(),
  schedule: z.array(scheduleRowSchema).optional(),
});

export type PksBoard = z.infer<typeof pksBoardSchema>;
export type BoardInfo = z.infer<typeof boardInfoSchema>;
export type BoardLevel = z.infer<typeof boardLevelSchema>;
export type BalancePeriod = z.infer<typeof balancePeriodSchema>;
export type MeasureLever = z.infer<typeof measureLeverSchema>;
export type MeasureBasis = z.infer<typeof measureBasisSchema>;
export type Horizon = z.infer<typeof horizonSchema>;
export type Calendar = z.infer<typeof calendarSchema>;
export type ResourceKind = z.infer<typeof resourceKindSchema>;
export type Resource = z.infer<typeof resourceSchema>;
export type Adjustment = z.infer<typeof adjustmentSchema>;
export type WaitingList = z.infer<typeof waitingListSchema>;
export type Acute = z.infer<typeof acuteSchema>;
export type PlanningObject = z.infer<typeof planningObjectSchema>;
export type MeasureStatus = z.infer<typeof measureStatusSchema>;
export type CapacityMeasure = z.infer<typeof capacityMeasureSchema>;
export type NeedMeasure = z.infer<typeof needMeasureSchema>;
export type Measure = z.infer<typeof measureSchema>;
export type Outcome = z.infer<typeof outcomeSchema>;
export type ScheduleRow = z.infer<typeof scheduleRowSchema>;

/** Which measures count: `plan` = realized, or decided with basis `decision`; `scenario` = all. */
export type PksMode = "plan" | "scenario";

const nullableNumber = z.number().nullable();

export const followUpResultSchema = z.strictObject({
  weeks: z.array(z.string()),
  deviation: z.array(nullableNumber),
  cumulativeDeviation: z.array(z.number()),
  waitingDeviation: z.array(nullableNumber),
  inflowMape: nullableNumber,
});

export const scheduleResultSchema = z.strictObject({
  scheduledPerWeek: z.number(),
  scheduledTotal: z.number(),
  coverage: nullableNumber,
});

export const planningObjectResultSchema = z.strictObject({
  rank: z.number(),
  demand: z.array(z.number()),
  production: z.array(z.number()),
  planned: z.array(z.number()),
  waiting: z.array(z.number()),
  expectedWaitWeeks: z.array(nullableNumber).optional(),
  followUp: followUpResultSchema.optional(),
  schedule: scheduleResultSchema.optional(),
  acuteDimension: z.number().optional(),
  acuteDaysAbovePct: z.number().optional(),
  reserved: z.array(z.number()).optional(),
  acuteShortfall: z.array(z.number()).optional(),
});

export const resourceResultSchema = z.strictObject({
  need: z.array(z.number()),
  available: z.array(z.number()),
  gap: z.array(z.number()),
  coverage: nullableNumber,
  shortPeriods: z.number(),
  capacityDeviation: z.strictObject({ weeks: z.array(z.string()), values: z.array(z.number()) }).optional(),
});

export const pksResultSchema = z.strictObject({
  format: z.literal("pks-result"),
  version: z.literal(2),
  mode: z.enum(["plan", "scenario"]),
  weeks: z.array(z.string()),
  balancePeriod: balancePeriodSchema,
  planningObjects: z.record(z.string(), planningObjectResultSchema),
  resources: z.record(z.string(), resourceResultSchema),
  limitingResource: z.string().nullable(),
  balanced: z.boolean(),
});

export type FollowUpResult = z.infer<typeof followUpResultSchema>;
export type ScheduleResult = z.infer<typeof scheduleResultSchema>;
export type PlanningObjectResult = z.infer<typeof planningObjectResultSchema>;
export type ResourceResult = z.infer<typeof resourceResultSchema>;
export type PksResult = z.infer<typeof pksResultSchema>;
