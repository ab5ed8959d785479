import { NextResponse } from "next/server";
import { presentApiError } from "@/app/api/present";
import { jsonError } from "@/lib/auth/api";
import { getSessionUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { deleteComment, editComment } from "@/lib/server/comments/edit-comment";

type Params = { params: Promise<{ boardId: string; commentId: string }> };

/** PATCH { body, mentions }: edits one's own comment. */
export async function PATCH(request: Request, { params }: Params) {
  const { boardId, commentId } = await params;
  const user = await getSessionUser();
  if (!user) return jsonError(401, "Inte inloggad / Not signed in");
  const body = await request.json().catch(() => null);
  const result = await editComment(await getDb(), user, { ...body, boardId, commentId });
  return result.ok ? NextResponse.json(result.value) : presentApiError(result.error);
}

/** DELETE: deletes one's own comment. */
export async function DELETE(_request: Request, { params }: Params) {
  const { boardId, commentId } = await params;
  const user = await getSessionUser();
  if (!user) return jsonError(401, "Inte inloggad / Not signed in");
  const result = await deleteComment(await getDb(), user, { boardId, commentId });
  return result.ok ? NextResponse.json(result.value) : presentApiError(result.error);
}
