/**
 * A keyed token-bucket rate limiter kept in process memory. Used for requests that are cheap to
 * repeat but should not be repeated thousands of times a second by one user (collaboration tokens).
 * In-process on purpose: every process of a scale-out deployment counts on its own, so the
 * effective limit is the per-process limit times the number of processes (docs/security.md);
 * that still bounds the work one user can cause, which is what the limit is for.
 */

export interface RateLimitOptions {
  /** Tokens added per second. */
  ratePerSecond: number;
  /** Bucket size: requests allowed in a burst. */
  burst: number;
  /** Buckets kept at most; the stalest are forgotten first (bounds memory). Default 10 000. */
  maxKeys?: number;
}

export interface RateLimiter {
  /** Takes one token for `key`; returns 0 when allowed, else milliseconds until a token is free. */
  take(key: string, now?: number): number;
}

interface Bucket {
  tokens: number;
  at: number;
}

/** Creates an in-process token-bucket limiter (see the module comment for scale-out). */
export function createRateLimiter(options: RateLimitOptions): RateLimiter {
  const buckets = new Map<string, Bucket>();
  const maxKeys = options.maxKeys ?? 10_000;
  return {
    take(key, now = Date.now()) {
      const bucket = buckets.get(key) ?? { tokens: options.burst, at: now };
      bucket.tokens = Math.min(options.burst, bucket.tokens + ((now - bucket.at) / 1000) * options.ratePerSecond);
      bucket.at = now;
      // Re-insert so Map order is least recently used first.
      buckets.delete(key);
      buckets.set(key, bucket);
      if (buckets.size > maxKeys) buckets.delete(buckets.keys().next().value as string);
      if (bucket.tokens >= 1) {
        bucket.tokens -= 1;
        return 0;
      }
      return Math.ceil(((1 - bucket.tokens) / options.ratePerSecond) * 1000);
    },
  };
}

/**
 * Collaboration tokens per user: a burst of 30, then one every 2 s. A browser asks for one per
 * connect attempt (with backoff), so several tabs and reconnects stay well below this.
 */
export const collabTokenLimiter = createRateLimiter({ ratePerSecond: 0.5, burst: 30 });
