/**
 * Storage for the engine's weekly series. A Float64Array of a hundred weeks keeps its numbers
 * outside V8's heap, and creating one costs about a microsecond; a full computation of a large
 * board needs thousands. So retained series are views (`subarray`) of shared 64 KB chunks, and
 * temporaries reuse a few scratch arrays. The engine is synchronous, which keeps both safe.
 */

const CHUNK_LENGTH = 8192;

let chunk = new Float64Array(0);
let used = 0;

/**
 * A zeroed series of `size` numbers that the caller may keep. Each slot of a chunk is handed out
 * once (so it is still zero); a chunk is freed once no series cut from it is left.
 */
export function allocateSeries(size: number): Float64Array {
  if (size > CHUNK_LENGTH / 8) return new Float64Array(size);
  if (used + size > chunk.length) {
    chunk = new Float64Array(CHUNK_LENGTH);
    used = 0;
  }
  const series = chunk.subarray(used, used + size);
  used += size;
  return series;
}

/** Scratch slots, one per temporary, so that no two live temporaries share one. */
export const SCRATCH = {
  historySums: 0,
  historyCounts: 1,
  adjust: 2,
  volume: 3,
  prefix: 4,
  factor: 5,
  added: 6,
} as const;

const scratch: Float64Array[] = [];

/**
 * A temporary series of `size` numbers, all set to `fill`, for use within one function call:
 * slot `slot` is overwritten by the next call that asks for the same slot.
 */
export function scratchSeries(slot: number, size: number, fill = 0): Float64Array {
  let buffer = scratch[slot];
  if (buffer === undefined || buffer.length !== size) {
    buffer = new Float64Array(size);
    scratch[slot] = buffer;
  }
  return buffer.fill(fill);
}
