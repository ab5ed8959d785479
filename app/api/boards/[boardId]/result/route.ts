import { NextResponse } from "next/server";
import { authorizeBoardRequest, jsonError } from "@/lib/auth/api";
import { getDb } from "@/lib/db/client";
import { loadBoardData } from "@/lib/db/queries/board-data";
import { computeBoard } from "@/lib/engine";

/** GET ?mode=plan|scenario: the engine's `pks-result` for the board (members only). */
export async function GET(request: Request, { params }: { params: Promise<{ boardId: string }> }) {
  const { boardId } = await params;
  const mode = new URL(request.url).searchParams.get("mode") ?? "plan";
  if (mode !== "plan" && mode !== "scenario")
    return jsonError(400, `mode: must be "plan" or "scenario", got "${mode}"`);
  const auth = await authorizeBoardRequest(boardId, "viewer");
  if (!auth.ok) return auth.response;
  const data = await loadBoardData(await getDb(), auth.access.board);
  return NextResponse.json(computeBoard(data, { mode }));
}
