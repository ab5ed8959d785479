"use client";

import { useBoardRoom } from "@/components/board/board-room";
import { setDeviationThresholdPct } from "@/lib/board/doc-edit-v2";
import type { PksBoard } from "@/lib/engine";

/** Default follow-up threshold when the board has none (ENGINE.md v2: 10 %). */
export const DEFAULT_THRESHOLD_PCT = 10;

/**
 * The board's agreed deviation threshold (a share, default 10 %), stored with the board
 * (`board.deviationThresholdPct`) so every member sees the same deviations; only owners change it.
 */
export function useDeviationThreshold(board: PksBoard | null): [number, (value: number) => void, boolean] {
  const room = useBoardRoom();
  const canChange = room.canEdit && room.role === "owner";
  const pct = board?.board.deviationThresholdPct ?? DEFAULT_THRESHOLD_PCT;
  return [
    pct / 100,
    (next: number) => {
      if (canChange) setDeviationThresholdPct(room.doc, Math.round(next * 1000) / 10, room.origin);
    },
    canChange,
  ];
}

/** Whether a deviation is beyond the threshold relative to the plan (any deviation when the plan is 0). */
export function isBeyondThreshold(deviation: number | null, plan: number, threshold: number): boolean {
  if (deviation === null) return false;
  if (plan <= 1e-9) return Math.abs(deviation) > 1e-9;
  return Math.abs(deviation) / plan > threshold;
}
