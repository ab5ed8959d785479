"use client";

import { MessageSquare } from "lucide-react";
import { useTranslations } from "next-intl";
import { CommentsDrawer, useCellCommentShortcuts } from "./comments-drawer";
import { useComments } from "./comments-provider";

/** The top bar's "Kommentarer" button with the board's open-thread count; toggles the drawer. */
export function CommentsToggle() {
  const t = useTranslations("commentsPanel");
  const comments = useComments();
  const count = comments.threads.filter((th) => !th.resolvedAt).length;
  return (
    <button
      type="button"
      aria-expanded={comments.isOpen}
      onClick={() => (comments.isOpen ? comments.close() : comments.open(null))}
      className="inline-flex items-center gap-1.5 rounded-md border border-slate-300 px-2 py-1 text-sm hover:bg-slate-50"
      data-testid="comments-toggle"
    >
      <MessageSquare className="size-4" aria-hidden />
      {t("openCount", { count })}
    </button>
  );
}

/** The drawer and the cell shortcuts (Ctrl+Alt+M, right-click), mounted once per board. */
export function CommentsLayer() {
  useCellCommentShortcuts();
  return <CommentsDrawer />;
}
