import { z } from "zod";
import type { Db } from "@/lib/db/client";
import { appendAuditEvent } from "@/lib/db/queries/audit";
import { findOrCreateUnit, insertBoardWithOwner } from "@/lib/db/queries/boards";
import type { Board } from "@/lib/db/schema";
import { parseBoardText, weekYear } from "@/lib/engine";
import { checkBoardImportLimits } from "@/lib/import/board-import-limits";
import { type Actor, auditActor, type CommandOptions, type CommandResult, inTransaction, invalid } from "../command";

export const importBoardInput = z.object({ text: z.string() });
export type ImportBoardInput = z.infer<typeof importBoardInput>;

/**
 * Creates a new board owned by the actor from a `pks-board` document (version 1 or 2), in the actor's
 * organisation (the unit is matched by name, created when missing). An invalid document is refused
 * with every error line (path and reason) in `details` and nothing is stored; the server's import
 * limits (history window, text lengths: lib/import/board-import-limits.ts) apply on top of the
 * engine's validation. Records
 * `board.imported`.
 */
export async function importBoard(
  db: Db,
  actor: Actor,
  input: ImportBoardInput,
  options?: CommandOptions,
): Promise<CommandResult<Board>> {
  const parsed = parseBoardText(input.text);
  if (!parsed.ok) return { ok: false, error: invalid("document", "commands.invalidDocument", parsed.errors) };
  const refused = checkBoardImportLimits(parsed.board);
  if (refused.length > 0) return { ok: false, error: invalid("document", "commands.invalidDocument", refused) };
  const data = parsed.board;
  return inTransaction(db, options, async (tx) => {
    const unit = await findOrCreateUnit(tx, actor.organisationId, data.board?.unit?.trim() || "Okänd verksamhet");
    const board = await insertBoardWithOwner(tx, {
      organisationId: actor.organisationId,
      unitId: unit.id,
      name: data.board?.name?.trim() || "Importerad tavla",
      period: String(weekYear(data.horizon.start)),
      // The boards table has no "political" level yet; the document keeps it.
      level: data.board?.level === "political" ? "strategic" : (data.board?.level ?? "tactical"),
      data,
      ownerId: actor.id,
    });
    await appendAuditEvent(tx, auditActor(actor), {
      type: "board.imported",
      data: { boardId: board.id, name: board.name, bytes: Buffer.byteLength(input.text) },
    });
    return board;
  });
}
