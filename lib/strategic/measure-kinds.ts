/**
 * Kinds of strategic measures in the guidance's order (seed 001 2480–2488): first move available
 * capacity between units or over time, then count recently realised improvements, then add
 * capacity (buy care, budget for more staff), last prioritise (limit, cancel or postpone care).
 */
export const STRATEGIC_MEASURE_KINDS = [
  "move-capacity",
  "realised-improvement",
  "buy-care",
  "add-staff",
  "prioritise",
] as const;
export type StrategicMeasureKind = (typeof STRATEGIC_MEASURE_KINDS)[number];

/** Steps of the guidance (1–4) per kind: the list is sorted by step. */
export const GUIDANCE_STEP: Record<StrategicMeasureKind, number> = {
  "move-capacity": 1,
  "realised-improvement": 2,
  "buy-care": 3,
  "add-staff": 3,
  prioritise: 4,
};

export const STRATEGIC_MEASURE_STATUSES = ["proposed", "decided", "realized"] as const;
export type StrategicMeasureStatus = (typeof STRATEGIC_MEASURE_STATUSES)[number];

/** Whether measures of the kind carry hours of a resource (all but prioritisation). */
export function hasCapacityEffect(kind: StrategicMeasureKind): boolean {
  return kind !== "prioritise";
}

/** Whether the kind takes capacity from somewhere (a unit or a period). */
export function isMove(kind: StrategicMeasureKind): boolean {
  return kind === "move-capacity";
}
