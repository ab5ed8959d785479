import { getDb } from "@/lib/db/client";
import { answerBiRequest } from "@/lib/server/bi/bi-response";
import { readBiResult } from "@/lib/server/bi/read-bi";

/** GET ?mode=plan|scenario (Bearer BI token): the engine's `pks-result`. */
export async function GET(request: Request, { params }: { params: Promise<{ boardId: string }> }) {
  const { boardId } = await params;
  const mode = new URL(request.url).searchParams.get("mode") ?? "plan";
  const db = await getDb();
  return answerBiRequest(db, request, boardId, async () =>
    mode === "plan" || mode === "scenario"
      ? readBiResult(db, boardId, mode)
      : Response.json({ error: `mode: must be "plan" or "scenario", got "${mode}"` }, { status: 400 }),
  );
}
