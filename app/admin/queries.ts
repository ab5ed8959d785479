import { and, asc, eq, ilike, isNotNull, isNull, or, type SQL } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { boardMembers, boards, type Unit, units, users, userUnits } from "@/lib/db/schema";

/** Boards a person is a member of (for re-checking their open sockets). */
export async function boardIdsOfPerson(db: Db, userId: string): Promise<string[]> {
  const rows = await db.select({ id: boardMembers.boardId }).from(boardMembers).where(eq(boardMembers.userId, userId));
  return rows.map((r) => r.id);
}

export interface PeopleFilter {
  q?: string;
  unitId?: string;
  level?: string;
  status?: "active" | "deactivated" | "all";
}

export interface PersonRow {
  id: string;
  name: string;
  email: string;
  title: string | null;
  level: string;
  isOrgAdmin: boolean;
  deactivatedAt: Date | null;
  mustChangePassword: boolean;
  units: string[];
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** People of the organisation with their units, filtered by text, unit, level and status. */
export async function listPeople(db: Db, organisationId: string, filter: PeopleFilter): Promise<PersonRow[]> {
  const conditions: (SQL | undefined)[] = [eq(users.organisationId, organisationId)];
  const text = filter.q?.trim();
  if (text)
    conditions.push(or(ilike(users.name, `%${escapeLike(text)}%`), ilike(users.email, `%${escapeLike(text)}%`)));
  if (filter.level) conditions.push(eq(users.level, filter.level as PersonRow["level"] as never));
  if (filter.status === "active" || !filter.status) conditions.push(isNull(users.deactivatedAt));
  if (filter.status === "deactivated") conditions.push(isNotNull(users.deactivatedAt));
  const rows = await db
    .select()
    .from(users)
    .where(and(...conditions))
    .orderBy(asc(users.name))
    .limit(1000);
  const memberships = await db
    .select({ userId: userUnits.userId, unitId: units.id, name: units.name })
    .from(userUnits)
    .innerJoin(units, eq(units.id, userUnits.unitId))
    .where(eq(units.organisationId, organisationId));
  const byUser = new Map<string, { id: string; name: string }[]>();
  for (const m of memberships) byUser.set(m.userId, [...(byUser.get(m.userId) ?? []), { id: m.unitId, name: m.name }]);
  return rows
    .filter((u) => !filter.unitId || (byUser.get(u.id) ?? []).some((x) => x.id === filter.unitId))
    .map((u) => ({
      id: u.id,
      name: u.name,
      email: u.email,
      title: u.title,
      level: u.level,
      isOrgAdmin: u.isOrgAdmin,
      deactivatedAt: u.deactivatedAt,
      mustChangePassword: u.mustChangePassword,
      units: (byUser.get(u.id) ?? []).map((x) => x.name).sort(),
    }));
}

/** Active (or all) units of the organisation. */
export async function listOrgUnits(db: Db, organisationId: string, includeArchived = false): Promise<Unit[]> {
  return db
    .select()
    .from(units)
    .where(and(eq(units.organisationId, organisationId), includeArchived ? undefined : isNull(units.archivedAt)))
    .orderBy(asc(units.name));
}

export interface BoardOwnersRow {
  id: string;
  name: string;
  period: string;
  unitName: string;
  archivedAt: Date | null;
  owners: { id: string; name: string; active: boolean }[];
}

/** Every board of the organisation with its owners (deactivated owners marked). */
export async function listBoardOwners(db: Db, organisationId: string): Promise<BoardOwnersRow[]> {
  const rows = await db
    .select({
      id: boards.id,
      name: boards.name,
      period: boards.period,
      unitName: units.name,
      archivedAt: boards.archivedAt,
    })
    .from(boards)
    .innerJoin(units, eq(units.id, boards.unitId))
    .where(eq(boards.organisationId, organisationId))
    .orderBy(asc(units.name), asc(boards.name));
  const owners = await db
    .select({ boardId: boardMembers.boardId, id: users.id, name: users.name, deactivatedAt: users.deactivatedAt })
    .from(boardMembers)
    .innerJoin(users, eq(users.id, boardMembers.userId))
    .where(and(eq(boardMembers.role, "owner"), eq(users.organisationId, organisationId)));
  return rows.map((b) => ({
    ...b,
    owners: owners.filter((o) => o.boardId === b.id).map((o) => ({ id: o.id, name: o.name, active: !o.deactivatedAt })),
  }));
}
