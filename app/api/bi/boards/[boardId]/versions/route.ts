import { getDb } from "@/lib/db/client";
import { answerBiRequest } from "@/lib/server/bi/bi-response";
import { listBiVersions } from "@/lib/server/bi/read-bi";

/** GET (Bearer BI token): the board's versions. */
export async function GET(request: Request, { params }: { params: Promise<{ boardId: string }> }) {
  const { boardId } = await params;
  const db = await getDb();
  return answerBiRequest(db, request, boardId, async () => ({ versions: await listBiVersions(db, boardId) }));
}
