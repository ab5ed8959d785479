/**
 * Server actions from a foreign Origin. Next.js refuses them itself (its CSRF check compares
 * Origin with Host) but answers 500 and logs an error line for each; an attacker's page could fill
 * the log. The custom server answers them 403 before Next.js sees them, with the same rule as the
 * collaboration socket's Origin check. Requests without an Origin pass on to Next.js, which
 * decides as before (old browsers send none on same-origin POSTs).
 */
import type { IncomingMessage, ServerResponse } from "node:http";

/** True when `req` is a server action (POST with a `Next-Action` header) from a foreign Origin. */
export function isForeignServerAction(req: IncomingMessage, isAllowedOrigin: (origin: string) => boolean): boolean {
  if (req.method !== "POST" || req.headers["next-action"] === undefined) return false;
  const origin = req.headers.origin;
  if (origin === undefined) return false;
  return origin === "null" || !isAllowedOrigin(origin);
}

/** Answers a refused server action: 403 with a short plain-text body. */
export function refuseServerAction(res: ServerResponse): void {
  const body = "Forbidden: server action from another origin";
  res.writeHead(403, { "content-type": "text/plain; charset=utf-8", "content-length": Buffer.byteLength(body) });
  res.end(body);
}
