/**
 * Zod schemas of the `pks-board` v1 exchange format and the `pks-result` v1 output (ENGINE.md).
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

export const boardInfoSchema = z.strictObject({
  name: z.string(),
  unit: z.string().optional(),
  level: z.enum(["strategic", "tactical", "operational"]).optional(),
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
});

export const acuteSchema = z.strictObject({
  dailyDemand: z.array(nonNegative).min(1, { error: "needs at least one value" }),
  coveragePct: z.number().gt(0, { error: "must be in (0, 100]" }).max(100, { error: "must be in (0, 100]" }),
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
});

export const measureStatusSchema = z.enum(["proposed", "decided", "realized"]);

export const capacityMeasureSchema = z.strictObject({
  id,
  title: z.string(),
  status: measureStatusSchema,
  kind: z.literal("capacity"),
  resourceId: z.string(),
  hoursPerWeek: z.number(),
  from: weekKey.optional(),
  to: weekKey.optional(),
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
  version: z.literal(1),
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

/** Which measures count: `plan` = decided capacity + realized need; `scenario` = all. */
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
  demand: z.array(z.number()),
  production: z.array(z.number()),
  planned: z.array(z.number()),
  waiting: z.array(z.number()),
  acuteDimension: z.number().optional(),
  followUp: followUpResultSchema.optional(),
  schedule: scheduleResultSchema.optional(),
});

export const resourceResultSchema = z.strictObject({
  need: z.array(z.number()),
  available: z.array(z.number()),
  gap: z.array(z.number()),
  coverage: nullableNumber,
  capacityDeviation: z.strictObject({ weeks: z.array(z.string()), values: z.array(z.number()) }).optional(),
});

export const pksResultSchema = z.strictObject({
  format: z.literal("pks-result"),
  version: z.literal(1),
  mode: z.enum(["plan", "scenario"]),
  weeks: z.array(z.string()),
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
