"use client";

import { useEffect, useState } from "react";

const KEY = "pks.followUpThreshold";

/** The deviation threshold (share, default 10 %), remembered in this browser. */
export function useDeviationThreshold(): [number, (value: number) => void] {
  const [value, setValue] = useState(0.1);
  useEffect(() => {
    const stored = Number(window.localStorage.getItem(KEY));
    if (Number.isFinite(stored) && stored > 0) setValue(stored);
  }, []);
  return [
    value,
    (next: number) => {
      setValue(next);
      window.localStorage.setItem(KEY, String(next));
    },
  ];
}

/** Whether a deviation is beyond the threshold relative to the plan (any deviation when the plan is 0). */
export function isBeyondThreshold(deviation: number | null, plan: number, threshold: number): boolean {
  if (deviation === null) return false;
  if (plan <= 1e-9) return Math.abs(deviation) > 1e-9;
  return Math.abs(deviation) / plan > threshold;
}
