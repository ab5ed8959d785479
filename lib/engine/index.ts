/**
 * Public API of the planning engine (ENGINE.md): the `pks-board` schema and validation, the
 * computation (full and incremental), ISO week helpers, period aggregation and the capacity
 * formula. Pure TypeScript; imports nothing of the project outside lib/engine.
 */
export * from "./capacity-formula";
export { type ComputeOptions, computeBoard } from "./compute";
export { createEngine, type PlanningEngine } from "./engine";
export * from "./iso-week";
export { isMeasureCounted } from "./measures";
export { computeAcuteDimension } from "./object-series";
export * from "./periods";
export { generateSampleBoard, type SampleBoardOptions } from "./sample-board";
export * from "./schema";
export * from "./validate";
