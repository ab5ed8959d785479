"use client";

import { useEffect, useState, useSyncExternalStore } from "react";
import * as Y from "yjs";
import { fetchToken, useBoardRoom } from "@/components/board/board-room";
import { colorForUser } from "@/lib/board/protocol";
import { type BoardConnection, type BoardConnectionState, connectBoard } from "@/lib/board/provider";

export interface DocumentRoom {
  docId: string;
  doc: Y.Doc;
  connection: BoardConnection;
}

/**
 * Opens a rich-text document's own room (`board:<boardId>/doc:<docId>`) for as long as the
 * component is mounted, with this user's name and colour in its presence and an offline copy.
 */
export function useDocumentRoom(docId: string): DocumentRoom | null {
  const board = useBoardRoom();
  const [room, setRoom] = useState<DocumentRoom | null>(null);
  useEffect(() => {
    const doc = new Y.Doc();
    const connection = connectBoard({
      boardId: board.boardId,
      docId,
      doc,
      baseUrl: window.location.origin,
      getToken: () => fetchToken(board.boardId),
      indexeddb: true,
    });
    connection.awareness.setLocalStateField("user", {
      id: board.userId,
      name: board.userName,
      color: colorForUser(board.userId),
      role: board.role,
    });
    setRoom({ docId, doc, connection });
    return () => {
      setRoom(null);
      void connection.destroy().then(() => doc.destroy());
    };
  }, [board.boardId, board.userId, board.userName, board.role, docId]);
  return room;
}

const IDLE: BoardConnectionState = { status: "connecting", readOnly: false, closeCode: null, error: null };

/** The document connection's state (save status, read-only, last error). */
export function useDocumentState(room: DocumentRoom | null): BoardConnectionState {
  return useSyncExternalStore(
    (listener) => room?.connection.subscribe(listener) ?? (() => {}),
    () => room?.connection.getState() ?? IDLE,
    () => IDLE,
  );
}

/** Re-renders on every change of the document; returns a counter to key memoised reads on. */
export function useDocVersion(doc: Y.Doc | undefined): number {
  const [version, setVersion] = useState(0);
  useEffect(() => {
    if (!doc) return;
    const bump = () => setVersion((v) => v + 1);
    doc.on("update", bump);
    return () => doc.off("update", bump);
  }, [doc]);
  return version;
}
