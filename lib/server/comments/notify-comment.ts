import type { Tx } from "@/lib/db/client";
import { listThreadParticipants } from "@/lib/db/queries/comments";
import { findUserById } from "@/lib/db/queries/users";
import type { CommentThread, Notification } from "@/lib/db/schema";
import type { Actor } from "../command";
import { notifyUsers } from "../notifications/notify-users";
import { excerpt, threadLink } from "./comment-input";

/**
 * Notifies the people a new comment concerns: everyone it mentions ("nämnde dig"), and for a
 * reply everyone else who wrote in the thread ("svarade i en tråd du deltar i"). One notification
 * per person; never the author.
 */
export async function notifyAboutComment(
  tx: Tx,
  input: { actor: Actor; thread: CommentThread; body: string; mentions: string[]; isReply: boolean },
): Promise<Notification[]> {
  const { actor, thread, body, mentions } = input;
  const name = (await findUserById(tx, actor.id))?.name ?? "";
  const link = threadLink(thread.boardId, thread.section, thread.id);
  const common = { boardId: thread.boardId, actorId: actor.id, link };
  const mentioned = await notifyUsers(tx, mentions, {
    ...common,
    kind: "mention",
    text: `${name} nämnde dig vid ${thread.placeLabel}: ”${excerpt(body)}”`,
  });
  if (!input.isReply) return mentioned;
  const participants = (await listThreadParticipants(tx, thread.id)).filter((id) => !mentions.includes(id));
  const replied = await notifyUsers(tx, participants, {
    ...common,
    kind: "reply",
    text: `${name} svarade i tråden vid ${thread.placeLabel}: ”${excerpt(body)}”`,
  });
  return [...mentioned, ...replied];
}
