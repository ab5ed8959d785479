import { presentApiError } from "@/app/api/present";
import { jsonError } from "@/lib/auth/api";
import { getSessionUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { computeBoard } from "@/lib/engine";
import { buildBoardWorkbook, writeWorkbook, xlsxFileName } from "@/lib/export/xlsx";
import { exportBoard } from "@/lib/server/boards/export-board";

/** GET: the board's production plan, balance and follow-up as an XLSX workbook (members only; audited). */
export async function GET(_request: Request, { params }: { params: Promise<{ boardId: string }> }) {
  const { boardId } = await params;
  const user = await getSessionUser();
  if (!user) return jsonError(401, "Inte inloggad / Not signed in");
  const result = await exportBoard(await getDb(), user, { boardId, format: "xlsx" });
  if (!result.ok) return presentApiError(result.error);
  const { access, data } = result.value;
  const bytes = await writeWorkbook(buildBoardWorkbook(data, computeBoard(data, { mode: "plan" })));
  return new Response(bytes as BodyInit, {
    headers: {
      "content-type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "content-disposition": `attachment; filename*=UTF-8''${encodeURIComponent(xlsxFileName(access.board.name))}`,
      "cache-control": "no-store",
    },
  });
}
