import { and, asc, desc, eq, inArray, isNull } from "drizzle-orm";
import type { CommentAnchor } from "@/lib/comments/anchor";
import type { CommentView, ThreadView } from "@/lib/comments/views";

export type { CommentView, ThreadView };

import type { Queryable } from "../client";
import { type Comment, type CommentThread, comments, commentThreads, users } from "../schema";

export interface NewThread {
  boardId: string;
  anchor: CommentAnchor;
  anchorKey: string;
  section: string;
  placeLabel: string;
  createdBy: string;
}

/** Inserts a thread (without comments). */
export async function insertThread(db: Queryable, input: NewThread): Promise<CommentThread> {
  const [row] = await db
    .insert(commentThreads)
    .values({ ...input, anchorKind: input.anchor.kind })
    .returning();
  return row;
}

/** Inserts one comment of a thread. */
export async function insertComment(
  db: Queryable,
  input: { threadId: string; authorId: string; body: string; mentions: string[] },
): Promise<Comment> {
  const [row] = await db.insert(comments).values(input).returning();
  return row;
}

/** A thread of the board, or undefined (also for a thread of another board). */
export async function findThread(db: Queryable, boardId: string, threadId: string): Promise<CommentThread | undefined> {
  const [row] = await db
    .select()
    .from(commentThreads)
    .where(and(eq(commentThreads.id, threadId), eq(commentThreads.boardId, boardId)));
  return row;
}

/** A comment with its thread's board, or undefined when it is not on that board. */
export async function findComment(
  db: Queryable,
  boardId: string,
  commentId: string,
): Promise<(Comment & { threadResolved: boolean }) | undefined> {
  const [row] = await db
    .select({ comment: comments, resolvedAt: commentThreads.resolvedAt })
    .from(comments)
    .innerJoin(commentThreads, eq(commentThreads.id, comments.threadId))
    .where(and(eq(comments.id, commentId), eq(commentThreads.boardId, boardId)));
  return row ? { ...row.comment, threadResolved: row.resolvedAt !== null } : undefined;
}

/** Changes a comment's body (and mentions), marking it edited. */
export async function updateCommentBody(db: Queryable, commentId: string, body: string, mentions: string[]) {
  await db.update(comments).set({ body, mentions, editedAt: new Date() }).where(eq(comments.id, commentId));
}

/** Clears a comment's body and marks it deleted (the row keeps the thread's order). */
export async function markCommentDeleted(db: Queryable, commentId: string) {
  await db.update(comments).set({ body: "", mentions: [], deletedAt: new Date() }).where(eq(comments.id, commentId));
}

/** Resolves (with the person) or reopens a thread. */
export async function setThreadResolvedAt(db: Queryable, threadId: string, by: string | null) {
  await db
    .update(commentThreads)
    .set({ resolvedAt: by ? new Date() : null, resolvedBy: by })
    .where(eq(commentThreads.id, threadId));
}

/** Everyone who wrote in a thread or started it. */
export async function listThreadParticipants(db: Queryable, threadId: string): Promise<string[]> {
  const rows = await db
    .select({ authorId: comments.authorId })
    .from(comments)
    .where(and(eq(comments.threadId, threadId), isNull(comments.deletedAt)));
  const [thread] = await db
    .select({ createdBy: commentThreads.createdBy })
    .from(commentThreads)
    .where(eq(commentThreads.id, threadId));
  const ids = [thread?.createdBy, ...rows.map((r) => r.authorId)].filter((x): x is string => !!x);
  return [...new Set(ids)];
}

/** Every thread of a board with its comments (oldest first), newest thread first. */
export async function listBoardThreads(db: Queryable, boardId: string, threadId?: string): Promise<ThreadView[]> {
  const where = threadId
    ? and(eq(commentThreads.boardId, boardId), eq(commentThreads.id, threadId))
    : eq(commentThreads.boardId, boardId);
  const threads = await db.select().from(commentThreads).where(where).orderBy(desc(commentThreads.createdAt));
  if (threads.length === 0) return [];
  const rows = await db
    .select({ comment: comments, authorName: users.name })
    .from(comments)
    .leftJoin(users, eq(users.id, comments.authorId))
    .where(
      inArray(
        comments.threadId,
        threads.map((t) => t.id),
      ),
    )
    .orderBy(asc(comments.createdAt), asc(comments.id));
  const byThread = new Map<string, CommentView[]>();
  for (const { comment: c, authorName } of rows) {
    const list = byThread.get(c.threadId) ?? [];
    list.push({
      id: c.id,
      authorId: c.authorId,
      authorName: authorName ?? "",
      body: c.body,
      mentions: c.mentions,
      createdAt: c.createdAt.toISOString(),
      editedAt: c.editedAt?.toISOString() ?? null,
      isDeleted: c.deletedAt !== null,
    });
    byThread.set(c.threadId, list);
  }
  return threads.map((t) => ({
    id: t.id,
    anchor: t.anchor as CommentAnchor,
    anchorKey: t.anchorKey,
    section: t.section,
    placeLabel: t.placeLabel,
    createdBy: t.createdBy,
    createdAt: t.createdAt.toISOString(),
    resolvedAt: t.resolvedAt?.toISOString() ?? null,
    comments: byThread.get(t.id) ?? [],
  }));
}
