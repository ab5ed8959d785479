import type { Db } from "@/lib/db/client";
import { authenticateBiRequest } from "./authenticate-bi-request";

const UNAUTHORIZED = { error: "Ogiltig eller återkallad nyckel / Invalid or revoked token" };

/**
 * Answers a BI request: 401 with nothing else for an unknown, revoked or other board's token, 429
 * over the rate limit, else `read()`'s JSON (or the Response it returns) (404 when the board is gone). Never cached.
 */
export async function answerBiRequest(
  db: Db,
  request: Request,
  boardId: string,
  read: () => Promise<unknown | null>,
): Promise<Response> {
  const auth = await authenticateBiRequest(db, request, boardId);
  const headers = { "cache-control": "no-store" };
  if (!auth.ok && auth.status === 401)
    return Response.json(UNAUTHORIZED, { status: 401, headers: { ...headers, "www-authenticate": "Bearer" } });
  if (!auth.ok)
    return Response.json(
      { error: "För många anrop / Too many requests" },
      { status: 429, headers: { ...headers, "retry-after": "60" } },
    );
  const value = await read();
  if (value instanceof Response) return value;
  if (value === null) return Response.json({ error: "Tavlan finns inte / Board not found" }, { status: 404, headers });
  return Response.json(value, { headers });
}
