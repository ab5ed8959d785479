import { presentApiError } from "@/app/api/present";
import { jsonError } from "@/lib/auth/api";
import { getSessionUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { serializeBoard } from "@/lib/engine";
import { exportBoard } from "@/lib/server/boards/export-board";

/** GET: the board as a `pks-board` version 2 document (members only), lever, owner and note included. */
export async function GET(_request: Request, { params }: { params: Promise<{ boardId: string }> }) {
  const { boardId } = await params;
  const user = await getSessionUser();
  if (!user) return jsonError(401, "Inte inloggad / Not signed in");
  const result = await exportBoard(await getDb(), user, { boardId, format: "pks-board" });
  if (!result.ok) return presentApiError(result.error);
  const { access, data } = result.value;
  const filename = `${access.board.name.replace(/[^\p{L}\p{N}]+/gu, "-").replace(/^-|-$/g, "") || "tavla"}.pks-board.json`;
  return new Response(serializeBoard(data), {
    headers: {
      "content-type": "application/json; charset=utf-8",
      "content-disposition": `attachment; filename*=UTF-8''${encodeURIComponent(filename)}`,
    },
  });
}
