import { z } from "zod";
import type { Db } from "@/lib/db/client";
import { appendAuditEvent } from "@/lib/db/queries/audit";
import { findThread, insertComment } from "@/lib/db/queries/comments";
import {
  type Actor,
  auditActor,
  authorizeBoard,
  type CommandOptions,
  type CommandResult,
  inTransaction,
  invalid,
  parseInput,
  refuse,
} from "../command";
import { deliverNotifications, pushIfLive } from "../notifications/notify-users";
import { boardIdField, bodyField, checkMentions, mentionsField, threadIdField } from "./comment-input";
import { notifyAboutComment } from "./notify-comment";

export const replyToThreadInput = z.object({
  boardId: boardIdField,
  threadId: threadIdField,
  body: bodyField,
  mentions: mentionsField,
});

/**
 * Adds a reply to a thread (commenter or above; also to a resolved or orphaned thread). Notifies
 * the mentioned people and the thread's other participants; records `comment.added`.
 */
export async function replyToThread(
  db: Db,
  actor: Actor,
  input: unknown,
  options?: CommandOptions,
): Promise<CommandResult<{ threadId: string; commentId: string }>> {
  const parsed = parseInput(replyToThreadInput, input);
  if (!parsed.ok) return parsed;
  const { boardId, threadId, body } = parsed.value;
  const result = await inTransaction(db, options, async (tx) => {
    await authorizeBoard(tx, actor, boardId, "commenter");
    const thread = await findThread(tx, boardId, threadId);
    if (!thread) refuse(invalid("threadId", "comments.errors.threadMissing"));
    const mentions = await checkMentions(tx, boardId, parsed.value.mentions);
    const comment = await insertComment(tx, { threadId, authorId: actor.id, body, mentions });
    await appendAuditEvent(tx, auditActor(actor), {
      type: "comment.added",
      data: { boardId, threadId, commentId: comment.id, isNewThread: false, mentions },
    });
    const notified = await notifyAboutComment(tx, { actor, thread, body, mentions, isReply: true });
    return { threadId, commentId: comment.id, notified };
  });
  if (!result.ok) return result;
  pushIfLive(boardId, { v: 1, type: "comment.changed", threadId, change: "replied" });
  deliverNotifications(result.value.notified);
  return { ok: true, value: { threadId, commentId: result.value.commentId } };
}
