/**
 * A way for the end-to-end tests to make a board section fail, to check that its error boundary
 * shows a message and a way back. Honoured only when the server runs with `PKS_E2E=1` (set by
 * playwright.config.ts, never by `npm start`/`serve`), so no URL can break a section in production.
 */
export const FORCED_ERROR_PARAM = "pksForceError";

/** True when the e2e switch is on in this process (`PKS_E2E=1`). */
export function isE2eMode(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.PKS_E2E === "1";
}

/** Throws when e2e mode is on and the page's query asks for `?pksForceError=section`. */
export function throwIfErrorForced(
  searchParams: Record<string, string | string[] | undefined>,
  env: NodeJS.ProcessEnv = process.env,
): void {
  if (!isE2eMode(env)) return;
  if (searchParams[FORCED_ERROR_PARAM] === "section") throw new Error("Section error forced by the e2e tests");
}
