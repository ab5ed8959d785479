/**
 * Event-loop delay of this process, for benchmarks: with COLLAB_EVENT_LOOP_STATS=<file> the
 * collaboration process appends one JSON line per second to that file (delay percentiles of that
 * second, ms) and a last line for the whole run when it stops. `bench/server-profile.ts` reads it.
 * A delay is how late a 1 ms timer fired: the time the loop was busy with something else, e.g. a
 * database commit, while a broadcast waited.
 */
import { appendFileSync } from "node:fs";
import { type IntervalHistogram, monitorEventLoopDelay } from "node:perf_hooks";

/** One line of the stats file. */
export interface EventLoopSample {
  /** "second" for a one-second window, "total" for the whole run. */
  kind: "second" | "total";
  at: number;
  count: number;
  p50: number;
  p90: number;
  p99: number;
  p999: number;
  max: number;
  mean: number;
}

const NS_PER_MS = 1e6;

function sampleOf(kind: EventLoopSample["kind"], histogram: IntervalHistogram): EventLoopSample {
  const ms = (ns: number) => Math.round((ns / NS_PER_MS) * 1000) / 1000;
  return {
    kind,
    at: Date.now(),
    count: histogram.count,
    p50: ms(histogram.percentile(50)),
    p90: ms(histogram.percentile(90)),
    p99: ms(histogram.percentile(99)),
    p999: ms(histogram.percentile(99.9)),
    max: ms(histogram.max),
    mean: ms(histogram.mean),
  };
}

/** Starts recording into `file`; the returned function writes the total line and stops. */
export function startEventLoopStats(file: string): () => void {
  const window = monitorEventLoopDelay({ resolution: 1 });
  const total = monitorEventLoopDelay({ resolution: 1 });
  window.enable();
  total.enable();
  const write = (sample: EventLoopSample) => appendFileSync(file, `${JSON.stringify(sample)}\n`);
  const timer = setInterval(() => {
    if (window.count > 0) write(sampleOf("second", window));
    window.reset();
  }, 1000);
  timer.unref();
  return () => {
    clearInterval(timer);
    window.disable();
    total.disable();
    write(sampleOf("total", total));
  };
}
