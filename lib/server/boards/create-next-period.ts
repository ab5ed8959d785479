import { eq } from "drizzle-orm";
import { z } from "zod";
import { hasRole } from "@/lib/auth/roles";
import { buildNextPeriodDoc } from "@/lib/board/next-period-doc";
import type { Db } from "@/lib/db/client";
import { appendAuditEvent } from "@/lib/db/queries/audit";
import { loadBoardDocState } from "@/lib/db/queries/board-docs";
import { findMemberRole } from "@/lib/db/queries/boards";
import { type Board, boardDocSnapshots, boardMembers, boards } from "@/lib/db/schema";
import { parseBoard, weekYear } from "@/lib/engine";
import { ADMIN_KEYS, type AdminActor, adminRefusal, adminRefused } from "../admin/actor";
import { auditActor, type CommandOptions, type CommandResult, inTransaction, parseInput, refuse } from "../command";
import { lockBoardWithRole } from "./board-owner";

const input = z.object({ boardId: z.uuid("board") });

/**
 * "Ny period från denna tavla": creates next period's board from this one (see
 * lib/board/next-period.ts; rich-text rules and agreements are copied too), with the same unit,
 * level and members, linked back to this board.
 * Editors and owners; the actor becomes an owner of the new board.
 */
export async function createNextPeriod(
  db: Db,
  actor: AdminActor,
  raw: unknown,
  options?: CommandOptions,
): Promise<CommandResult<Board>> {
  if (actor.deactivatedAt) return adminRefused("forbidden", "form", "forbidden");
  const parsed = parseInput(input, raw, ADMIN_KEYS);
  if (!parsed.ok) return parsed;
  const [source] = await db.select().from(boards).where(eq(boards.id, parsed.value.boardId)).limit(1);
  if (!source || source.organisationId !== actor.organisationId) return adminRefused("not-found", "boardId", "board");
  // Membership first, so a non-member learns nothing about the board (not even that it is invalid).
  const role = await findMemberRole(db, source.id, actor.id);
  if (!role) return adminRefused("not-found", "boardId", "board");
  const stored = await loadBoardDocState(db, source.id);
  if (!stored) return adminRefused("not-found", "boardId", "board");
  const next = buildNextPeriodDoc(stored.update);
  const checked = parseBoard(next.data);
  if (!checked.ok) return adminRefused("invalid", "boardId", "nextPeriodInvalid");
  const data = checked.board;
  return inTransaction(db, options, async (tx) => {
    const found = await lockBoardWithRole(tx, source.id, actor.id);
    if (!found?.role) refuse(adminRefusal("not-found", "boardId", "board"));
    if (!hasRole(found.role, "editor")) refuse(adminRefusal("forbidden", "form", "editorOnly"));
    const period = String(weekYear(data.horizon.start));
    const [board] = await tx
      .insert(boards)
      .values({
        organisationId: source.organisationId,
        unitId: source.unitId,
        name: data.board.name,
        period,
        level: source.level,
        data,
        createdBy: actor.id,
        previousBoardId: source.id,
      })
      .returning();
    // The new board's document starts from this snapshot (with the carried rules and agreements).
    await tx.insert(boardDocSnapshots).values({ boardId: board!.id, state: next.state, throughId: 0, updateCount: 0 });
    const members = await tx.select().from(boardMembers).where(eq(boardMembers.boardId, source.id));
    const roles = new Map(members.map((m) => [m.userId, m.role]));
    roles.set(actor.id, "owner");
    await tx.insert(boardMembers).values([...roles].map(([userId, role]) => ({ boardId: board!.id, userId, role })));
    await appendAuditEvent(tx, auditActor(actor), {
      type: "board.next-period-created",
      data: { boardId: board!.id, fromBoardId: source.id, period },
    });
    return board!;
  });
}
