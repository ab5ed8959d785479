import { getDb } from "@/lib/db/client";
import { answerBiRequest } from "@/lib/server/bi/bi-response";
import { readBiBoard } from "@/lib/server/bi/read-bi";

/** GET (Authorization: Bearer <BI token>): the board's `pks-board` data, read-only. */
export async function GET(request: Request, { params }: { params: Promise<{ boardId: string }> }) {
  const { boardId } = await params;
  const db = await getDb();
  return answerBiRequest(db, request, boardId, () => readBiBoard(db, boardId));
}
