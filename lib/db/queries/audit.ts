import { and, asc, eq } from "drizzle-orm";
import { type AdminEvent, adminEventSchema } from "@/lib/audit/admin-events";
import { type AuditEvent, auditEvent, auditTarget } from "@/lib/audit/events";
import type { Queryable } from "../client";
import { auditLog } from "../schema";

export interface AuditActor {
  /** The acting user; null for the system (seed, migrations). */
  userId: string | null;
  organisationId: string | null;
}

/**
 * Appends a typed audit event (rows are never updated or deleted). Validates the event against its
 * schema first, so a malformed event throws before anything is written; call it with the same
 * transaction as the change it records.
 */
export async function appendAuditEvent(db: Queryable, actor: AuditActor, event: AuditEvent): Promise<void> {
  const valid = auditEvent.parse(event);
  const target = auditTarget(valid);
  await insertAuditRow(db, {
    organisationId: actor.organisationId,
    userId: actor.userId,
    action: valid.type,
    targetType: target.type,
    targetId: target.id,
    details: valid.data,
  });
}

/**
 * Inserts one audit row. Only for the typed writers (`appendAuditEvent` here and `recordAdminEvent`
 * in lib/audit/admin-events.ts), which validate the event before calling it.
 */
export async function insertAuditRow(db: Pick<Queryable, "insert">, row: typeof auditLog.$inferInsert): Promise<void> {
  await db.insert(auditLog).values(row);
}

/** A stored row parsed back into its event type (board/member events or administration events). */
function parseStoredEvent(action: string, details: unknown): AuditEvent | AdminEvent {
  const typed = auditEvent.safeParse({ type: action, data: details });
  if (typed.success) return typed.data;
  return adminEventSchema.parse({ ...(details as Record<string, unknown>), type: action });
}

export interface StoredAuditEvent {
  userId: string | null;
  createdAt: Date;
  event: AuditEvent | AdminEvent;
}

/** The audit events about one board or user, oldest first, parsed back into their types. */
export async function listAuditEvents(
  db: Queryable,
  target: { type: "board" | "user"; id: string },
): Promise<StoredAuditEvent[]> {
  const rows = await db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.targetType, target.type), eq(auditLog.targetId, target.id)))
    .orderBy(asc(auditLog.id));
  return rows.map((row) => ({
    userId: row.userId,
    createdAt: row.createdAt,
    event: parseStoredEvent(row.action, row.details),
  }));
}
