import { NextResponse } from "next/server";
import { presentApiError } from "@/app/api/present";
import { authorizeBoardRequest, jsonError } from "@/lib/auth/api";
import { getSessionUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { runMeetingAction } from "@/lib/meeting/commands";
import { describeMeeting, findOpenMeeting } from "@/lib/meeting/queries";
import { pushIfLive } from "@/lib/server/notifications/notify-users";
import { currentVersionDeps } from "@/lib/server/versions/deps";

type Params = { params: Promise<{ boardId: string }> };

/** GET: the board's open meeting (members), or `{ meeting: null }`. */
export async function GET(_request: Request, { params }: Params) {
  const { boardId } = await params;
  const auth = await authorizeBoardRequest(boardId, "viewer");
  if (!auth.ok) return auth.response;
  const db = await getDb();
  const meeting = await describeMeeting(db, await findOpenMeeting(db, auth.access.board.id));
  return NextResponse.json({ meeting }, { headers: { "cache-control": "no-store" } });
}

/**
 * POST { action: start | join | hand-over | end, meetingId?, toUserId? }: the server decides who
 * presents (docs/meeting.md); every change is pushed to the board's connections as `meeting.changed`.
 */
export async function POST(request: Request, { params }: Params) {
  const { boardId } = await params;
  const user = await getSessionUser();
  if (!user) return jsonError(401, "Inte inloggad / Not signed in");
  const body = await request.json().catch(() => null);
  const db = await getDb();
  const result = await runMeetingAction(db, user, boardId, body, currentVersionDeps());
  if (!result.ok && result.error.kind === "invalid")
    return NextResponse.json({ error: result.error.message, code: result.error.code }, { status: 400 });
  if (!result.ok) return presentApiError(result.error);
  const meeting = await describeMeeting(db, result.value);
  if ((body as { action?: string }).action !== "join") pushIfLive(boardId, { v: 1, type: "meeting.changed", meeting });
  return NextResponse.json({ meeting, versionId: result.value.versionId });
}
