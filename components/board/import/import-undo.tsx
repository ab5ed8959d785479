"use client";

import { Undo2 } from "lucide-react";
import { useTranslations } from "next-intl";
import { useEffect, useState, useSyncExternalStore } from "react";
import type * as Y from "yjs";
import { ui } from "@/components/ui/styles";

type StackItem = Y.UndoManager["undoStack"][number];

/** True while `item` is the next step Ctrl+Z would undo. */
function useIsTopOfStack(undo: Y.UndoManager, item: StackItem | null): boolean {
  const subscribe = (listener: () => void) => {
    const events = ["stack-item-added", "stack-item-popped", "stack-cleared"] as const;
    for (const event of events) undo.on(event, listener);
    return () => {
      for (const event of events) undo.off(event, listener);
    };
  };
  const read = () => item !== null && undo.undoStack[undo.undoStack.length - 1] === item;
  return useSyncExternalStore(subscribe, read, () => false);
}

/**
 * Runs `write` as one undo step of its own and returns the step, so the import can be undone as
 * a whole (and only the importer's own edits: the stack tracks this tab's origin).
 */
export function writeAsOneStep(undo: Y.UndoManager, write: () => void): StackItem | null {
  undo.stopCapturing();
  const before = undo.undoStack.length;
  write();
  undo.stopCapturing();
  return undo.undoStack.length > before ? undo.undoStack[undo.undoStack.length - 1] : null;
}

/**
 * "Ångra import" after an import, for as long as the import is the user's latest step, and Ctrl+Z
 * on the page (outside text fields, which keep their own undo).
 */
export function ImportUndo({ undo, item }: { undo: Y.UndoManager; item: StackItem | null }) {
  const t = useTranslations("importUndo");
  const isTop = useIsTopOfStack(undo, item);
  // Remembers which import was undone, so a new import shows its own button again.
  const [undoneItem, setUndoneItem] = useState<StackItem | null>(null);
  const isUndone = item !== null && undoneItem === item;

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      const isText = target?.closest("input, textarea, select, [contenteditable=true], [role=grid]");
      if (isText || !(e.ctrlKey || e.metaKey) || e.altKey) return;
      const key = e.key.toLowerCase();
      if (key === "z" && !e.shiftKey) {
        e.preventDefault();
        if (isTop) setUndoneItem(item);
        undo.undo();
      } else if (key === "y" || (key === "z" && e.shiftKey)) {
        e.preventDefault();
        undo.redo();
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [undo, isTop, item]);
  if (isUndone)
    return (
      <p role="status" className="text-sm font-medium text-slate-800" data-testid="import-undone">
        {t("undone")}
      </p>
    );
  if (!isTop) return null;
  return (
    <button
      type="button"
      className={ui.buttonSecondary}
      data-testid="import-undo"
      onClick={() => {
        setUndoneItem(item);
        undo.undo();
      }}
    >
      <Undo2 aria-hidden className="size-4" />
      {t("button")}
    </button>
  );
}
