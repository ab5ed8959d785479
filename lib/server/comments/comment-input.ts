import { z } from "zod";
import type { CommentSection } from "@/lib/comments/anchor";
import type { Queryable } from "@/lib/db/client";
import { findRoles } from "@/lib/db/queries/boards";
import { invalid, refuse } from "../command";

/** Longest comment accepted, in characters. */
export const MAX_COMMENT_LENGTH = 10_000;

export const boardIdField = z.uuid("comments.errors.threadMissing");
export const threadIdField = z.uuid("comments.errors.threadMissing");
export const commentIdField = z.uuid("comments.errors.commentMissing");
export const bodyField = z
  .string("comments.errors.bodyEmpty")
  .trim()
  .min(1, "comments.errors.bodyEmpty")
  .max(MAX_COMMENT_LENGTH, "comments.errors.bodyTooLong");
export const mentionsField = z
  .array(z.uuid("comments.errors.mentionNotMember"), "comments.errors.mentionNotMember")
  .max(50, "comments.errors.mentionNotMember")
  .default([]);

/** Refuses mentions of people who are not members of the board; returns them deduplicated. */
export async function checkMentions(tx: Queryable, boardId: string, mentions: string[]): Promise<string[]> {
  const unique = [...new Set(mentions)];
  if (unique.length === 0) return unique;
  const roles = await findRoles(tx, boardId, unique);
  if (unique.some((id) => !roles.has(id))) refuse(invalid("mentions", "comments.errors.mentionNotMember"));
  return unique;
}

const SECTION_PATH: Record<string, string> = {
  overview: "",
  demand: "/behov",
  capacity: "/kapacitet",
  balance: "/balansering",
  plan: "/produktionsplan",
  followup: "/uppfoljning",
  documents: "",
};

/** The page that shows a thread, opened on it. */
export function threadLink(boardId: string, section: CommentSection | string, threadId: string): string {
  return `/boards/${boardId}${SECTION_PATH[section] ?? ""}?thread=${threadId}`;
}

/** The first words of a comment for a notification line. */
export function excerpt(body: string, length = 80): string {
  const line = body.replace(/\s+/g, " ").trim();
  return line.length > length ? `${line.slice(0, length - 1)}…` : line;
}
