"use client";

import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { ui } from "@/components/ui/styles";

/** Sends `{ body, mentions }`; resolves with an error message (shown in place) or null. */
export type SendComment = (body: string, mentions: string[]) => Promise<string | null>;

/**
 * A comment box: text, an @mention picker of the board's members (inserts "@Namn" and remembers
 * the person), and a send button; the server's refusal is shown under the box.
 */
export function CommentComposer(props: {
  members: { userId: string; name: string }[];
  placeholder: string;
  submitLabel: string;
  initial?: string;
  onSend: SendComment;
  onCancel?: () => void;
  autoFocus?: boolean;
}) {
  const t = useTranslations("commentsPanel");
  const [body, setBody] = useState(props.initial ?? "");
  const [mentions, setMentions] = useState<string[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [isSending, setSending] = useState(false);
  const errorId = useId();
  const send = async () => {
    setSending(true);
    const names = new Map(props.members.map((m) => [m.userId, m.name]));
    const stillMentioned = mentions.filter((id) => body.includes(`@${names.get(id)}`));
    const message = await props.onSend(body, stillMentioned);
    setSending(false);
    setError(message);
    if (!message) {
      setBody("");
      setMentions([]);
    }
  };
  return (
    <form
      className="space-y-2"
      onSubmit={(e) => {
        e.preventDefault();
        void send();
      }}
    >
      <textarea
        value={body}
        onChange={(e) => setBody(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) void send();
        }}
        placeholder={props.placeholder}
        aria-label={props.placeholder}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        // biome-ignore lint/a11y/noAutofocus: the composer opens because the person asked to write
        autoFocus={props.autoFocus}
        rows={3}
        className="w-full rounded-md border border-slate-300 px-2 py-1.5 text-sm focus:outline-2 focus:outline-accent"
      />
      {error && (
        <p id={errorId} role="alert" className="text-sm font-medium text-deficit">
          {error}
        </p>
      )}
      <div className="flex flex-wrap items-center gap-2">
        <select
          aria-label={t("mention")}
          value=""
          onChange={(e) => {
            const member = props.members.find((m) => m.userId === e.target.value);
            if (!member) return;
            setBody((b) => `${b}${b && !b.endsWith(" ") ? " " : ""}@${member.name} `);
            setMentions((m) => [...new Set([...m, member.userId])]);
          }}
          className="rounded-md border border-slate-300 px-1 py-1 text-sm"
        >
          <option value="">@ {t("mention")}</option>
          {props.members.map((m) => (
            <option key={m.userId} value={m.userId}>
              {m.name}
            </option>
          ))}
        </select>
        <span className="flex-1" />
        {props.onCancel && (
          <button type="button" className={ui.buttonSecondary} onClick={props.onCancel}>
            {t("cancel")}
          </button>
        )}
        <button type="submit" className={ui.button} disabled={isSending}>
          {props.submitLabel}
        </button>
      </div>
    </form>
  );
}
