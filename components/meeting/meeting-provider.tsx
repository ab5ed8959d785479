"use client";

import { usePathname } from "next/navigation";
import { createContext, useCallback, useContext, useEffect, useReducer, useRef, useState } from "react";
import { useOptionalBoardRoom } from "@/components/board/board-room";
import { type FollowState, type MeetingInfo, NO_MEETING, nextFollowState } from "@/lib/meeting/follow";
import { createViewStore } from "@/lib/meeting/view-store";
import { boardPathOf, useFollowView, usePublishView } from "./use-meeting-sync";
import { ViewStoreProvider } from "./view-state";

/** A meeting action's outcome: null when done, else the server's message key (or text). */
export type MeetingActionResult = string | null;

interface MeetingContextValue {
  boardId: string;
  state: FollowState;
  refollow(): void;
  /** Sends an action to the server (start, hand-over, end); the push updates everyone's state. */
  act(
    body: { action: "start" } | { action: "end" } | { action: "hand-over"; toUserId: string },
  ): Promise<MeetingActionResult>;
  /** The named version of the meeting this tab ended last (for the link to Historik). */
  endedVersionId: string | null;
}

const MeetingContext = createContext<MeetingContextValue | null>(null);

/** Meeting mode for one board tab: the server's meeting, the follow state, the per-room view store. */
export function MeetingProvider({
  boardId,
  userId,
  children,
}: {
  boardId: string;
  userId: string;
  children: React.ReactNode;
}) {
  const room = useOptionalBoardRoom();
  const connection = room?.connection ?? null;
  const [store] = useState(createViewStore);
  const [state, dispatch] = useReducer(nextFollowState, NO_MEETING);
  const [endedVersionId, setEndedVersionId] = useState<string | null>(null);
  const joined = useRef<string | null>(null);
  const path = boardPathOf(usePathname(), boardId);
  const onMeeting = useCallback(
    (meeting: MeetingInfo | null) => dispatch({ type: "meeting", meeting, selfId: userId }),
    [userId],
  );

  useEffect(() => {
    let isCurrent = true;
    void fetch(`/api/boards/${boardId}/meeting`, { cache: "no-store" })
      .then((r) => (r.ok ? r.json() : { meeting: null }))
      .then((body: { meeting: MeetingInfo | null }) => isCurrent && onMeeting(body.meeting))
      .catch(() => {});
    return () => {
      isCurrent = false;
    };
  }, [boardId, onMeeting]);
  useEffect(
    () => connection?.onPush((message) => message.type === "meeting.changed" && onMeeting(message.meeting)),
    [connection, onMeeting],
  );
  // The server records who took part: a follower joins once per meeting.
  const meetingId = state.kind === "none" ? null : state.meeting.id;
  useEffect(() => {
    if (!meetingId || joined.current === meetingId) return;
    joined.current = meetingId;
    void fetch(`/api/boards/${boardId}/meeting`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ action: "join", meetingId }),
    }).catch(() => {});
  }, [boardId, meetingId]);

  usePublishView(connection, store, path, state.kind === "presenting");
  useFollowView(connection, store, boardId, state, dispatch);

  const act = useCallback<MeetingContextValue["act"]>(
    async (body) => {
      const response = await fetch(`/api/boards/${boardId}/meeting`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(meetingId ? { ...body, meetingId } : body),
      });
      const json = await response.json().catch(() => ({}));
      if (!response.ok) {
        const { code, error } = json as { code?: string; error?: string };
        return code ?? error ?? `HTTP ${response.status}`;
      }
      if (body.action === "end") setEndedVersionId((json as { versionId?: string }).versionId ?? null);
      else setEndedVersionId(null);
      onMeeting((json as { meeting: MeetingInfo | null }).meeting);
      return null;
    },
    [boardId, meetingId, onMeeting],
  );
  const refollow = useCallback(() => dispatch({ type: "refollow" }), []);
  const value: MeetingContextValue = { boardId, state, act, refollow, endedVersionId };
  return (
    <MeetingContext.Provider value={value}>
      <ViewStoreProvider store={store}>{children}</ViewStoreProvider>
    </MeetingContext.Provider>
  );
}

/** The meeting mode of the board tab, or null before the board is connected. */
export function useMeeting(): MeetingContextValue | null {
  return useContext(MeetingContext);
}
