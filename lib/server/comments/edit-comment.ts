import { z } from "zod";
import type { Db, Tx } from "@/lib/db/client";
import { appendAuditEvent } from "@/lib/db/queries/audit";
import { findComment, markCommentDeleted, updateCommentBody } from "@/lib/db/queries/comments";
import type { Comment } from "@/lib/db/schema";
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
import { pushIfLive } from "../notifications/notify-users";
import { boardIdField, bodyField, checkMentions, commentIdField, mentionsField } from "./comment-input";

export const editCommentInput = z.object({
  boardId: boardIdField,
  commentId: commentIdField,
  body: bodyField,
  mentions: mentionsField,
});
export const deleteCommentInput = z.object({ boardId: boardIdField, commentId: commentIdField });

/** The actor's own, not deleted comment on the board, or a refusal. */
async function findOwnComment(tx: Tx, actor: Actor, boardId: string, commentId: string): Promise<Comment> {
  await authorizeBoard(tx, actor, boardId, "commenter");
  const comment = await findComment(tx, boardId, commentId);
  if (!comment) refuse(invalid("commentId", "comments.errors.commentMissing"));
  if (comment.authorId !== actor.id) refuse(invalid("commentId", "comments.errors.notAuthor"));
  if (comment.deletedAt) refuse(invalid("commentId", "comments.errors.commentDeleted"));
  return comment;
}

/** Changes the text of one's own comment (marked "redigerad"); records `comment.edited`. */
export async function editComment(
  db: Db,
  actor: Actor,
  input: unknown,
  options?: CommandOptions,
): Promise<CommandResult<{ threadId: string }>> {
  const parsed = parseInput(editCommentInput, input);
  if (!parsed.ok) return parsed;
  const { boardId, commentId, body } = parsed.value;
  const result = await inTransaction(db, options, async (tx) => {
    const comment = await findOwnComment(tx, actor, boardId, commentId);
    const mentions = await checkMentions(tx, boardId, parsed.value.mentions);
    await updateCommentBody(tx, commentId, body, mentions);
    await appendAuditEvent(tx, auditActor(actor), {
      type: "comment.edited",
      data: { boardId, threadId: comment.threadId, commentId },
    });
    return { threadId: comment.threadId };
  });
  if (result.ok)
    pushIfLive(boardId, { v: 1, type: "comment.changed", threadId: result.value.threadId, change: "edited" });
  return result;
}

/** Deletes one's own comment (its place in the thread stays, as "borttagen"); records `comment.deleted`. */
export async function deleteComment(
  db: Db,
  actor: Actor,
  input: unknown,
  options?: CommandOptions,
): Promise<CommandResult<{ threadId: string }>> {
  const parsed = parseInput(deleteCommentInput, input);
  if (!parsed.ok) return parsed;
  const { boardId, commentId } = parsed.value;
  const result = await inTransaction(db, options, async (tx) => {
    const comment = await findOwnComment(tx, actor, boardId, commentId);
    await markCommentDeleted(tx, commentId);
    await appendAuditEvent(tx, auditActor(actor), {
      type: "comment.deleted",
      data: { boardId, threadId: comment.threadId, commentId },
    });
    return { threadId: comment.threadId };
  });
  if (result.ok)
    pushIfLive(boardId, { v: 1, type: "comment.changed", threadId: result.value.threadId, change: "deleted" });
  return result;
}
