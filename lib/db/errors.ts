/**
 * Recognising database errors the code answers in words. drizzle wraps the driver's error (node
 * postgres or PGlite) in its own, with the original as `cause`; both drivers carry PostgreSQL's
 * SQLSTATE as `code` and the violated constraint or index as `constraint`.
 */

interface PgErrorFields {
  code?: unknown;
  constraint?: unknown;
  cause?: unknown;
}

/** True when `error` (or its cause) is a unique violation (23505), of `constraint` if named. */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  for (let current = error, depth = 0; current && typeof current === "object" && depth < 5; depth++) {
    const fields = current as PgErrorFields;
    if (fields.code === "23505") return constraint === undefined || fields.constraint === constraint;
    current = fields.cause;
  }
  return false;
}
