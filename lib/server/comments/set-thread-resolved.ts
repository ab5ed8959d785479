import { z } from "zod";
import type { Db } from "@/lib/db/client";
import { appendAuditEvent } from "@/lib/db/queries/audit";
import { findThread, setThreadResolvedAt } from "@/lib/db/queries/comments";
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
import { boardIdField, threadIdField } from "./comment-input";

export const setThreadResolvedInput = z.object({
  boardId: boardIdField,
  threadId: threadIdField,
  resolved: z.boolean("comments.errors.threadMissing"),
});

/**
 * Resolves or reopens a thread (commenter or above). Resolving a resolved thread changes nothing
 * and records nothing; otherwise records `comment.thread-resolved` and pushes the change.
 */
export async function setThreadResolved(
  db: Db,
  actor: Actor,
  input: unknown,
  options?: CommandOptions,
): Promise<CommandResult<{ changed: boolean }>> {
  const parsed = parseInput(setThreadResolvedInput, input);
  if (!parsed.ok) return parsed;
  const { boardId, threadId, resolved } = parsed.value;
  const result = await inTransaction(db, options, async (tx) => {
    await authorizeBoard(tx, actor, boardId, "commenter");
    const thread = await findThread(tx, boardId, threadId);
    if (!thread) refuse(invalid("threadId", "comments.errors.threadMissing"));
    if ((thread.resolvedAt !== null) === resolved) return { changed: false };
    await setThreadResolvedAt(tx, threadId, resolved ? actor.id : null);
    await appendAuditEvent(tx, auditActor(actor), {
      type: "comment.thread-resolved",
      data: { boardId, threadId, resolved },
    });
    return { changed: true };
  });
  if (result.ok && result.value.changed)
    pushIfLive(boardId, { v: 1, type: "comment.changed", threadId, change: resolved ? "resolved" : "reopened" });
  return result;
}
