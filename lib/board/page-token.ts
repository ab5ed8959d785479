/**
 * The collaboration token that the board page renders in (app/boards/[boardId]/layout.tsx), so
 * the first connect of a freshly opened board needs no `POST /collab-token` after hydration.
 */

/** A collaboration token rendered into the page. */
export interface PageCollabToken {
  token: string;
  /** When the server minted it (ms since the epoch, the server's clock). */
  issuedAt: number;
  /** Lifetime in seconds from `issuedAt`. */
  expiresIn: number;
}

/** Seconds of lifetime a page token must have left to be used (the upgrade, a clock that is off). */
export const PAGE_TOKEN_MARGIN_SECONDS = 15;

/**
 * Token source for connect attempts: the page's token for the first attempt while it has life
 * left, and `fetchToken` for that attempt otherwise and for every attempt after it (reconnects
 * keep asking the API, as before). The token's age counts from the later of the navigation's
 * start and `issuedAt`, but never from later than now, in case this clock is behind the server's.
 */
export function createTokenSource(
  pageToken: PageCollabToken | undefined,
  fetchToken: () => Promise<string>,
  clock: { now: () => number; timeOrigin: number } = { now: () => Date.now(), timeOrigin: performance.timeOrigin },
): () => Promise<string> {
  let unused = pageToken;
  return () => {
    const page = unused;
    unused = undefined;
    const now = clock.now();
    if (page) {
      const issued = Math.max(clock.timeOrigin, Math.min(page.issuedAt, now));
      if (now < issued + (page.expiresIn - PAGE_TOKEN_MARGIN_SECONDS) * 1000) return Promise.resolve(page.token);
    }
    return fetchToken();
  };
}
