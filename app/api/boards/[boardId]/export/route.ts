import { authorizeBoardRequest } from "@/lib/auth/api";
import { loadBoardData } from "@/lib/board/board-data";
import { getDb } from "@/lib/db/client";
import { serializeBoard } from "@/lib/engine";

/** GET: the board as a `pks-board` version 2 document (members only), lever, owner and note included. */
export async function GET(_request: Request, { params }: { params: Promise<{ boardId: string }> }) {
  const { boardId } = await params;
  const auth = await authorizeBoardRequest(boardId, "viewer");
  if (!auth.ok) return auth.response;
  const data = await loadBoardData(await getDb(), auth.access.board);
  const filename = `${auth.access.board.name.replace(/[^\p{L}\p{N}]+/gu, "-").replace(/^-|-$/g, "") || "tavla"}.pks-board.json`;
  return new Response(serializeBoard(data), {
    headers: {
      "content-type": "application/json; charset=utf-8",
      "content-disposition": `attachment; filename*=UTF-8''${encodeURIComponent(filename)}`,
    },
  });
}
