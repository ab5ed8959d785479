import { NextResponse } from "next/server";
import { presentApiError } from "@/app/api/present";
import { jsonError } from "@/lib/auth/api";
import { getSessionUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { createThread } from "@/lib/server/comments/create-thread";
import { listThreads } from "@/lib/server/comments/list-threads";

type Params = { params: Promise<{ boardId: string }> };

/** GET: the board's comment threads (members), each with `isOrphaned`, and the members to mention. */
export async function GET(_request: Request, { params }: Params) {
  const { boardId } = await params;
  const user = await getSessionUser();
  if (!user) return jsonError(401, "Inte inloggad / Not signed in");
  const result = await listThreads(await getDb(), user, boardId);
  return result.ok ? NextResponse.json(result.value) : presentApiError(result.error);
}

/** POST { anchor, body, mentions }: starts a thread (commenter or above). */
export async function POST(request: Request, { params }: Params) {
  const { boardId } = await params;
  const user = await getSessionUser();
  if (!user) return jsonError(401, "Inte inloggad / Not signed in");
  const body = await request.json().catch(() => null);
  const result = await createThread(await getDb(), user, { ...body, boardId });
  return result.ok ? NextResponse.json(result.value, { status: 201 }) : presentApiError(result.error);
}
