import { z } from "zod";
import { parseSwedishNumber } from "@/lib/parse-number";

/** A number as typed in Swedish ("1 200,5") or a number; anything else is NaN (refused by the caller). */
export function numberFromInput(value: unknown): number {
  if (typeof value === "number") return value;
  if (typeof value !== "string") return Number.NaN;
  const parsed = parseSwedishNumber(value);
  return parsed.ok ? parsed.value : Number.NaN;
}

/** A quarter, tertial or year key (`2027-Q2`, `2027-T1`, `2027`). */
export const strategicPeriodKey = z.string().regex(/^\d{4}(-Q[1-4]|-T[1-3])?$/);

export const setGoalInput = z.object({
  boardId: z.string(),
  unitBoardId: z.string(),
  planningObjectId: z.string().max(200),
  period: z.string().max(20),
  /** Empty removes the goal. */
  volume: z.union([z.string().max(40), z.number()]),
});
