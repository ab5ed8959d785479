"use client";

import { X } from "lucide-react";
import { useTranslations } from "next-intl";
import { useEffect, useMemo, useState } from "react";
import { COMMENT_SECTIONS, type CommentAnchor } from "@/lib/comments/anchor";
import { CommentComposer } from "./comment-composer";
import { commentsApi } from "./comments-api";
import { type ThreadView, useComments } from "./comments-provider";
import { NewThreadPicker } from "./new-thread-picker";
import { ThreadCard } from "./thread-card";

type Filter = "open" | "mine" | "mentions" | "resolved";

function matches(thread: ThreadView, filter: Filter, userId: string): boolean {
  if (filter === "resolved") return thread.resolvedAt !== null;
  if (thread.resolvedAt) return false;
  if (filter === "mine") return thread.createdBy === userId || thread.comments.some((c) => c.authorId === userId);
  if (filter === "mentions") return thread.comments.some((c) => c.mentions.includes(userId));
  return true;
}

/**
 * The comments drawer on the right (UI.md): filters öppna / mina / nämner mig / lösta and per
 * section, a composer for a new thread on the chosen place, and the threads. A plain aside beside
 * the main area, not modal: the board stays usable next to it; Esc closes it.
 */
export function CommentsDrawer() {
  const t = useTranslations("commentsPanel");
  const comments = useComments();
  const [filter, setFilter] = useState<Filter>("open");
  const [section, setSection] = useState<string>("");
  const focusedThread = comments.focus && "threadId" in comments.focus ? comments.focus.threadId : null;
  const draft = comments.focus && "anchor" in comments.focus ? comments.focus : null;
  const shown = useMemo(
    () =>
      comments.threads.filter(
        (th) =>
          th.id === focusedThread || (matches(th, filter, comments.userId) && (!section || th.section === section)),
      ),
    [comments.threads, filter, section, focusedThread, comments.userId],
  );
  useEffect(() => {
    if (!comments.isOpen) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === "Escape" && (e.target as HTMLElement | null)?.closest("[data-comments-drawer]")) comments.close();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [comments]);
  if (!comments.isOpen) return null;
  const filters: [Filter, string][] = [
    ["open", t("filterOpen")],
    ["mine", t("filterMine")],
    ["mentions", t("filterMentions")],
    ["resolved", t("filterResolved")],
  ];
  return (
    <aside
      aria-label={t("title")}
      data-comments-drawer=""
      data-testid="comments-drawer"
      className="no-print sticky top-0 flex h-screen w-96 shrink-0 flex-col border-l border-slate-200 bg-slate-50"
    >
      <header className="flex items-center gap-2 border-b border-slate-200 bg-white px-4 py-3">
        <h2 className="flex-1 text-base font-semibold text-slate-900">{t("title")}</h2>
        <button
          type="button"
          onClick={comments.close}
          aria-label={t("close")}
          className="rounded p-1 hover:bg-slate-100"
        >
          <X className="size-5" aria-hidden />
        </button>
      </header>
      <div className="space-y-2 border-b border-slate-200 bg-white px-4 py-2">
        <fieldset className="flex flex-wrap gap-1">
          <legend className="sr-only">{t("filters")}</legend>
          {filters.map(([key, label]) => (
            <button
              key={key}
              type="button"
              aria-pressed={filter === key}
              onClick={() => setFilter(key)}
              className={`rounded-full border px-3 py-1 text-sm ${filter === key ? "border-accent bg-accent-soft font-semibold text-accent-strong" : "border-slate-300 bg-white text-slate-700"}`}
            >
              {label}
            </button>
          ))}
        </fieldset>
        <select
          aria-label={t("place")}
          value={section}
          onChange={(e) => setSection(e.target.value)}
          className="w-full rounded-md border border-slate-300 px-2 py-1 text-sm"
        >
          <option value="">{t("allSections")}</option>
          {COMMENT_SECTIONS.map((s) => (
            <option key={s} value={s}>
              {t(`sections.${s}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="flex-1 space-y-3 overflow-y-auto px-4 py-3">
        {comments.canComment ? (
          draft ? (
            <NewThread anchor={draft.anchor} label={draft.label} />
          ) : (
            <NewThreadPicker />
          )
        ) : (
          <p className="text-sm text-slate-600">{t("readOnlyNote")}</p>
        )}
        {shown.length === 0 ? (
          <p className="text-sm text-slate-600">{t("empty")}</p>
        ) : (
          shown.map((th) => <ThreadCard key={th.id} thread={th} isFocused={th.id === focusedThread} />)
        )}
        <p className="text-xs text-slate-500">{t("shortcut")}</p>
      </div>
    </aside>
  );
}

/** The composer of a new thread on `anchor`; on success the drawer shows the new thread. */
export function NewThread({ anchor, label }: { anchor: CommentAnchor; label: string }) {
  const t = useTranslations("commentsPanel");
  const comments = useComments();
  return (
    <section className="rounded-lg border border-accent bg-white p-3" data-testid="new-thread">
      <h3 className="mb-2 text-sm font-semibold text-slate-900">{t("newOn", { place: label })}</h3>
      <CommentComposer
        members={comments.members}
        placeholder={t("write")}
        submitLabel={t("send")}
        autoFocus
        onCancel={() => comments.open(null)}
        onSend={async (body, mentions) => {
          const message = await commentsApi.createThread(comments.boardId, anchor, body, mentions);
          if (!message) {
            await comments.reload();
            comments.open(null);
          }
          return message;
        }}
      />
    </section>
  );
}

/** Opens the drawer on a grid cell: Ctrl+Alt+M on the active cell, or a right-click on any cell. */
export function useCellCommentShortcuts(): void {
  const { open } = useComments();
  useEffect(() => {
    const openOn = (cell: Element | null) => {
      const key = cell?.getAttribute("data-comment-anchor");
      if (!key) return false;
      const [table, row, col] = key.split("|");
      const label =
        cell?.getAttribute("aria-label") ?? cell?.closest("[role=grid]")?.getAttribute("aria-label") ?? table;
      open({ anchor: { kind: "cell", table, row, col } as CommentAnchor, label: `${label} · ${col}` });
      return true;
    };
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey && e.altKey && e.key.toLowerCase() === "m")) return;
      const grid = (e.target as HTMLElement | null)?.closest("[aria-activedescendant]");
      const active = grid ? document.getElementById(grid.getAttribute("aria-activedescendant") ?? "") : null;
      if (openOn(active)) e.preventDefault();
    };
    const onContext = (e: MouseEvent) => {
      if (openOn((e.target as HTMLElement | null)?.closest("[data-comment-anchor]") ?? null)) e.preventDefault();
    };
    window.addEventListener("keydown", onKey);
    window.addEventListener("contextmenu", onContext);
    return () => {
      window.removeEventListener("keydown", onKey);
      window.removeEventListener("contextmenu", onContext);
    };
  }, [open]);
}
