import { computeBoard, type PksBoard } from "@/lib/engine";

/**
 * The plan's remaining capacity gap in hours: for every resource and week where the need is
 * larger than what is available (decided measures counted), the missing hours, summed; rounded
 * to 0.1 h. 0 means no short periods.
 */
export function shortageHours(board: PksBoard): number {
  const result = computeBoard(board, { mode: "plan" });
  let missing = 0;
  for (const resource of Object.values(result.resources)) {
    for (const gap of resource.gap) if (gap < 0) missing -= gap;
  }
  return Math.round(missing * 10) / 10;
}

/** The shortage decision as it becomes part of the signed content. */
export interface SignedDecision {
  text: string;
  gapHours: number;
}

/** What a signature binds: the version's content hash and the shortage decision (if one was needed). */
export function signedContent(contentHash: string, decision: SignedDecision | null) {
  return { format: "pks-signed", version: 1, contentHash, decision };
}
