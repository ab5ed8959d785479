/**
 * Public API of the planning engine (ENGINE.md, version 2): the `pks-board` schema and validation, the
 * computation (full and incremental), ISO week helpers, period aggregation and the capacity
 * formula. Pure TypeScript; imports nothing of the project outside lib/engine.
 */

export * from "./aggregate";
export * from "./aggregate-goals";
export * from "./capacity-formula";
export { type ComputeOptions, computeBoard } from "./compute";
export { createEngine, type PlanningEngine } from "./engine";
export { resolveBalancePeriod } from "./horizon";
export * from "./iso-week";
export { isMeasureCounted, measureBasis } from "./measures";
export { computeAcuteDaysAbovePct, computeAcuteDimension, computeExpectedWait } from "./object-series";
export * from "./periods";
export { generateSampleBoard, type SampleBoardOptions } from "./sample-board";
export * from "./schema";
export * from "./validate";
