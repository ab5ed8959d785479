import { z } from "zod";
import type { LiveRooms } from "@/lib/board/live-rooms";
import { BOARD_DOC_ID } from "@/lib/board/protocol";
import type { Db } from "@/lib/db/client";
import { appendAuditEvent } from "@/lib/db/queries/audit";
import { findBoardDocument } from "@/lib/db/queries/board-documents";
import type { BoardVersion } from "@/lib/db/schema";
import {
  type Actor,
  auditActor,
  authorizeBoard,
  type CommandOptions,
  type CommandResult,
  inTransaction,
  parseInput,
} from "../command";
import { refusal } from "./errors";
import { readCurrentState, saveVersion } from "./save-version";

export const createNamedVersionInput = z.object({
  boardId: z.string(),
  docId: z.string().max(100).default(BOARD_DOC_ID),
  kind: z.enum(["named", "meeting", "before-import"]).default("named"),
  name: z.string("versions.errors.name").trim().max(120, "versions.errors.name").default(""),
});
export type CreateNamedVersionInput = z.input<typeof createNamedVersionInput>;

/** The collaboration server, when it runs in this process (null: read the stored state). */
export interface VersionDeps {
  rooms: LiveRooms | null;
}

/** Editor rights on the board, and the document (when one is named) on that board. */
export async function authorizeDoc(db: Db, actor: Actor, boardId: string, docId: string): Promise<CommandResult<null>> {
  const allowed = await inTransaction(db, undefined, async (tx) => {
    await authorizeBoard(tx, actor, boardId, "editor");
    return null;
  });
  if (!allowed.ok || docId === BOARD_DOC_ID) return allowed;
  return (await findBoardDocument(db, boardId, docId)) ? allowed : { ok: false, error: { kind: "not-found" } };
}

/**
 * Saves the board's (or one document's) current state as a version: named ("Inför
 * balanseringsmöte 12 mars"), a meeting's, or the checkpoint taken before an import, which a
 * restore can go back to. Editors and owners only; a named version needs a name. Records
 * `version.created`.
 */
export async function createNamedVersion(
  db: Db,
  actor: Actor,
  input: unknown,
  deps: VersionDeps,
  options?: CommandOptions,
): Promise<CommandResult<BoardVersion>> {
  const parsed = parseInput(createNamedVersionInput, input);
  if (!parsed.ok) return parsed;
  const { boardId, docId, kind, name } = parsed.value;
  if (kind !== "before-import" && name.length === 0)
    return { ok: false, error: refusal("name", "versions.errors.name") };
  const allowed = await authorizeDoc(db, actor, boardId, docId);
  if (!allowed.ok) return allowed;
  const state = await readCurrentState(db, deps.rooms, { boardId, docId });
  if (!state) return { ok: false, error: { kind: "not-found" } };
  return inTransaction(db, options, async (tx) => {
    await authorizeBoard(tx, actor, boardId, "editor");
    const version = await saveVersion(tx, { boardId, docId, kind, name: name || null, createdBy: actor.id }, state);
    if (!version) throw new Error("a named version is never skipped");
    await appendAuditEvent(tx, auditActor(actor), {
      type: "version.created",
      data: { boardId, docId, versionId: version.id, kind, name: version.name },
    });
    return version;
  });
}
