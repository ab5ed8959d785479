import { z } from "zod";
import { hasRole } from "@/lib/auth/roles";
import type { Db } from "@/lib/db/client";
import { appendAuditEvent } from "@/lib/db/queries/audit";
import { loadBoardData } from "@/lib/db/queries/board-data";
import { type BoardAccess, findBoardForUser } from "@/lib/db/queries/boards";
import type { PksBoard } from "@/lib/engine";
import { type Actor, auditActor, type CommandOptions, type CommandResult, inTransaction, parseInput } from "../command";

export const exportBoardInput = z.object({
  boardId: z.string(),
  format: z.enum(["pks-board", "xlsx"], "commands.exportFormat"),
});
export type ExportBoardInput = z.input<typeof exportBoardInput>;

/**
 * The board's current data for a download by any member, recorded as `board.exported` (who took
 * a copy of the plan out of the system, and in which format). Presenting it as a file is the
 * route's job.
 */
export async function exportBoard(
  db: Db,
  actor: Actor,
  input: ExportBoardInput,
  options?: CommandOptions,
): Promise<CommandResult<{ access: BoardAccess; data: PksBoard }>> {
  const parsed = parseInput(exportBoardInput, input);
  if (!parsed.ok) return parsed;
  const { boardId, format } = parsed.value;
  // Read outside the transaction: the stored document is read in its own consistent snapshot, and
  // PGlite has a single connection that an open transaction would hold.
  const access = await findBoardForUser(db, boardId, actor.id);
  if (!access) return { ok: false, error: { kind: "not-found" } };
  if (!hasRole(access.role, "viewer")) return { ok: false, error: { kind: "forbidden" } };
  const data = await loadBoardData(db, access.board);
  return inTransaction(db, options, async (tx) => {
    await appendAuditEvent(tx, auditActor(actor), {
      type: "board.exported",
      data: { boardId: access.board.id, format },
    });
    return { access, data };
  });
}
