"use client";

import { createContext, useContext, useEffect, useMemo, useRef, useState, useSyncExternalStore } from "react";
import * as Y from "yjs";
import { type BoardRole, canEditBoard } from "@/lib/auth/roles";
import { createUndoManager, isBoardDocInitialized, readBoardFromDoc } from "@/lib/board/doc-model";
import { createTokenSource, type PageCollabToken } from "@/lib/board/page-token";
import { type AwarenessUserState, colorForUser } from "@/lib/board/protocol";
import { type BoardConnection, type BoardConnectionState, connectBoard } from "@/lib/board/provider";
import { createEngine, type PksBoard, type PksMode, type PksResult, type PlanningEngine } from "@/lib/engine";
import { MeetingProvider } from "../meeting/meeting-provider";
import { RoleNotice } from "./role-notice";

interface BoardRoom {
  boardId: string;
  doc: Y.Doc;
  connection: BoardConnection;
  /** The role from the page load, replaced at once when the server pushes a role change. */
  role: BoardRole;
  /** The server's word wins: a downgraded editor becomes read-only without a reload. */
  canEdit: boolean;
  userId: string;
  userName: string;
  /** Transaction origin of this tab's edits, so undo only ever undoes this user's own changes. */
  origin: object;
  /**
   * This tab's undo stack over its own edits (origin), for as long as the board is open: an import
   * made on the Import page is undone by Ctrl+Z there and in any grid afterwards.
   */
  undo: Y.UndoManager;
}

const BoardRoomContext = createContext<BoardRoom | null>(null);

/** A collaboration token for the board (one per connect attempt). */
export async function fetchToken(boardId: string): Promise<string> {
  const response = await fetch(`/api/boards/${boardId}/collab-token`, { method: "POST", cache: "no-store" });
  if (!response.ok) throw new Error(`token: HTTP ${response.status}`);
  return (await response.json()).token as string;
}

/**
 * Connects the board's shared document for everything below it: one Y.Doc per board, kept in
 * IndexedDB for offline work, synced with the collaboration server.
 */
export function BoardRoomProvider(props: {
  boardId: string;
  role: BoardRole;
  userId: string;
  userName: string;
  /** The first connect's token, rendered with the page (later connects fetch their own). */
  collabToken?: PageCollabToken;
  children: React.ReactNode;
}) {
  const pageToken = useRef(props.collabToken);
  const [room, setRoom] = useState<Omit<BoardRoom, "canEdit"> | null>(null);
  useEffect(() => {
    const doc = new Y.Doc();
    const connection = connectBoard({
      boardId: props.boardId,
      doc,
      baseUrl: window.location.origin,
      getToken: createTokenSource(pageToken.current, () => fetchToken(props.boardId)),
      indexeddb: true,
    });
    // The server rewrites this from the session for everyone else; set locally so we see ourselves.
    connection.awareness.setLocalStateField("user", {
      id: props.userId,
      name: props.userName,
      color: colorForUser(props.userId),
      role: props.role,
    });
    pageToken.current = undefined; // an effect that runs again (new role, new user) fetches its token
    const origin = { userId: props.userId };
    const undo = createUndoManager(doc, origin);
    setRoom({
      boardId: props.boardId,
      doc,
      connection,
      role: props.role,
      userId: props.userId,
      userName: props.userName,
      origin,
      undo,
    });
    return () => {
      undo.destroy();
      void connection.destroy().then(() => doc.destroy());
    };
  }, [props.boardId, props.role, props.userId, props.userName]);
  // One tree shape before and after the room exists: a different element around `children`
  // would remount the whole page just after hydration and reset what someone already typed.
  return (
    <RoomContext room={room}>
      <MeetingProvider boardId={props.boardId} userId={props.userId}>
        {props.children}
      </MeetingProvider>
    </RoomContext>
  );
}

const NO_SUBSCRIBE = () => () => {};
const NO_STATE = () => null;

