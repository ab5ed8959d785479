"use client";

import { useEffect, useState } from "react";
import type * as Y from "yjs";
import { useBoardRoom } from "@/components/board/board-room";
import { createUndoManager } from "@/lib/board/doc-model";

// One undo stack per document and origin, shared by every grid and form of the tab: two stacks
// over the same edits would each try to revert them.
const managers = new WeakMap<Y.Doc, { origin: unknown; manager: Y.UndoManager; users: number }>();

/**
 * This tab's undo manager: undoes and redoes only this user's own edits (origin `room.origin`),
 * never someone else's concurrent change.
 */
export function useBoardUndo(): Y.UndoManager | null {
  const { doc, origin } = useBoardRoom();
  const [manager, setManager] = useState<Y.UndoManager | null>(null);
  useEffect(() => {
    let entry = managers.get(doc);
    if (!entry || entry.origin !== origin) {
      entry = { origin, manager: createUndoManager(doc, origin), users: 0 };
      managers.set(doc, entry);
    }
    entry.users++;
    setManager(entry.manager);
    const held = entry;
    return () => {
      held.users--;
      // Keep the stack while another view of the board still uses it (navigation between sections).
      if (held.users === 0) {
        setTimeout(() => {
          if (held.users === 0 && managers.get(doc) === held) {
            held.manager.destroy();
            managers.delete(doc);
          }
        }, 60_000);
      }
    };
  }, [doc, origin]);
  return manager;
}
