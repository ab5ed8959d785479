/**
 * Region Örebro's capacity formula K = P_res · t_res · N / t_med: activities per period =
 * planable resource sets × time available for activities × utilisation / mean process time.
 * Offered in the UI as a calculator beside the engine's week-by-week balancing.
 */

export interface CapacityFormulaInput {
  /** P_res: number of planable resource sets (≥ 0). */
  resources: number;
  /** t_res: time available for activities per resource set in the period, hours (≥ 0). */
  availableTime: number;
  /** N: utilisation, in (0, 1]. */
  utilization: number;
  /** t_med: mean process time per activity, hours (> 0). */
  meanTime: number;
}

export type CapacityFormulaResult = { ok: true; capacity: number } | { ok: false; error: string };

function check(input: CapacityFormulaInput): string | null {
  const fields: [keyof CapacityFormulaInput, string][] = [
    ["resources", "P_res"],
    ["availableTime", "t_res"],
    ["utilization", "N"],
    ["meanTime", "t_med"],
  ];
  for (const [field, symbol] of fields) {
    if (typeof input[field] !== "number" || !Number.isFinite(input[field]))
      return `${field} (${symbol}): must be a finite number`;
  }
  if (input.resources < 0) return "resources (P_res): must be ≥ 0";
  if (input.availableTime < 0) return "availableTime (t_res): must be ≥ 0";
  if (input.utilization <= 0 || input.utilization > 1) return "utilization (N): must be in (0, 1]";
  if (input.meanTime <= 0) return "meanTime (t_med): must be > 0";
  return null;
}

/** K = P_res · t_res · N / t_med with its inputs validated; errors name the field. */
export function computeCapacityFormula(input: CapacityFormulaInput): CapacityFormulaResult {
  const error = check(input);
  if (error) return { ok: false, error };
  return { ok: true, capacity: (input.resources * input.availableTime * input.utilization) / input.meanTime };
}

/** Throwing variant of computeCapacityFormula, for callers that validated already. */
export function capacityFormula(input: CapacityFormulaInput): number {
  const result = computeCapacityFormula(input);
  if (!result.ok) throw new RangeError(result.error);
  return result.capacity;
}
