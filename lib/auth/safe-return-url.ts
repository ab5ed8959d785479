/**
 * Return URLs after sign-in (`callbackUrl`, `?next=`): only paths on our own origin are followed.
 * "Starts with / and not //" is not enough — browsers read `/\host` and `/<TAB>/host` as
 * `//host` — so the value is resolved with the URL parser against our origin, the origin must
 * match, and backslashes and control characters are refused, raw or percent-decoded.
 */

/** Longest return URL we follow; longer values fall back to the start page. */
const MAX_RETURN_URL_LENGTH = 2048;

// biome-ignore lint/suspicious/noControlCharactersInRegex: refusing control characters is the point.
const UNSAFE_CHARS = /[\\\u0000-\u001f\u007f]/;

function decodeFully(value: string): string | null {
  let current = value;
  // Double encoding (%2509 → %09 → TAB) must not slip through: decode until stable (bounded).
  for (let i = 0; i < 3; i++) {
    let next: string;
    try {
      next = decodeURIComponent(current);
    } catch {
      return null;
    }
    if (next === current) return current;
    current = next;
  }
  return current;
}

/**
 * The same-origin path (`/path?query#hash`) that `value` points to, or null when `value` is
 * missing, leaves `origin`, or contains backslashes or control characters (also percent-encoded).
 * `origin` is our public URL, e.g. `https://tavla.example.se`.
 */
export function safeReturnUrl(value: unknown, origin: string): string | null {
  if (typeof value !== "string" || value.length === 0 || value.length > MAX_RETURN_URL_LENGTH) return null;
  if (UNSAFE_CHARS.test(value)) return null;
  const decoded = decodeFully(value);
  if (decoded === null || UNSAFE_CHARS.test(decoded)) return null;
  let base: URL;
  let target: URL;
  try {
    base = new URL(origin);
    target = new URL(value, base);
  } catch {
    return null;
  }
  if (target.origin !== base.origin) return null;
  // `https://ours//evil.example` is same-origin, but its path alone would be protocol-relative.
  if (target.pathname.startsWith("//")) return null;
  return `${target.pathname}${target.search}${target.hash}`;
}

/** Our public origin as the server knows it (NEXTAUTH_URL, set by server/index.ts). */
export function publicOrigin(env: NodeJS.ProcessEnv = process.env): string {
  try {
    return new URL(env.NEXTAUTH_URL ?? "").origin;
  } catch {
    return "http://localhost:3000";
  }
}
