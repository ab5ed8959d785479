"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { ui } from "@/components/ui/styles";
import { CommentComposer } from "./comment-composer";
import { commentsApi } from "./comments-api";
import { type CommentView, type ThreadView, useComments } from "./comments-provider";

const time = new Intl.DateTimeFormat("sv-SE", { dateStyle: "short", timeStyle: "short" });

/** One thread in the drawer: its place (or where it was), comments, reply box, resolve/reopen. */
export function ThreadCard({ thread, isFocused }: { thread: ThreadView; isFocused: boolean }) {
  const t = useTranslations("commentsPanel");
  const { boardId, members, canComment, reload } = useComments();
  const [error, setError] = useState<string | null>(null);
  const after = async (message: string | null) => {
    if (!message) await reload();
    return message;
  };
  const toggle = async () =>
    setError(await after(await commentsApi.setResolved(boardId, thread.id, !thread.resolvedAt)));
  return (
    <article
      className={`rounded-lg border bg-white p-3 shadow-sm ${isFocused ? "border-accent ring-2 ring-accent-soft" : "border-slate-200"}`}
      aria-label={thread.placeLabel}
      data-testid="comment-thread"
      data-thread-id={thread.id}
    >
      <header className="mb-2 flex items-start gap-2">
        <p className="flex-1 text-sm font-semibold text-slate-900">
          {thread.isOrphaned ? (
            <span className="text-amber-800" data-testid="thread-orphaned">
              {t("orphaned", { place: thread.placeLabel })}
            </span>
          ) : (
            thread.placeLabel
          )}
        </p>
        {thread.resolvedAt && (
          <span className="rounded bg-slate-100 px-1.5 text-xs text-slate-700">✓ {t("resolved")}</span>
        )}
      </header>
      <ol className="space-y-2">
        {thread.comments.map((c) => (
          <CommentItem key={c.id} comment={c} threadId={thread.id} />
        ))}
      </ol>
      {canComment && (
        <div className="mt-3 space-y-2 border-t border-slate-100 pt-2">
          <CommentComposer
            members={members}
            placeholder={t("reply")}
            submitLabel={t("sendReply")}
            onSend={async (body, mentions) => after(await commentsApi.reply(boardId, thread.id, body, mentions))}
          />
          <button type="button" className={`${ui.buttonSecondary} w-full`} onClick={() => void toggle()}>
            {thread.resolvedAt ? t("reopen") : t("resolve")}
          </button>
          {error && (
            <p role="alert" className="text-sm text-deficit">
              {error}
            </p>
          )}
        </div>
      )}
    </article>
  );
}

function CommentItem({ comment, threadId }: { comment: CommentView; threadId: string }) {
  const t = useTranslations("commentsPanel");
  const { boardId, userId, members, reload } = useComments();
  const [isEditing, setEditing] = useState(false);
  const isMine = comment.authorId === userId && !comment.isDeleted;
  if (comment.isDeleted) return <li className="text-sm text-slate-500 italic">{t("deleted")}</li>;
  return (
    <li className="text-sm" data-testid="comment">
      <p className="text-xs text-slate-600">
        <span className="font-semibold text-slate-800">{comment.authorName}</span> ·{" "}
        {time.format(new Date(comment.createdAt))}
        {comment.editedAt && ` · ${t("edited")}`}
      </p>
      {isEditing ? (
        <CommentComposer
          members={members}
          initial={comment.body}
          placeholder={t("write")}
          submitLabel={t("save")}
          autoFocus
          onCancel={() => setEditing(false)}
          onSend={async (body, mentions) => {
            const message = await commentsApi.edit(boardId, threadId, comment.id, body, mentions);
            if (!message) {
              setEditing(false);
              await reload();
            }
            return message;
          }}
        />
      ) : (
        <p className="whitespace-pre-wrap break-words text-slate-900">{comment.body}</p>
      )}
      {isMine && !isEditing && (
        <div className="mt-1 flex gap-3 text-xs">
          <button type="button" className="text-accent-strong underline" onClick={() => setEditing(true)}>
            {t("edit")}
          </button>
          <button
            type="button"
            className="text-deficit underline"
            onClick={async () => {
              if (!(await commentsApi.remove(boardId, threadId, comment.id))) await reload();
            }}
          >
            {t("delete")}
          </button>
        </div>
      )}
    </li>
  );
}
