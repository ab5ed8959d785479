"use client";

import { useSearchParams } from "next/navigation";
import { createContext, useCallback, useContext, useEffect, useMemo, useState } from "react";
import { useOptionalBoardRoom } from "@/components/board/board-room";
import type { CommentAnchor } from "@/lib/comments/anchor";
import type { CommentView, ThreadView as StoredThread } from "@/lib/comments/views";

export type { CommentView };

/** A thread with whether its place is gone (from `GET /api/boards/:id/comments`). */
export type ThreadView = StoredThread & { isOrphaned: boolean };

/** What the drawer is asked to show: a thread, or a new thread's composer on an anchor. */
export type DrawerFocus = { threadId: string } | { anchor: CommentAnchor; label: string } | null;

interface CommentsState {
  boardId: string;
  userId: string;
  threads: ThreadView[];
  members: { userId: string; name: string }[];
  canComment: boolean;
  isOpen: boolean;
  focus: DrawerFocus;
  open(focus?: DrawerFocus): void;
  close(): void;
  reload(): Promise<void>;
  /** Open threads per anchor key. */
  openCounts: Map<string, number>;
}

const CommentsContext = createContext<CommentsState | null>(null);

/**
 * The board's comment threads for everything below: loaded from the API, reloaded whenever the
 * server pushes `comment.changed`, and the drawer's open state. Opens the drawer on `?thread=`.
 */
export function CommentsProvider({
  boardId,
  userId,
  children,
}: {
  boardId: string;
  userId: string;
  children: React.ReactNode;
}) {
  const room = useOptionalBoardRoom();
  const [data, setData] = useState<Pick<CommentsState, "threads" | "members" | "canComment">>({
    threads: [],
    members: [],
    canComment: false,
  });
  const [isOpen, setOpen] = useState(false);
  const [focus, setFocus] = useState<DrawerFocus>(null);
  const reload = useCallback(async () => {
    const response = await fetch(`/api/boards/${boardId}/comments`, { cache: "no-store" });
    if (response.ok) setData(await response.json());
  }, [boardId]);
  useEffect(() => {
    void reload();
  }, [reload]);
  useEffect(() => {
    if (!room) return;
    return room.connection.onPush((message) => {
      if (message.type === "comment.changed") void reload();
    });
  }, [room, reload]);
  const threadParam = useSearchParams().get("thread");
  useEffect(() => {
    if (threadParam) {
      setFocus({ threadId: threadParam });
      setOpen(true);
    }
  }, [threadParam]);
  const open = useCallback((next: DrawerFocus = null) => {
    setFocus(next);
    setOpen(true);
  }, []);
  const close = useCallback(() => setOpen(false), []);
  const openCounts = useMemo(() => {
    const counts = new Map<string, number>();
    for (const t of data.threads) if (!t.resolvedAt) counts.set(t.anchorKey, (counts.get(t.anchorKey) ?? 0) + 1);
    return counts;
  }, [data.threads]);
  const value = useMemo(
    () => ({ boardId, userId, ...data, isOpen, focus, open, close, reload, openCounts }),
    [boardId, userId, data, isOpen, focus, open, close, reload, openCounts],
  );
  return <CommentsContext.Provider value={value}>{children}</CommentsContext.Provider>;
}

/** The board's comments, or null outside a CommentsProvider (e.g. grids in tests). */
export function useOptionalComments(): CommentsState | null {
  return useContext(CommentsContext);
}

/** The board's comments; only inside CommentsProvider. */
export function useComments(): CommentsState {
  const state = useContext(CommentsContext);
  if (!state) throw new Error("useComments outside CommentsProvider");
  return state;
}
