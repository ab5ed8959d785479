import { getTranslations } from "next-intl/server";
import { auditEventsToCsv } from "@/lib/audit/csv";
import { type AuditTranslate, describeAuditType } from "@/lib/audit/describe";
import { authorizeBoardRequest } from "@/lib/auth/api";
import { getDb } from "@/lib/db/client";
import { listAuditEvents } from "@/lib/db/queries/audit";
import { findUserNames } from "@/lib/db/queries/versions";

/** GET: the board's audit trail as CSV (owners only), optionally one event type (`?type=`). */
export async function GET(request: Request, { params }: { params: Promise<{ boardId: string }> }) {
  const { boardId } = await params;
  const auth = await authorizeBoardRequest(boardId, "owner");
  if (!auth.ok) return auth.response;
  const db = await getDb();
  const type = new URL(request.url).searchParams.get("type");
  const events = (await listAuditEvents(db, { type: "board", id: auth.access.board.id })).filter(
    (e) => !type || e.event.type === type,
  );
  const names = await findUserNames(
    db,
    events.flatMap((e) => (e.userId ? [e.userId] : [])),
  );
  const t = (await getTranslations("auditEvents")) as unknown as AuditTranslate;
  const csv = auditEventsToCsv(events, names, (eventType) => describeAuditType(eventType, t));
  return new Response(`\uFEFF${csv}`, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="handelselogg-${auth.access.board.id}.csv"`,
      "cache-control": "no-store",
    },
  });
}
