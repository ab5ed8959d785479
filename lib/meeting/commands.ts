/**
 * Meeting mode's commands (docs/meeting.md). The server decides who presents: only an editor or
 * owner starts a meeting or is handed it; only the presenter (or an owner) hands over or ends it.
 * Ending saves the record — participants, decisions, comments — with a named version of the board.
 */
import { and, eq, isNull } from "drizzle-orm";
import { z } from "zod";
import { hasRole } from "@/lib/auth/roles";
import { readBoardFromDoc } from "@/lib/board/doc-model";
import type { LiveRooms } from "@/lib/board/live-rooms";
import { boardRoom } from "@/lib/board/protocol";
import type { Db, Tx } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/errors";
import { appendAuditEvent } from "@/lib/db/queries/audit";
import { findBoardForUser } from "@/lib/db/queries/boards";
import { findUserNames } from "@/lib/db/queries/versions";
import { type BoardMeeting, boardMeetings } from "@/lib/db/schema";
import type { PksBoard } from "@/lib/engine";
import {
  type Actor,
  auditActor,
  authorizeBoard,
  type CommandResult,
  inTransaction,
  invalid,
  parseInput,
  refuse,
  swedishMessage,
} from "@/lib/server/command";
import { readCurrentState, saveVersion } from "@/lib/server/versions/save-version";
import { docFromState } from "@/lib/versions/content";
import sv from "@/messages/sv/meeting.json";
import { formatMeetingName } from "./meeting-name";
import { addParticipant, findOpenMeeting, listCommentsSince } from "./queries";
import { diffDecisions, measureStatuses } from "./record";

export const meetingActionInput = z.discriminatedUnion("action", [
  z.object({ action: z.literal("start") }),
  z.object({ action: z.literal("join"), meetingId: z.uuid("meeting.errors.meeting") }),
  z.object({
    action: z.literal("hand-over"),
    meetingId: z.uuid("meeting.errors.meeting"),
    toUserId: z.uuid("meeting.errors.handOverTarget"),
  }),
  z.object({ action: z.literal("end"), meetingId: z.uuid("meeting.errors.meeting") }),
]);

/** The collaboration server of this process (null: read the stored board state). */
export interface MeetingDeps {
  rooms: LiveRooms | null;
}

async function readBoard(db: Db, deps: MeetingDeps, boardId: string): Promise<PksBoard | null> {
  const state = await readCurrentState(db, deps.rooms, boardRoom(boardId));
  if (!state) return null;
  const doc = docFromState(state);
  try {
    return readBoardFromDoc(doc);
  } finally {
    doc.destroy();
  }
}

/** The open meeting `meetingId` of the board, or a refusal naming that it has ended. */
async function openMeeting(tx: Tx, boardId: string, meetingId: string): Promise<BoardMeeting> {
  const meeting = await findOpenMeeting(tx, boardId);
  if (!meeting || meeting.id !== meetingId) refuse(invalid("meetingId", "meeting.errors.ended"));
  return meeting;
}

/** The partial unique index that allows one open meeting per board (lib/db/schema.ts). */
const OPEN_MEETING_INDEX = "board_meetings_open_idx";

/** Starts a meeting with the actor presenting. Editors and owners only; one open meeting per board. */
export async function startMeeting(db: Db, actor: Actor, boardId: string, deps: MeetingDeps) {
  const allowed = await inTransaction(db, undefined, (tx) => authorizeBoard(tx, actor, boardId, "editor"));
  if (!allowed.ok) return allowed;
  const board = await readBoard(db, deps, boardId);
  return inTransaction(db, undefined, async (tx) => {
    await authorizeBoard(tx, actor, boardId, "editor");
    if (await findOpenMeeting(tx, boardId)) refuse(invalid("action", "meeting.errors.alreadyOpen"));
    try {
      const [row] = await tx
        .insert(boardMeetings)
        .values({
          boardId,
          presenterId: actor.id,
          startedBy: actor.id,
          participantIds: [actor.id],
          startStatuses: measureStatuses(board),
        })
        .returning();
      return row;
    } catch (error) {
      // Someone else started one in the same moment (PostgreSQL: both saw none, the index decides).
      if (isUniqueViolation(error, OPEN_MEETING_INDEX)) refuse(invalid("action", "meeting.errors.alreadyOpen"));
      throw error;
    }
  });
}

