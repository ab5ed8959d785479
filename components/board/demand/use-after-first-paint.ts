"use client";

import { startTransition, useEffect, useState } from "react";

/**
 * False on the first render with `isShown`, true from a low-priority render after that render has
 * been painted: heavy parts below the fold are drawn after the first paint, interruptibly, so the
 * part the user looks at first (and its keyboard) is usable sooner.
 */
export function useAfterFirstPaint(isShown: boolean): boolean {
  const [isReady, setReady] = useState(false);
  useEffect(() => {
    if (!isShown || isReady) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // The next frame, then a task after it: the first paint has happened.
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => startTransition(() => setReady(true)), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [isShown, isReady]);
  return isReady;
}
