import type { Db } from "@/lib/db/client";
import { appendAuditEvent } from "@/lib/db/queries/audit";
import { findBoardForUser, isUuid } from "@/lib/db/queries/boards";
import { findVersion } from "@/lib/db/queries/versions";
import type { PksBoard } from "@/lib/engine";
import type { VersionContent } from "@/lib/versions/content";
import { type Actor, auditActor, type CommandResult, inTransaction } from "../command";

/**
 * One version's planning data for an XLSX download by any member of its board, recorded as
 * `board.exported` (format `version-xlsx`). A version of another board, or of a document (no
 * numbers), is not found.
 */
export async function exportVersion(
  db: Db,
  actor: Actor,
  input: { boardId: string; versionId: string },
): Promise<CommandResult<{ boardName: string; versionName: string | null; createdAt: Date; data: PksBoard }>> {
  const access = await findBoardForUser(db, input.boardId, actor.id);
  if (!access || !isUuid(input.versionId)) return { ok: false, error: { kind: "not-found" } };
  const version = await findVersion(db, input.versionId);
  const data = (version?.content as VersionContent | undefined)?.board;
  if (!version || version.boardId !== access.board.id || !data) return { ok: false, error: { kind: "not-found" } };
  return inTransaction(db, undefined, async (tx) => {
    await appendAuditEvent(tx, auditActor(actor), {
      type: "board.exported",
      data: { boardId: access.board.id, format: "version-xlsx", versionId: version.id },
    });
    return { boardName: access.board.name, versionName: version.name, createdAt: version.createdAt, data };
  });
}
