import { hasRole } from "@/lib/auth/roles";
import { describeAnchor } from "@/lib/comments/anchor";
import type { Db } from "@/lib/db/client";
import { loadBoardData } from "@/lib/db/queries/board-data";
import { listBoardDocuments } from "@/lib/db/queries/board-documents";
import { findBoardForUser, listBoardMembers } from "@/lib/db/queries/boards";
import { listBoardThreads, type ThreadView } from "@/lib/db/queries/comments";
import type { Actor, CommandResult } from "../command";

export interface BoardThreads {
  threads: (ThreadView & { isOrphaned: boolean })[];
  members: { userId: string; name: string }[];
  canComment: boolean;
}

/**
 * The board's threads for any member, each marked orphaned when its place is gone (the stored
 * label then says where it was), with the members that can be mentioned.
 */
export async function listThreads(
  db: Db,
  actor: Actor,
  boardId: string,
  threadId?: string,
): Promise<CommandResult<BoardThreads>> {
  const access = await findBoardForUser(db, boardId, actor.id);
  if (!access) return { ok: false, error: { kind: "not-found" } };
  const [threads, data, documents, members] = await Promise.all([
    listBoardThreads(db, boardId, threadId),
    loadBoardData(db, access.board),
    listBoardDocuments(db, boardId),
    listBoardMembers(db, boardId),
  ]);
  return {
    ok: true,
    value: {
      threads: threads.map((t) => ({ ...t, isOrphaned: describeAnchor(t.anchor, data, documents) === null })),
      members: members.map((m) => ({ userId: m.userId, name: m.name })),
      canComment: hasRole(access.role, "commenter"),
    },
  };
}
