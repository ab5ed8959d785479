/**
 * The standard `authorize` of the collaboration server: a valid, unexpired collaboration token
 * for exactly this board, and a membership row in the database (the role is read from the row, so
 * a role in the token is never trusted).
 */
import { and, eq } from "drizzle-orm";
import { verifyCollabToken } from "@/lib/auth/collab-token";
import type { BoardRole } from "@/lib/auth/roles";
import type { Db } from "@/lib/db/client";
import { boardMembers, boards, users } from "@/lib/db/schema";
import type { Authorize, AuthorizeResult, LoadMemberRoles } from "./types";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Token check + membership lookup: 401 bad/expired token or other board, 404 no board, 403 no member. */
export async function authorizeBoardMember(
  db: Db,
  boardId: string,
  token: string | null,
  options: { key?: string; now?: number } = {},
): Promise<AuthorizeResult> {
  const claims = verifyCollabToken(token, options);
  if (!claims || claims.boardId !== boardId) return { ok: false, status: 401 };
  if (!UUID.test(boardId) || !UUID.test(claims.userId)) return { ok: false, status: 404 };
  const [row] = await db
    .select({
      boardId: boards.id,
      userId: users.id,
      name: users.name,
      role: boardMembers.role,
      deactivatedAt: users.deactivatedAt,
      archivedAt: boards.archivedAt,
    })
    .from(boards)
    .leftJoin(boardMembers, and(eq(boardMembers.boardId, boards.id), eq(boardMembers.userId, claims.userId)))
    .leftJoin(users, eq(users.id, boardMembers.userId))
    .where(eq(boards.id, boardId))
    .limit(1);
  if (!row) return { ok: false, status: 404 };
  if (!row.role || !row.userId || row.name === null || row.deactivatedAt) return { ok: false, status: 403 };
  // An archived board is read-only for everyone.
  return { ok: true, user: { id: row.userId, name: row.name }, role: row.archivedAt ? "viewer" : row.role };
}

/** `authorize` for `createCollabServer`, backed by the database. */
export function createDbAuthorize(db: Db, options: { key?: string } = {}): Authorize {
  return (_req, boardId, token) => authorizeBoardMember(db, boardId, token, options);
}

/**
 * Current member roles of a board (one query), or null when the board is gone. Deactivated
 * people count as no member (their sockets close); on an archived board everyone is a viewer.
 */
export function createDbMemberRoles(db: Db): LoadMemberRoles {
  return async (boardId) => {
    const rows = await db
      .select({
        userId: boardMembers.userId,
        role: boardMembers.role,
        deactivatedAt: users.deactivatedAt,
        archivedAt: boards.archivedAt,
      })
      .from(boards)
      .leftJoin(boardMembers, eq(boardMembers.boardId, boards.id))
      .leftJoin(users, eq(users.id, boardMembers.userId))
      .where(eq(boards.id, boardId));
    if (rows.length === 0) return null;
    const roles = new Map<string, BoardRole>();
    for (const row of rows) {
      if (row.userId && row.role && !row.deactivatedAt) roles.set(row.userId, row.archivedAt ? "viewer" : row.role);
    }
    return roles;
  };
}
