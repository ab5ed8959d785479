import { NextResponse } from "next/server";
import type { BoardAccess } from "@/lib/db/queries/boards";
import type { User } from "@/lib/db/schema";
import { type BoardRole, hasRole } from "./roles";
import { getBoardAccess, getSessionUser } from "./session";

/** A JSON error response with a human message. */
export function jsonError(status: number, error: string, details?: unknown): NextResponse {
  return NextResponse.json(details === undefined ? { error } : { error, details }, { status });
}

type ApiAccess = { ok: true; user: User; access: BoardAccess } | { ok: false; response: NextResponse };

/** For route handlers: 401 without a session, 404 for non-members, 403 below the needed role. */
export async function authorizeBoardRequest(boardId: string, needed: BoardRole): Promise<ApiAccess> {
  const user = await getSessionUser();
  if (!user) return { ok: false, response: jsonError(401, "Inte inloggad / Not signed in") };
  const access = await getBoardAccess(boardId, user.id);
  if (!access) return { ok: false, response: jsonError(404, "Tavlan finns inte / Board not found") };
  if (!hasRole(access.role, needed)) return { ok: false, response: jsonError(403, "Behörighet saknas / Forbidden") };
  return { ok: true, user, access };
}
