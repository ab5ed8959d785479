import { authorizeBoardRequest } from "@/lib/auth/api";
import { loadBoardData } from "@/lib/board/board-data";
import { getDb } from "@/lib/db/client";
import { computeBoard } from "@/lib/engine";
import { buildBoardWorkbook, writeWorkbook, xlsxFileName } from "@/lib/export/xlsx";

/** GET: the board's production plan, balance and follow-up as an XLSX workbook (members only). */
export async function GET(_request: Request, { params }: { params: Promise<{ boardId: string }> }) {
  const { boardId } = await params;
  const auth = await authorizeBoardRequest(boardId, "viewer");
  if (!auth.ok) return auth.response;
  const data = await loadBoardData(await getDb(), auth.access.board);
  const bytes = await writeWorkbook(buildBoardWorkbook(data, computeBoard(data, { mode: "plan" })));
  return new Response(bytes as BodyInit, {
    headers: {
      "content-type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "content-disposition": `attachment; filename*=UTF-8''${encodeURIComponent(xlsxFileName(auth.access.board.name))}`,
      "cache-control": "no-store",
    },
  });
}
