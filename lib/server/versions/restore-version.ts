import * as yjs from "yjs";
import { z } from "zod";
import { BOARD_DOC_ID } from "@/lib/board/protocol";
import type { Db } from "@/lib/db/client";
import { appendAuditEvent } from "@/lib/db/queries/audit";
import { findVersion } from "@/lib/db/queries/versions";
import type { BoardVersion } from "@/lib/db/schema";
import { docFromState, type VersionContent } from "@/lib/versions/content";
import { applyItemRestore, computeRevertUpdate, type ItemRestoreError } from "@/lib/versions/restore";
import {
  type Actor,
  auditActor,
  authorizeBoard,
  type CommandOptions,
  type CommandResult,
  inTransaction,
  parseInput,
} from "../command";
import { authorizeDoc, type VersionDeps } from "./create-named-version";
import { refusal, swedishVersionMessage } from "./errors";
import { saveVersion } from "./save-version";

export const restoreVersionInput = z.object({
  boardId: z.string(),
  versionId: z.uuid("versions.errors.versionNotFound"),
  /** One removed planning object, resource or measure instead of the whole version. */
  item: z
    .object({ kind: z.enum(["planningObject", "resource", "measure"]), id: z.string().min(1).max(200) })
    .nullable()
    .default(null),
});
export type RestoreVersionInput = z.input<typeof restoreVersionInput>;

/** What a restore made: the checkpoint of the state before it and the version it produced. */
export interface RestoreResult {
  before: BoardVersion;
  result: BoardVersion;
}

type Item = z.output<typeof restoreVersionInput>["item"];

/**
 * The restore as bytes, computed on a copy of the room's state (`state`): the update to apply,
 * the state after it, or why a single item cannot come back. Runs with this bundle's Yjs only.
 */
function computeRestore(state: Uint8Array, version: BoardVersion, item: Item) {
  const doc = docFromState(state);
  try {
    const before = yjs.encodeStateVector(doc);
    let error: ItemRestoreError | null = null;
    if (item) error = applyItemRestore(doc, (version.content as VersionContent).board!, item);
    else yjs.applyUpdate(doc, computeRevertUpdate(doc, version.yjsState));
    if (error) return { state, error, update: null, after: null };
    return { state, error, update: yjs.encodeStateAsUpdate(doc, before), after: yjs.encodeStateAsUpdate(doc) };
  } finally {
    doc.destroy();
  }
}

function nameOf(version: BoardVersion): string {
  return version.name ?? version.createdAt.toISOString().slice(0, 16).replace("T", " ");
}

/**
 * Restores a version (or one removed item from it) as a new change on top, inside the live room
 * (`withRoom`), so everyone connected sees it and Yjs keeps what others write meanwhile. The
 * state before is kept as a `before-restore` checkpoint and the result as a new version; nothing
 * is destroyed. A version of another board is refused. Records `version.restored`.
 */
export async function restoreVersion(
  db: Db,
  actor: Actor,
  input: unknown,
  deps: VersionDeps,
  options?: CommandOptions,
): Promise<CommandResult<RestoreResult>> {
  const parsed = parseInput(restoreVersionInput, input);
  if (!parsed.ok) return parsed;
  const { boardId, versionId, item } = parsed.value;
  const version = await findVersion(db, versionId);
  const allowed = await authorizeDoc(db, actor, boardId, version?.docId ?? BOARD_DOC_ID);
  if (!allowed.ok) return allowed;
  if (!version) return { ok: false, error: refusal("versionId", "versions.errors.versionNotFound") };
  if (version.boardId !== boardId) return { ok: false, error: refusal("versionId", "versions.errors.otherBoard") };
  if (item && version.docId !== BOARD_DOC_ID)
    return { ok: false, error: refusal("item", "versions.errors.itemNotInVersion") };
  if (!deps.rooms) return { ok: false, error: refusal("form", "versions.errors.liveUnavailable") };

  const ref = { boardId, docId: version.docId };
  const outcome = await deps.rooms.changeRoomState(
    ref,
    (state) => {
      const computed = computeRestore(state, version, item);
      return { update: computed.update ?? null, result: computed };
    },
    { userId: actor.id },
  );
  if (outcome.error || !outcome.after) return { ok: false, error: refusal("item", `versions.errors.${outcome.error}`) };
  const { state, after } = outcome;
  return inTransaction(db, options, async (tx) => {
    await authorizeBoard(tx, actor, boardId, "editor");
    const source = { boardId, docId: version.docId, createdBy: actor.id };
    const before = await saveVersion(tx, { ...source, kind: "before-restore" }, state);
    const name = swedishVersionMessage("versions.restoredFrom", { name: nameOf(version) });
    const result = await saveVersion(tx, { ...source, kind: "auto", name, restoredFromId: version.id }, after);
    await appendAuditEvent(tx, auditActor(actor), {
      type: "version.restored",
      data: {
        boardId,
        docId: version.docId,
        versionId,
        beforeVersionId: before!.id,
        resultVersionId: result!.id,
        item,
      },
    });
    return { before: before!, result: result! };
  });
}
