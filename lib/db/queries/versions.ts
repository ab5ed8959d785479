/**
 * Versions of a board's shared documents (`board_versions`): explicit snapshots with their
 * canonical content and hash, and the people whose committed edits each one contains
 * (`board_pending_editors`, filled with every committed batch and taken by the next version).
 */
import { and, desc, eq, inArray } from "drizzle-orm";
import { BOARD_DOC_ID } from "@/lib/board/protocol";
import type { VersionContent } from "@/lib/versions/content";
import type { Queryable } from "../client";
import { type BoardVersion, boardPendingEditors, boardVersions, users } from "../schema";

/** Notes who edited a document in a committed batch (called inside the batch's transaction). */
export async function recordPendingEditors(
  db: Queryable,
  boardId: string,
  docId: string,
  userIds: readonly (string | null)[],
): Promise<void> {
  const ids = [...new Set(userIds.filter((id): id is string => id !== null))];
  if (ids.length === 0) return;
  await db
    .insert(boardPendingEditors)
    .values(ids.map((userId) => ({ boardId, docId, userId })))
    .onConflictDoNothing();
}

export interface NewVersion {
  boardId: string;
  docId?: string;
  kind: BoardVersion["kind"];
  name?: string | null;
  yjsState: Uint8Array;
  content: VersionContent;
  contentHash: string;
  createdBy?: string | null;
  restoredFromId?: string | null;
}

/**
 * Stores a version and moves the document's pending editors into it (so each edit is attributed
 * to exactly one version). Call inside a transaction.
 */
export async function insertVersion(db: Queryable, version: NewVersion): Promise<BoardVersion> {
  const docId = version.docId ?? BOARD_DOC_ID;
  const taken = await db
    .delete(boardPendingEditors)
    .where(and(eq(boardPendingEditors.boardId, version.boardId), eq(boardPendingEditors.docId, docId)))
    .returning({ userId: boardPendingEditors.userId });
  const [row] = await db
    .insert(boardVersions)
    .values({ ...version, docId, editorIds: taken.map((t) => t.userId).sort() })
    .returning();
  return row;
}

/** A version by id, with its state and content; null when missing. */
export async function findVersion(db: Queryable, versionId: string): Promise<BoardVersion | null> {
  const [row] = await db.select().from(boardVersions).where(eq(boardVersions.id, versionId)).limit(1);
  return row ?? null;
}

/** The newest version of a document (by creation time), or null. */
export async function findLatestVersion(
  db: Queryable,
  boardId: string,
  docId: string = BOARD_DOC_ID,
): Promise<BoardVersion | null> {
  const [row] = await db
    .select()
    .from(boardVersions)
    .where(and(eq(boardVersions.boardId, boardId), eq(boardVersions.docId, docId)))
    .orderBy(desc(boardVersions.createdAt))
    .limit(1);
  return row ?? null;
}

/** A version in a list: everything but the Yjs state and the content. */
export type VersionSummary = Omit<BoardVersion, "yjsState" | "content">;

/** A document's versions, newest first, without their states. */
export async function listVersions(
  db: Queryable,
  boardId: string,
  docId: string = BOARD_DOC_ID,
  limit = 200,
): Promise<VersionSummary[]> {
  return db
    .select({
      id: boardVersions.id,
      boardId: boardVersions.boardId,
      docId: boardVersions.docId,
      kind: boardVersions.kind,
      name: boardVersions.name,
      contentHash: boardVersions.contentHash,
      editorIds: boardVersions.editorIds,
      restoredFromId: boardVersions.restoredFromId,
      createdBy: boardVersions.createdBy,
      createdAt: boardVersions.createdAt,
    })
    .from(boardVersions)
    .where(and(eq(boardVersions.boardId, boardId), eq(boardVersions.docId, docId)))
    .orderBy(desc(boardVersions.createdAt))
    .limit(limit);
}

/** Names of people by id (for "edits by"). */
export async function findUserNames(db: Queryable, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ id: users.id, name: users.name })
    .from(users)
    .where(inArray(users.id, [...new Set(ids)]));
  return new Map(rows.map((r) => [r.id, r.name]));
}
