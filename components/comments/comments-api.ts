import type { CommentAnchor } from "@/lib/comments/anchor";

/** Sends a comments API request; resolves with the server's message on refusal, else null. */
async function send(url: string, method: string, body?: unknown): Promise<string | null> {
  const response = await fetch(url, {
    method,
    headers: body === undefined ? undefined : { "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (response.ok) return null;
  const json = (await response.json().catch(() => null)) as { error?: string } | null;
  const text = json?.error ?? `HTTP ${response.status}`;
  // "body: Skriv en kommentar." → the part after the field name.
  return text.includes(": ") ? text.slice(text.indexOf(": ") + 2) : text;
}

const base = (boardId: string) => `/api/boards/${boardId}/comments`;

/** The browser's calls of the comment commands (each answered by a route handler). */
export const commentsApi = {
  createThread: (boardId: string, anchor: CommentAnchor, body: string, mentions: string[]) =>
    send(base(boardId), "POST", { anchor, body, mentions }),
  reply: (boardId: string, threadId: string, body: string, mentions: string[]) =>
    send(`${base(boardId)}/${threadId}`, "POST", { body, mentions }),
  setResolved: (boardId: string, threadId: string, resolved: boolean) =>
    send(`${base(boardId)}/${threadId}`, "PATCH", { resolved }),
  edit: (boardId: string, threadId: string, commentId: string, body: string, mentions: string[]) =>
    send(`${base(boardId)}/${threadId}/${commentId}`, "PATCH", { body, mentions }),
  remove: (boardId: string, threadId: string, commentId: string) =>
    send(`${base(boardId)}/${threadId}/${commentId}`, "DELETE"),
};
