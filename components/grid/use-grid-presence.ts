"use client";

import { useEffect, useLayoutEffect, useMemo, useRef, useState } from "react";
import type * as Y from "yjs";
import { useBoardRoom, usePresence } from "@/components/board/board-room";
import type { GridColumn, GridRow } from "./grid-types";

export interface PeerFocus {
  name: string;
  color: string;
}

/** Other people's focused cells in this table, keyed "row|col" by entity and column keys. */
export function usePeerFocus(table: string): Map<string, PeerFocus[]> {
  const { connection } = useBoardRoom();
  const presence = usePresence();
  const ownId = connection.awareness.clientID;
  return useMemo(() => {
    const map = new Map<string, PeerFocus[]>();
    for (const { clientId, state } of presence) {
      const focus = state.focus;
      if (clientId === ownId || !focus || focus.kind !== "cell" || focus.table !== table) continue;
      const key = `${focus.row}|${focus.col}`;
      const list = map.get(key) ?? [];
      list.push({ name: state.user.name, color: state.user.color });
      map.set(key, list);
    }
    return map;
  }, [presence, ownId, table]);
}

/** Publishes this user's focused cell (or null when the grid loses focus) in awareness. */
export function usePublishFocus(table: string, cell: { row: string; col: string } | null): void {
  const { connection } = useBoardRoom();
  const row = cell?.row;
  const col = cell?.col;
  useEffect(() => {
    const awareness = connection.awareness;
    awareness.setLocalStateField("focus", row && col ? { kind: "cell", table, row, col } : null);
  }, [connection, table, row, col]);
  useEffect(() => {
    const awareness = connection.awareness;
    return () => awareness.setLocalStateField("focus", null);
  }, [connection]);
}

const FLASH_MS = 1600;

/**
 * Cells whose value another person just changed, with a colour, so they can be softly
 * highlighted. Compares the visible cells after each remote transaction (origin not this tab).
 */
export function useRemoteFlashes(
  doc: Y.Doc,
  visible: { rows: number[]; cols: number[] },
  rows: readonly GridRow[],
  columns: readonly GridColumn[],
  getValue: (row: number, col: number) => number | null,
  peers: Map<string, PeerFocus[]>,
): Map<string, string> {
  const isRemote = useRef(false);
  const previous = useRef(new Map<string, number | null>());
  const [flashes, setFlashes] = useState(() => new Map<string, string>());
  useEffect(() => {
    const onTransaction = (transaction: Y.Transaction) => {
      if (!transaction.local) isRemote.current = true;
    };
    doc.on("afterTransaction", onTransaction);
    return () => doc.off("afterTransaction", onTransaction);
  }, [doc]);
  // Runs after every render on purpose: diffs what is visible.
  useLayoutEffect(() => {
    const changed: [string, string][] = [];
    const next = new Map<string, number | null>();
    for (const r of visible.rows) {
      const row = rows[r];
      if (!row) continue;
      for (const c of visible.cols) {
        const column = columns[c];
        if (!column) continue;
        const key = `${row.key}|${column.key}`;
        const value = getValue(r, c);
        next.set(key, value);
        if (isRemote.current && previous.current.has(key) && previous.current.get(key) !== value) {
          const peer = [...peers.entries()].find(([k]) => k.startsWith(`${row.key}|`))?.[1][0];
          changed.push([key, peer?.color ?? "#1d4ed8"]);
        }
      }
    }
    previous.current = next;
    isRemote.current = false;
    if (changed.length === 0) return;
    setFlashes((old) => new Map([...old, ...changed]));
    setTimeout(() => {
      setFlashes((old) => {
        const copy = new Map(old);
        for (const [key] of changed) copy.delete(key);
        return copy;
      });
    }, FLASH_MS);
  });
  return flashes;
}
