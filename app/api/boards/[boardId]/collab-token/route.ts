import { NextResponse } from "next/server";
import { authorizeBoardRequest, jsonError } from "@/lib/auth/api";
import { COLLAB_TOKEN_TTL_SECONDS, mintCollabToken } from "@/lib/auth/collab-token";
import { collabTokenLimiter } from "@/lib/auth/rate-limit";

/** POST: a short-lived token for the board's collaboration socket (members only). */
export async function POST(_request: Request, { params }: { params: Promise<{ boardId: string }> }) {
  const { boardId } = await params;
  const auth = await authorizeBoardRequest(boardId, "viewer");
  if (!auth.ok) return auth.response;
  const waitMs = collabTokenLimiter.take(auth.user.id);
  if (waitMs > 0) {
    const response = jsonError(429, "För många anslutningsförsök / Too many connection attempts");
    response.headers.set("retry-after", String(Math.ceil(waitMs / 1000)));
    return response;
  }
  const token = mintCollabToken({ boardId: auth.access.board.id, userId: auth.user.id });
  return NextResponse.json(
    { token, role: auth.access.role, expiresIn: COLLAB_TOKEN_TTL_SECONDS },
    { headers: { "cache-control": "no-store" } },
  );
}
