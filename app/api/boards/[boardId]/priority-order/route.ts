import { NextResponse } from "next/server";
import { z } from "zod";
import { authorizeBoardRequest, jsonError } from "@/lib/auth/api";
import { getDb } from "@/lib/db/client";
import { appendAuditEvent } from "@/lib/db/queries/audit";

const rank = z
  .number()
  .int("must be an integer 1…10000")
  .min(1, "must be an integer 1…10000")
  .max(10000, "must be an integer 1…10000");

const decisionInput = z.strictObject({
  /** "accept": the proposed ranks become the board's prioritetsordning; "clear": back to an even share. */
  decision: z.enum(["accept", "clear"]),
  ranks: z
    .record(z.string().min(1).max(200), rank)
    .refine((r) => Object.keys(r).length <= 5000, "at most 5000 objects"),
  /** Objects without a medical priority, placed with their group and to be checked. */
  queried: z.array(z.string().max(200)).max(5000).default([]),
});

/**
 * POST: records who decided the board's *prioritetsordning vid kapacitetsbrist* (editors and
 * owners). The ranks themselves are written to the board document by the client that accepted
 * them; this route puts the decision, its ranks and the person in the audit log.
 */
export async function POST(request: Request, { params }: { params: Promise<{ boardId: string }> }) {
  const { boardId } = await params;
  const auth = await authorizeBoardRequest(boardId, "editor");
  if (!auth.ok) return auth.response;
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    return jsonError(400, "Ogiltig JSON / Invalid JSON");
  }
  const parsed = decisionInput.safeParse(body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return jsonError(400, `${issue.path.join(".") || "body"}: ${issue.message}`);
  }
  const decidedAt = new Date().toISOString();
  await appendAuditEvent(
    await getDb(),
    { organisationId: auth.access.board.organisationId, userId: auth.user.id },
    {
      type: parsed.data.decision === "accept" ? "board.priority-order-decided" : "board.priority-order-cleared",
      data: {
        boardId: auth.access.board.id,
        basis: "medical-priority",
        ranks: parsed.data.ranks,
        queried: parsed.data.queried,
      },
    },
  );
  return NextResponse.json({ decidedBy: auth.user.name, decidedAt });
}
