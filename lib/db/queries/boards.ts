import { and, asc, count, eq, ilike, inArray, isNull, or } from "drizzle-orm";
import type { BoardRole } from "@/lib/auth/roles";
import type { Db, Queryable } from "../client";
import { type Board, boardMembers, boards, type Unit, units, users } from "../schema";

export interface BoardListItem {
  id: string;
  name: string;
  period: string;
  level: Board["level"];
  unitId: string;
  unitName: string;
  role: BoardRole;
  updatedAt: Date;
  archivedAt: Date | null;
}

/**
 * Boards the user is a member of, optionally filtered by a search text, grouped later by unit.
 * Archived boards are left out of the list but found by a search.
 */
export async function listBoardsForUser(db: Queryable, userId: string, search?: string): Promise<BoardListItem[]> {
  const text = search?.trim();
  const filter = text
    ? or(
        ilike(boards.name, `%${escapeLike(text)}%`),
        ilike(units.name, `%${escapeLike(text)}%`),
        ilike(boards.period, `%${escapeLike(text)}%`),
      )
    : undefined;
  return db
    .select({
      id: boards.id,
      name: boards.name,
      period: boards.period,
      level: boards.level,
      unitId: units.id,
      unitName: units.name,
      role: boardMembers.role,
      updatedAt: boards.updatedAt,
      archivedAt: boards.archivedAt,
    })
    .from(boardMembers)
    .innerJoin(boards, eq(boards.id, boardMembers.boardId))
    .innerJoin(units, eq(units.id, boards.unitId))
    .where(and(eq(boardMembers.userId, userId), filter ?? isNull(boards.archivedAt)))
    .orderBy(asc(units.name), asc(boards.name));
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

export interface BoardAccess {
  board: Board;
  unit: Unit;
  /** The role in effect: at most viewer while the board is archived (read-only). */
  role: BoardRole;
  /** The membership role itself (an owner keeps managing an archived board). */
  memberRole: BoardRole;
}

/** The board with the user's role on it, or undefined when the board is missing or the user is no member. */
export async function findBoardForUser(
  db: Queryable,
  boardId: string,
  userId: string,
): Promise<BoardAccess | undefined> {
  if (!isUuid(boardId)) return undefined;
  const [row] = await db
    .select({ board: boards, unit: units, role: boardMembers.role })
    .from(boards)
    .innerJoin(units, eq(units.id, boards.unitId))
    .innerJoin(boardMembers, and(eq(boardMembers.boardId, boards.id), eq(boardMembers.userId, userId)))
    .where(eq(boards.id, boardId))
    .limit(1);
  if (!row) return undefined;
  return { ...row, memberRole: row.role, role: row.board.archivedAt ? "viewer" : row.role };
}

/** True for strings shaped like a UUID (board ids in URLs are checked before they reach SQL). */
export function isUuid(value: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
}

export interface BoardMemberRow {
  userId: string;
  name: string;
  email: string;
  level: string;
  title: string | null;
  role: BoardRole;
}

/** Members of a board with their names, owners first. */
export async function listBoardMembers(db: Queryable, boardId: string): Promise<BoardMemberRow[]> {
  const rows = await db
    .select({
      userId: users.id,
      name: users.name,
      email: users.email,
      level: users.level,
      title: users.title,
      role: boardMembers.role,
    })
    .from(boardMembers)
    .innerJoin(users, eq(users.id, boardMembers.userId))
    .where(eq(boardMembers.boardId, boardId))
    .orderBy(asc(users.name));
  const order: BoardRole[] = ["owner", "editor", "commenter", "viewer"];
  return rows.sort((a, b) => order.indexOf(a.role) - order.indexOf(b.role));
}

export class LastOwnerError extends Error {
  constructor() {
    super("A board must keep at least one owner");
    this.name = "LastOwnerError";
  }
}

/**
 * Sets (adds or changes) a member's role. Refuses to demote the last owner; runs in a transaction
 * that locks the board's owner rows so two owners demoting each other cannot leave none.
 */
export async function setBoardMemberRole(
  db: Queryable,
  boardId: string,
  userId: string,
  role: BoardRole,
): Promise<void> {
  await db.transaction(async (tx) => {
    const owners = await tx
      .select({ userId: boardMembers.userId })
      .from(boardMembers)
      .where(and(eq(boardMembers.boardId, boardId), eq(boardMembers.role, "owner")))
      .for("update");
    const isOwner = owners.some((o) => o.userId === userId);
    if (isOwner && role !== "owner" && owners.length <= 1) throw new LastOwnerError();
    await tx
      .insert(boardMembers)
      .values({ boardId, userId, role })
      .onConflictDoUpdate({ target: [boardMembers.boardId, boardMembers.userId], set: { role } });
  });
}

/** Removes a member. Refuses to remove the last owner. */
export async function removeBoardMember(db: Queryable, boardId: string, userId: string): Promise<void> {
  await db.transaction(async (tx) => {
    const owners = await tx
      .select({ userId: boardMembers.userId })
      .from(boardMembers)
      .where(and(eq(boardMembers.boardId, boardId), eq(boardMembers.role, "owner")))
      .for("update");
    if (owners.length <= 1 && owners[0]?.userId === userId) throw new LastOwnerError();
    await tx.delete(boardMembers).where(and(eq(boardMembers.boardId, boardId), eq(boardMembers.userId, userId)));
  });
}

/** The member's role on the board, or undefined for non-members. */
export async function findMemberRole(db: Queryable, boardId: string, userId: string): Promise<BoardRole | undefined> {
  const [row] = await db
    .select({ role: boardMembers.role })
    .from(boardMembers)
    .where(and(eq(boardMembers.boardId, boardId), eq(boardMembers.userId, userId)))
    .limit(1);
  return row?.role;
}

/** A unit of the organisation by id, or undefined when it belongs to another organisation. */
export async function findUnit(db: Queryable, organisationId: string, unitId: string): Promise<Unit | undefined> {
  const [row] = await db
    .select()
    .from(units)
    .where(and(eq(units.id, unitId), eq(units.organisationId, organisationId)))
    .limit(1);
  return row;
}

/** Active (not archived) units of an organisation, by name. */
export async function listUnits(db: Queryable, organisationId: string): Promise<Unit[]> {
  return db
    .select()
    .from(units)
    .where(and(eq(units.organisationId, organisationId), isNull(units.archivedAt)))
    .orderBy(asc(units.name));
}

/** Finds a unit of the organisation by name, creating it when missing. */
export async function findOrCreateUnit(db: Queryable, organisationId: string, name: string): Promise<Unit> {
  const [existing] = await db
    .select()
    .from(units)
    .where(and(eq(units.organisationId, organisationId), eq(units.name, name)))
    .limit(1);
  if (existing) return existing;
  const [created] = await db.insert(units).values({ organisationId, name }).onConflictDoNothing().returning();
  if (created) return created;
  const [raced] = await db
    .select()
    .from(units)
    .where(and(eq(units.organisationId, organisationId), eq(units.name, name)))
    .limit(1);
  return raced!;
}

export interface CreateBoardInput {
  organisationId: string;
  unitId: string;
  name: string;
  period: string;
  level: Board["level"];
  data: unknown;
  ownerId: string;
}

/** Inserts a board and makes its creator the owner, in one transaction (nested in the caller's). */
export async function insertBoardWithOwner(db: Queryable, input: CreateBoardInput): Promise<Board> {
  return db.transaction(async (tx) => {
    const [board] = await tx
      .insert(boards)
      .values({
        organisationId: input.organisationId,
        unitId: input.unitId,
        name: input.name,
        period: input.period,
        level: input.level,
        data: input.data,
        createdBy: input.ownerId,
      })
      .returning();
    await tx.insert(boardMembers).values({ boardId: board!.id, userId: input.ownerId, role: "owner" });
    return board!;
  });
}

/** Counts boards, for start-up checks (seed an empty database). */
export async function countBoards(db: Db): Promise<number> {
  const [row] = await db.select({ n: count() }).from(boards);
  return row?.n ?? 0;
}

/** Membership roles of several users on a board. */
export async function findRoles(db: Queryable, boardId: string, userIds: string[]): Promise<Map<string, BoardRole>> {
  if (userIds.length === 0) return new Map();
  const rows = await db
    .select({ userId: boardMembers.userId, role: boardMembers.role })
    .from(boardMembers)
    .where(and(eq(boardMembers.boardId, boardId), inArray(boardMembers.userId, userIds)));
  return new Map(rows.map((r) => [r.userId, r.role]));
}
