import { randomUUID } from "node:crypto";
import { z } from "zod";
import { addMeasure, readBoardFromDoc } from "@/lib/board/doc-model";
import { applyToCopy, type LiveRooms } from "@/lib/board/live-rooms";
import type { Db } from "@/lib/db/client";
import { appendAuditEvent } from "@/lib/db/queries/audit";
import { findBoardDocument } from "@/lib/db/queries/board-documents";
import type { BoardDocument } from "@/lib/db/schema";
import {
  type ActionItem,
  isNeedLever,
  linkActionItem,
  type ReflectionPeriod,
  readActionItems,
  readPeriod,
} from "@/lib/documents/reflection";
import type { Measure } from "@/lib/engine";
import {
  type Actor,
  auditActor,
  authorizeBoard,
  type CommandOptions,
  type CommandResult,
  inTransaction,
  invalid,
  parseInput,
} from "../command";
import type { DecideDeps } from "./decide-document";

export const promoteActionItemInput = z.object({
  boardId: z.uuid("documentErrors.document"),
  docId: z.uuid("documentErrors.document"),
  itemId: z
    .string("documentErrors.actionItem")
    .min(1, "documentErrors.actionItem")
    .max(100, "documentErrors.actionItem"),
});

const refusal = (field: string, code: string) => ({ ok: false as const, error: invalid(field, code) });

/** The measure an action item becomes: proposed, with its lever, on its planning object or resource, naming the session. */
function measureOf(item: ActionItem, source: string, id: string): Measure {
  const common = { id, title: item.text.trim(), status: "proposed" as const, lever: item.lever!, note: source };
  return isNeedLever(item.lever!)
    ? { ...common, kind: "need", planningObjectId: item.targetId }
    : { ...common, kind: "capacity", resourceId: item.targetId, hoursPerWeek: 0 };
}

/**
 * The checks both promotions share: an editor, a reflection session of the board, the live rooms,
 * an item of the session that became neither a measure nor a rule yet, with a text. Returns the
 * session's row, the item and its period, or the refusal.
 */
export async function readPromotableItem(
  db: Db,
  actor: Actor,
  ref: { boardId: string; docId: string; itemId: string },
  deps: DecideDeps,
): Promise<CommandResult<{ row: BoardDocument; item: ActionItem; period: ReflectionPeriod | null; rooms: LiveRooms }>> {
  const { boardId, docId, itemId } = ref;
  const allowed = await inTransaction(db, undefined, (tx) => authorizeBoard(tx, actor, boardId, "editor"));
  if (!allowed.ok) return allowed;
  const row = await findBoardDocument(db, boardId, docId);
  if (row?.kind !== "reflection") return refusal("docId", "documentErrors.notReflection");
  if (!deps.rooms) return refusal("form", "versions.errors.liveUnavailable");
  const rooms = deps.rooms;
  const { item, period } = await rooms.changeRoomState({ boardId, docId }, (state) =>
    applyToCopy(state, (doc) => ({ item: readActionItems(doc).find((i) => i.id === itemId), period: readPeriod(doc) })),
  );
  if (!item) return refusal("itemId", "documentErrors.actionItem");
  if (item.measureId) return refusal("itemId", "documentErrors.alreadyMeasure");
  if (item.ruleId) return refusal("itemId", "documentErrors.alreadyRule");
  if (!item.text.trim() || item.text.length > 200) return refusal("text", "documentErrors.actionText");
  return { ok: true, value: { row, item, period, rooms } };
}

/**
 * Makes a reflection's action item a balancing measure on the board with one click (editors and
 * owners): status förslag, with the item's lever, on its planning object (need levers) or resource
 * (capacity levers), its effect left for Balansering. Linked both ways: the item keeps the
 * measure's id (written first, so a second click cannot make a second measure), the measure's
 * note names the session and its period. Both changes go through the live rooms (`withRoom`);
 * records `reflection.action-promoted`.
 */
export async function promoteActionItem(
  db: Db,
  actor: Actor,
  input: unknown,
  deps: DecideDeps,
  options?: CommandOptions,
): Promise<CommandResult<{ measureId: string }>> {
  const parsed = parseInput(promoteActionItemInput, input);
  if (!parsed.ok) return parsed;
  const { boardId, docId, itemId } = parsed.value;
  const found = await readPromotableItem(db, actor, parsed.value, deps);
  if (!found.ok) return found;
  const { row, item, period, rooms } = found.value;
  const ref = { boardId, docId };
  if (!item.lever) return refusal("lever", "documentErrors.lever");
  const board = await rooms.changeRoomState({ boardId, docId: "" }, (state) => applyToCopy(state, readBoardFromDoc));
  const targets = isNeedLever(item.lever) ? board.planningObjects : board.resources;
  if (!targets.some((t) => t.id === item.targetId)) return refusal("targetId", "documentErrors.target");

  const measureId = `m-${randomUUID()}`;
  const linked = await rooms.changeRoomState(
    ref,
    (state) => applyToCopy(state, (doc) => linkActionItem(doc, itemId, measureId)),
    {
      userId: actor.id,
    },
  );
  if (!linked) return refusal("itemId", "documentErrors.alreadyMeasure");
  const source = `Från reflektion ”${row.title}”${period ? ` (${period.fromWeek}–${period.toWeek})` : ""}`;
  await rooms.changeRoomState(
    { boardId, docId: "" },
    (state) => applyToCopy(state, (doc) => addMeasure(doc, measureOf(item, source, measureId))),
    { userId: actor.id },
  );
  return inTransaction(db, options, async (tx) => {
    await appendAuditEvent(tx, auditActor(actor), {
      type: "reflection.action-promoted",
      data: { boardId, docId, itemId, measureId },
    });
    return { measureId };
  });
}
