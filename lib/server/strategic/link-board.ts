import { z } from "zod";
import type { Db, Tx } from "@/lib/db/client";
import { appendAuditEvent } from "@/lib/db/queries/audit";
import { type Board, strategicLinks } from "@/lib/db/schema";
import {
  type Actor,
  auditActor,
  authorizeBoard,
  type CommandOptions,
  type CommandResult,
  inTransaction,
  refuse,
} from "../command";
import { strategicRefusal } from "./errors";
import { notifyStrategicChanged } from "./notify";
import { findBoardById, isLinked, listLinkedIds } from "./queries";

export const linkBoardInput = z.object({ boardId: z.string(), unitBoardId: z.string() });

/** Refuses unless `board` may gather others: it must be a strategic board. */
export function requireStrategic(board: Board): void {
  if (board.level !== "strategic") refuse(strategicRefusal("boardId", "notStrategic"));
}

/** Whether `start` reaches `target` by following links (a link target → start would close a cycle). */
async function reaches(tx: Tx, start: string, target: string): Promise<boolean> {
  const seen = new Set([start]);
  let frontier = [start];
  while (frontier.length > 0) {
    const next = (await listLinkedIds(tx, frontier)).filter((id) => !seen.has(id));
    if (next.includes(target)) return true;
    for (const id of next) seen.add(id);
    frontier = next;
  }
  return false;
}

/** The unit board to link, refused when it is another organisation's, strategic, or would close a cycle. */
async function checkUnitBoard(tx: Tx, strategic: Board, unitBoardId: string): Promise<Board> {
  const isId = z.uuid().safeParse(unitBoardId).success;
  const unit = isId ? await findBoardById(tx, unitBoardId) : undefined;
  if (!unit) refuse(strategicRefusal("unitBoardId", "unitNotFound"));
  if (unit.organisationId !== strategic.organisationId) refuse(strategicRefusal("unitBoardId", "otherOrganisation"));
  if (unit.id === strategic.id || (await reaches(tx, unit.id, strategic.id)))
    refuse(strategicRefusal("unitBoardId", "cycle", { name: unit.name }));
  if (unit.level === "strategic") refuse(strategicRefusal("unitBoardId", "strategicAsUnit"));
  if (await isLinked(tx, strategic.id, unit.id)) refuse(strategicRefusal("unitBoardId", "alreadyLinked"));
  return unit;
}

/**
 * Links a unit board of the organisation to a strategic board (its owners only). Refused with a
 * Swedish message: a board of another organisation, a strategic board as a unit, a cycle, a
 * second link. Records `strategic.linked`; the strategic board's open tabs refresh their sums.
 */
export async function linkBoard(
  db: Db,
  actor: Actor,
  input: unknown,
  options?: CommandOptions,
): Promise<CommandResult<{ unitBoardId: string }>> {
  const parsed = linkBoardInput.safeParse(input);
  if (!parsed.success) return { ok: false, error: strategicRefusal("unitBoardId", "unitNotFound") };
  const { boardId, unitBoardId } = parsed.data;
  const result = await inTransaction(db, options, async (tx) => {
    const { board } = await authorizeBoard(tx, actor, boardId, "owner");
    requireStrategic(board);
    const unit = await checkUnitBoard(tx, board, unitBoardId);
    await tx.insert(strategicLinks).values({ strategicBoardId: board.id, unitBoardId: unit.id, createdBy: actor.id });
    await appendAuditEvent(tx, auditActor(actor), {
      type: "strategic.linked",
      data: { boardId: board.id, unitBoardId: unit.id },
    });
    return { unitBoardId: unit.id };
  });
  if (result.ok) notifyStrategicChanged(boardId, result.value.unitBoardId);
  return result;
}
