import { presentApiError } from "@/app/api/present";
import { jsonError } from "@/lib/auth/api";
import { getSessionUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { computeBoard } from "@/lib/engine";
import { buildBoardWorkbook, writeWorkbook, xlsxFileName } from "@/lib/export/xlsx";
import { exportVersion } from "@/lib/server/versions/export-version";

/** GET: one version's production plan, balance and follow-up as XLSX (members only; audited). */
export async function GET(_request: Request, { params }: { params: Promise<{ boardId: string; versionId: string }> }) {
  const { boardId, versionId } = await params;
  const user = await getSessionUser();
  if (!user) return jsonError(401, "Inte inloggad / Not signed in");
  const result = await exportVersion(await getDb(), user, { boardId, versionId });
  if (!result.ok) return presentApiError(result.error);
  const { boardName, versionName, createdAt, data } = result.value;
  const bytes = await writeWorkbook(buildBoardWorkbook(data, computeBoard(data, { mode: "plan" })));
  const stamp = versionName ?? createdAt.toISOString().slice(0, 16).replace("T", " ");
  return new Response(bytes as BodyInit, {
    headers: {
      "content-type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "content-disposition": `attachment; filename*=UTF-8''${encodeURIComponent(xlsxFileName(`${boardName} ${stamp}`))}`,
      "cache-control": "no-store",
    },
  });
}
