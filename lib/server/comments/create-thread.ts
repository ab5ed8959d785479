import { z } from "zod";
import { hasRole } from "@/lib/auth/roles";
import { anchorKeyOf, commentAnchorSchema, describeAnchor, sectionOf } from "@/lib/comments/anchor";
import type { Db } from "@/lib/db/client";
import { appendAuditEvent } from "@/lib/db/queries/audit";
import { loadBoardData } from "@/lib/db/queries/board-data";
import { listBoardDocuments } from "@/lib/db/queries/board-documents";
import { findBoardForUser } from "@/lib/db/queries/boards";
import { insertComment, insertThread } from "@/lib/db/queries/comments";
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
import { deliverNotifications, pushIfLive } from "../notifications/notify-users";
import { boardIdField, bodyField, checkMentions, mentionsField } from "./comment-input";
import { notifyAboutComment } from "./notify-comment";

export const createThreadInput = z.object({
  boardId: boardIdField,
  anchor: commentAnchorSchema,
  body: bodyField,
  mentions: mentionsField,
});
export type CreateThreadInput = z.input<typeof createThreadInput>;

/**
 * Starts a thread with its first comment on a place of the board (commenter or above). The place
 * must exist now (its label is stored, so the thread outlives it as orphaned); mentioned people
 * must be members and are notified. Records `comment.added` and pushes `comment.changed`.
 */
export async function createThread(
  db: Db,
  actor: Actor,
  input: unknown,
  options?: CommandOptions,
): Promise<CommandResult<{ threadId: string; commentId: string }>> {
  const parsed = parseInput(createThreadInput, input);
  if (!parsed.ok) return parsed;
  const { boardId, anchor, body } = parsed.value;
  const access = await findBoardForUser(db, boardId, actor.id);
  if (!access) return { ok: false, error: { kind: "not-found" } };
  if (!hasRole(access.role, "commenter")) return { ok: false, error: { kind: "forbidden" } };
  const [data, documents] = await Promise.all([loadBoardData(db, access.board), listBoardDocuments(db, boardId)]);
  const placeLabel = describeAnchor(anchor, data, documents);
  if (placeLabel === null) return { ok: false, error: invalid("anchor", "comments.errors.anchorMissing") };
  const section = sectionOf(anchor);
  const result = await inTransaction(db, options, async (tx) => {
    await authorizeBoard(tx, actor, boardId, "commenter");
    const mentions = await checkMentions(tx, boardId, parsed.value.mentions);
    const thread = await insertThread(tx, {
      boardId,
      anchor,
      anchorKey: anchorKeyOf(anchor),
      section,
      placeLabel,
      createdBy: actor.id,
    });
    const comment = await insertComment(tx, { threadId: thread.id, authorId: actor.id, body, mentions });
    await appendAuditEvent(tx, auditActor(actor), {
      type: "comment.added",
      data: { boardId, threadId: thread.id, commentId: comment.id, isNewThread: true, mentions },
    });
    const notified = await notifyAboutComment(tx, { actor, thread, body, mentions, isReply: false });
    return { threadId: thread.id, commentId: comment.id, notified };
  });
  if (!result.ok) return result;
  pushIfLive(boardId, { v: 1, type: "comment.changed", threadId: result.value.threadId, change: "created" });
  deliverNotifications(result.value.notified);
  return { ok: true, value: { threadId: result.value.threadId, commentId: result.value.commentId } };
}