/** Records the actor (any member) as a participant of the open meeting. */
export async function joinMeeting(db: Db, actor: Actor, boardId: string, meetingId: string) {
  return inTransaction(db, undefined, async (tx) => {
    await authorizeBoard(tx, actor, boardId, "viewer");
    const meeting = await openMeeting(tx, boardId, meetingId);
    await addParticipant(tx, meeting.id, actor.id);
    return meeting;
  });
}

/** Hands the presenter role to another editor or owner of the board; by the presenter or an owner. */
export async function handOverMeeting(db: Db, actor: Actor, boardId: string, meetingId: string, toUserId: string) {
  return inTransaction(db, undefined, async (tx) => {
    const access = await authorizeBoard(tx, actor, boardId, "viewer");
    const meeting = await openMeeting(tx, boardId, meetingId);
    if (meeting.presenterId !== actor.id && !hasRole(access.role, "owner")) refuse({ kind: "forbidden" });
    const target = await findBoardForUser(tx, boardId, toUserId);
    if (!target || !hasRole(target.role, "editor")) refuse(invalid("toUserId", "meeting.errors.handOverTarget"));
    await addParticipant(tx, meeting.id, toUserId);
    const [row] = await tx
      .update(boardMeetings)
      .set({ presenterId: toUserId })
      .where(eq(boardMeetings.id, meeting.id))
      .returning();
    return row;
  });
}

/**
 * Ends the open meeting (the presenter or an owner): saves a named version of the board as
 * "Protokoll balanseringsmöte 12 mars" and the record — participants, the measures whose status
 * changed since the start, the comments written meanwhile — with it.
 */
export async function endMeeting(db: Db, actor: Actor, boardId: string, meetingId: string, deps: MeetingDeps) {
  const state = await readCurrentState(db, deps.rooms, boardRoom(boardId));
  return inTransaction(db, undefined, async (tx) => {
    const access = await authorizeBoard(tx, actor, boardId, "viewer");
    const meeting = await openMeeting(tx, boardId, meetingId);
    if (meeting.presenterId !== actor.id && !hasRole(access.role, "owner")) refuse({ kind: "forbidden" });
    if (!state) refuse({ kind: "not-found" });
    const doc = docFromState(state);
    const board = readBoardFromDoc(doc);
    doc.destroy();
    const names = await findUserNames(tx, meeting.participantIds);
    const record = {
      participants: meeting.participantIds.map((id) => ({ id, name: names.get(id) ?? "–" })),
      decisions: diffDecisions(meeting.startStatuses, board),
      comments: await listCommentsSince(tx, boardId, meeting.startedAt),
    };
    const name = formatMeetingName(meeting.startedAt);
    const version = await saveVersion(tx, { boardId, kind: "meeting", name, createdBy: actor.id }, state);
    if (!version) throw new Error("a meeting version is never skipped");
    await appendAuditEvent(tx, auditActor(actor), {
      type: "version.created",
      data: { boardId, docId: version.docId, versionId: version.id, kind: "meeting", name },
    });
    const [row] = await tx
      .update(boardMeetings)
      .set({ endedAt: new Date(), record, versionId: version.id, presenterId: null })
      .where(and(eq(boardMeetings.id, meeting.id), isNull(boardMeetings.endedAt)))
      .returning();
    return row;
  });
}

/** Runs one meeting action from a request body: parse, then the command. */
export async function runMeetingAction(
  db: Db,
  actor: Actor,
  boardId: string,
  body: unknown,
  deps: MeetingDeps,
): Promise<CommandResult<BoardMeeting>> {
  const parsed = parseInput(meetingActionInput, body);
  const result = parsed.ok ? await runParsed(db, actor, boardId, parsed.value, deps) : parsed;
  if (result.ok || result.error.kind !== "invalid") return result;
  return { ok: false, error: { ...result.error, message: meetingMessage(result.error.code) } };
}

function runParsed(
  db: Db,
  actor: Actor,
  boardId: string,
  input: z.output<typeof meetingActionInput>,
  deps: MeetingDeps,
) {
  if (input.action === "start") return startMeeting(db, actor, boardId, deps);
  if (input.action === "join") return joinMeeting(db, actor, boardId, input.meetingId);
  if (input.action === "hand-over") return handOverMeeting(db, actor, boardId, input.meetingId, input.toUserId);
  return endMeeting(db, actor, boardId, input.meetingId, deps);
}

/** The Swedish text of a `meeting.errors.*` key (meeting mode's texts live in messages/sv/meeting.json). */
function meetingMessage(code: string): string {
  const key = code.startsWith("meeting.errors.") ? code.slice("meeting.errors.".length) : "";
  return (sv.meeting.errors as Record<string, string>)[key] ?? swedishMessage(code);
}
