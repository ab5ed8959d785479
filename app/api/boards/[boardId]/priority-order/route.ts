import { NextResponse } from "next/server";
import { presentApiError } from "@/app/api/present";
import { jsonError } from "@/lib/auth/api";
import { getSessionUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { recordPriorityOrder } from "@/lib/server/boards/record-priority-order";

/**
 * POST: records who decided the board's *prioritetsordning vid kapacitetsbrist* (editors and
 * owners) through the `recordPriorityOrder` command: parse → call → present.
 */
export async function POST(request: Request, { params }: { params: Promise<{ boardId: string }> }) {
  const { boardId } = await params;
  const user = await getSessionUser();
  if (!user) return jsonError(401, "Inte inloggad / Not signed in");
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    return jsonError(400, "Ogiltig JSON / Invalid JSON");
  }
  const input = typeof body === "object" && body !== null ? { ...body, boardId } : body;
  const result = await recordPriorityOrder(await getDb(), user, input);
  if (!result.ok) return presentApiError(result.error);
  return NextResponse.json({ decidedBy: user.name, decidedAt: result.value.decidedAt });
}
