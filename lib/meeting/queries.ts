/** Database access of meeting mode: the open meeting of a board, participants, comments made. */
import { and, asc, eq, gte, isNull, sql } from "drizzle-orm";
import type { Queryable } from "@/lib/db/client";
import { type BoardMeeting, boardMeetings, comments, commentThreads, type MeetingRecord, users } from "@/lib/db/schema";

/** The board's open meeting, or null. */
export async function findOpenMeeting(db: Queryable, boardId: string): Promise<BoardMeeting | null> {
  const [row] = await db
    .select()
    .from(boardMeetings)
    .where(and(eq(boardMeetings.boardId, boardId), isNull(boardMeetings.endedAt)));
  return row ?? null;
}

/** The board's ended meetings with a record, newest first (shown in Historik). */
export async function listMeetingRecords(db: Queryable, boardId: string): Promise<BoardMeeting[]> {
  const rows = await db
    .select()
    .from(boardMeetings)
    .where(eq(boardMeetings.boardId, boardId))
    .orderBy(sql`${boardMeetings.startedAt} desc`)
    .limit(50);
  return rows.filter((row) => row.endedAt && row.record);
}

/** Adds a participant to the open meeting (once); false when the meeting is no longer open. */
export async function addParticipant(db: Queryable, meetingId: string, userId: string): Promise<boolean> {
  const rows = await db
    .update(boardMeetings)
    .set({
      participantIds: sql`case when ${boardMeetings.participantIds} @> ${JSON.stringify([userId])}::jsonb
        then ${boardMeetings.participantIds}
        else ${boardMeetings.participantIds} || ${JSON.stringify([userId])}::jsonb end`,
    })
    .where(and(eq(boardMeetings.id, meetingId), isNull(boardMeetings.endedAt)))
    .returning({ id: boardMeetings.id });
  return rows.length > 0;
}

/** The comments written on the board since `since` (not deleted), oldest first, for the record. */
export async function listCommentsSince(
  db: Queryable,
  boardId: string,
  since: Date,
): Promise<MeetingRecord["comments"]> {
  const rows = await db
    .select({
      threadId: commentThreads.id,
      body: comments.body,
      place: commentThreads.placeLabel,
      author: users.name,
    })
    .from(comments)
    .innerJoin(commentThreads, eq(comments.threadId, commentThreads.id))
    .leftJoin(users, eq(comments.authorId, users.id))
    .where(and(eq(commentThreads.boardId, boardId), gte(comments.createdAt, since), isNull(comments.deletedAt)))
    .orderBy(asc(comments.createdAt));
  return rows.map((r) => ({ threadId: r.threadId, body: r.body, place: r.place, author: r.author ?? "–" }));
}

/** A meeting as the browser sees it (the `meeting.changed` push and GET …/meeting), with the presenter's name. */
export async function describeMeeting(
  db: Queryable,
  meeting: BoardMeeting | null,
): Promise<{ id: string; presenterId: string | null; presenterName: string; startedAt: string } | null> {
  if (!meeting || meeting.endedAt) return null;
  const [presenter] = meeting.presenterId
    ? await db.select({ name: users.name }).from(users).where(eq(users.id, meeting.presenterId))
    : [];
  return {
    id: meeting.id,
    presenterId: meeting.presenterId,
    presenterName: presenter?.name ?? "–",
    startedAt: meeting.startedAt.toISOString(),
  };
}
