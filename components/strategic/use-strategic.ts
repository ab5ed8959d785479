"use client";
import { useCallback, useEffect, useRef, useState } from "react";
import { useOptionalBoardRoom } from "@/components/board/board-room";
import { formatPeriod } from "@/lib/format";

/** A refused action: the server's message and the field it names. */
export interface ActionError {
  message: string;
  field?: string;
}

/** Label of a quarter, tertial or year key in the UI language. */
export function periodLabel(key: string): string {
  return key[5] === "T" ? `T${key.slice(6)} ${Number(key.slice(0, 4))}` : formatPeriod(key);
}

/**
 * Loads JSON from the board's strategic API and refetches whenever the board's room hears
 * `board.committed` (a linked unit, or the link itself, changed). `post` runs one command and
 * refetches after it succeeded.
 */
export function useStrategicData<T>(boardId: string, query: string, initial: T) {
  const room = useOptionalBoardRoom();
  const [data, setData] = useState<T>(initial);
  const latest = useRef(0);
  const url = `/api/boards/${boardId}/strategic?${query}`;
  const reload = useCallback(async () => {
    const ticket = ++latest.current;
    const response = await fetch(url, { cache: "no-store" });
    if (!response.ok || ticket !== latest.current) return;
    const body = (await response.json()) as { ok: boolean; value: T };
    if (body.ok) setData(body.value);
  }, [url]);
  const isFirst = useRef(true);
  useEffect(() => {
    if (isFirst.current) {
      isFirst.current = false;
      return;
    }
    void reload();
  }, [reload]);
  useEffect(() => {
    if (!room) return;
    return room.connection.onPush((message) => {
      if (message.type === "board.committed") void reload();
    });
  }, [room, reload]);
  const post = useCallback(
    async (action: string, body: Record<string, unknown>): Promise<ActionError | null> => {
      const response = await fetch(`/api/boards/${boardId}/strategic`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ action, ...body }),
      });
      const result = (await response.json().catch(() => ({}))) as { error?: string; field?: string };
      if (!response.ok) return { message: result.error ?? response.statusText, field: result.field };
      await reload();
      return null;
    },
    [boardId, reload],
  );
  return { data, reload, post };
}