function RoomContext({ room, children }: { room: Omit<BoardRoom, "canEdit"> | null; children: React.ReactNode }) {
  const connection = room?.connection ?? null;
  const state = useSyncExternalStore(
    connection?.subscribe ?? NO_SUBSCRIBE,
    connection?.getState ?? NO_STATE,
    connection?.getState ?? NO_STATE,
  );
  // The role the server last pushed for this user: undefined before any, null when removed.
  const [pushedRole, setPushedRole] = useState<BoardRole | null | undefined>(undefined);
  const [isNoticeShown, setNoticeShown] = useState(false);
  useEffect(
    () =>
      room?.connection.onPush((message) => {
        if (message.type !== "member.role-changed" || message.userId !== room.userId) return;
        setPushedRole(message.role);
        setNoticeShown(true);
      }),
    [room],
  );
  const readOnly = state?.readOnly ?? false;
  const value = useMemo(() => {
    if (!room) return null;
    const role = pushedRole ?? room.role;
    return { ...room, role, canEdit: pushedRole !== null && canEditBoard(role) && !readOnly };
  }, [room, pushedRole, readOnly]);
  return (
    <BoardRoomContext.Provider value={value}>
      {isNoticeShown && pushedRole !== undefined && (
        <RoleNotice role={pushedRole} onDismiss={() => setNoticeShown(false)} />
      )}
      {children}
    </BoardRoomContext.Provider>
  );
}

/**
 * Renders its children once the board's document has content (from the server or from this
 * browser's offline copy); until then a short status line.
 */
export function BoardRoomGate({ loading, children }: { loading: string; children: React.ReactNode }) {
  const room = useContext(BoardRoomContext);
  const subscribe = useMemo(() => (room ? subscribeDoc(room.doc) : () => () => {}), [room]);
  const ready = useSyncExternalStore(
    subscribe,
    () => Boolean(room && isBoardDocInitialized(room.doc)),
    () => false,
  );
  if (!ready) {
    return (
      <p role="status" className="text-sm text-slate-600" data-testid="board-loading">
        {loading}
      </p>
    );
  }
  return <>{children}</>;
}

/** The board room, or null before it is connected (header widgets render nothing then). */
export function useOptionalBoardRoom(): BoardRoom | null {
  return useContext(BoardRoomContext);
}

/** The board room; only inside BoardRoomProvider. */
export function useBoardRoom(): BoardRoom {
  const room = useContext(BoardRoomContext);
  if (!room) throw new Error("useBoardRoom outside BoardRoomProvider");
  return room;
}

/** The connection's save status, read-only flag and close code. */
export function useConnectionState(): BoardConnectionState {
  const { connection } = useBoardRoom();
  return useSyncExternalStore(connection.subscribe, connection.getState, connection.getState);
}

function subscribeDoc(doc: Y.Doc) {
  return (listener: () => void) => {
    doc.on("update", listener);
    return () => doc.off("update", listener);
  };
}

/** The board's data as a `pks-board` document, or null until the document has loaded. */
export function useBoardData(): PksBoard | null {
  const { doc } = useBoardRoom();
  const subscribe = useMemo(() => subscribeDoc(doc), [doc]);
  const read = () => (isBoardDocInitialized(doc) ? readBoardFromDoc(doc) : null);
  return useSyncExternalStore(subscribe, read, () => null);
}

/** The engine's result for the current data, recomputed incrementally on every change. */
export function useBoardResult(board: PksBoard | null, mode: PksMode = "plan"): PksResult | null {
  const engine = useRef<PlanningEngine | null>(null);
  return useMemo(() => {
    if (!board) return null;
    if (!engine.current || engine.current.mode !== mode) engine.current = createEngine(board, { mode });
    return engine.current.update(board);
  }, [board, mode]);
}

/** Other people's presence on the board (awareness), their user set by the server. */
export function usePresence(): { clientId: number; state: AwarenessUserState }[] {
  const { connection } = useBoardRoom();
  const awareness = connection.awareness;
  const [, setTick] = useState(0);
  useEffect(() => {
    const onChange = () => setTick((n) => n + 1);
    awareness.on("change", onChange);
    return () => awareness.off("change", onChange);
  }, [awareness]);
  const states: { clientId: number; state: AwarenessUserState }[] = [];
  awareness.getStates().forEach((state, clientId) => {
    const s = state as Partial<AwarenessUserState>;
    if (s.user?.id) states.push({ clientId, state: s as AwarenessUserState });
  });
  return states;
}

/** Announces which section this user is on (shown as dots in the rail and by the avatars). */
export function useAnnounceSection(section: string): void {
  const { connection } = useBoardRoom();
  useEffect(() => {
    connection.awareness.setLocalStateField("section", section);
  }, [connection, section]);
}
