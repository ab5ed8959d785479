/**
 * The standard `authorize` of the collaboration server: a valid, unexpired collaboration token
 * for exactly this board, and a membership row in the database (the role is read from the row, so
 * a role in the token is never trusted).
 */
import { eq } from "drizzle-orm";
import { verifyCollabToken } from "@/lib/auth/collab-token";
import type { BoardRole } from "@/lib/auth/roles";
import type { Db } from "@/lib/db/client";
import { boardMembers, boards, users } from "@/lib/db/schema";
import { type BoardMember, type BoardMembers, createMembershipCache } from "./membership-cache";
import type { Authorize, AuthorizeResult, LoadMemberRoles } from "./types";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type LoadMembers = (boardId: string) => Promise<BoardMembers>;

/** Token check, then the member among `load`'s answer: 401 bad/expired token or other board, 404 no board, 403 no member. */
async function authorizeWith(
  load: LoadMembers,
  boardId: string,
  token: string | null,
  options: { key?: string; now?: number },
): Promise<AuthorizeResult> {
  const claims = verifyCollabToken(token, options);
  if (!claims || claims.boardId !== boardId) return { ok: false, status: 401 };
  if (!UUID.test(boardId) || !UUID.test(claims.userId)) return { ok: false, status: 404 };
  const members = await load(boardId);
  if (members === null) return { ok: false, status: 404 };
  const member = members.get(claims.userId);
  if (!member) return { ok: false, status: 403 };
  return { ok: true, user: { id: claims.userId, name: member.name }, role: member.role };
}

/** Token check + membership lookup in the database, uncached (see `authorizeWith` for the statuses). */
export function authorizeBoardMember(
  db: Db,
  boardId: string,
  token: string | null,
  options: { key?: string; now?: number } = {},
): Promise<AuthorizeResult> {
  return authorizeWith((id) => loadBoardMembers(db, id), boardId, token, options);
}

/**
 * Members of a board with their names (one query), or null when the board is gone: the same rule
 * as `authorizeBoardMember` — deactivated people and rows without a name are no members, and on an
 * archived board everyone is a viewer.
 */
export async function loadBoardMembers(db: Db, boardId: string): Promise<BoardMembers> {
  const rows = await db
    .select({
      userId: boardMembers.userId,
      name: users.name,
      role: boardMembers.role,
      deactivatedAt: users.deactivatedAt,
      archivedAt: boards.archivedAt,
    })
    .from(boards)
    .leftJoin(boardMembers, eq(boardMembers.boardId, boards.id))
    .leftJoin(users, eq(users.id, boardMembers.userId))
    .where(eq(boards.id, boardId));
  if (rows.length === 0) return null;
  const members = new Map<string, BoardMember>();
  for (const row of rows) {
    if (!row.userId || !row.role || row.name === null || row.deactivatedAt) continue;
    members.set(row.userId, { name: row.name, role: row.archivedAt ? "viewer" : row.role });
  }
  return members;
}

/** Default lifetime of a cached membership answer (ms): the role re-check period. */
export const MEMBERSHIP_CACHE_MS = 2000;

/**
 * `authorize` for `createCollabServer`, backed by the database: the token is verified on every
 * upgrade; the board's members come from a short-lived cache (`cacheMs`, 0 = none) that the
 * server empties for a board on every `members.changed` (`authorize.invalidate`).
 */
export function createDbAuthorize(db: Db, options: { key?: string; cacheMs?: number } = {}): Authorize {
  const cache = createMembershipCache(
    (boardId) => loadBoardMembers(db, boardId),
    options.cacheMs ?? MEMBERSHIP_CACHE_MS,
  );
  const authorize: Authorize = (_req, boardId, token) => authorizeWith(cache.get, boardId, token, options);
  authorize.invalidate = cache.invalidate;
  return authorize;
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
