import { NextResponse } from "next/server";
import { presentApiError } from "@/app/api/present";
import { jsonError } from "@/lib/auth/api";
import { getSessionUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { replyToThread } from "@/lib/server/comments/reply-to-thread";
import { setThreadResolved } from "@/lib/server/comments/set-thread-resolved";

type Params = { params: Promise<{ boardId: string; threadId: string }> };

/** POST { body, mentions }: replies in the thread. */
export async function POST(request: Request, { params }: Params) {
  const { boardId, threadId } = await params;
  const user = await getSessionUser();
  if (!user) return jsonError(401, "Inte inloggad / Not signed in");
  const body = await request.json().catch(() => null);
  const result = await replyToThread(await getDb(), user, { ...body, boardId, threadId });
  return result.ok ? NextResponse.json(result.value, { status: 201 }) : presentApiError(result.error);
}

/** PATCH { resolved }: resolves or reopens the thread. */
export async function PATCH(request: Request, { params }: Params) {
  const { boardId, threadId } = await params;
  const user = await getSessionUser();
  if (!user) return jsonError(401, "Inte inloggad / Not signed in");
  const body = await request.json().catch(() => null);
  const result = await setThreadResolved(await getDb(), user, { ...body, boardId, threadId });
  return result.ok ? NextResponse.json(result.value) : presentApiError(result.error);
}
