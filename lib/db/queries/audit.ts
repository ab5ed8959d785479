import { and, asc, eq } from "drizzle-orm";
import { type AuditEvent, type AuditTargetType, auditEvent, auditTarget } from "@/lib/audit/events";
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
  await db.insert(auditLog).values({
    organisationId: actor.organisationId,
    userId: actor.userId,
    action: valid.type,
    targetType: target.type,
    targetId: target.id ?? actor.organisationId,
    details: valid.data,
  });
}

export interface StoredAuditEvent {
  userId: string | null;
  createdAt: Date;
  event: AuditEvent;
}

/** The audit events about one target (a board, a user, a unit…), oldest first, parsed back into their types. */
export async function listAuditEvents(
  db: Queryable,
  target: { type: AuditTargetType; id: string },
): Promise<StoredAuditEvent[]> {
  const rows = await db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.targetType, target.type), eq(auditLog.targetId, target.id)))
    .orderBy(asc(auditLog.id));
  return rows.map((row) => ({
    userId: row.userId,
    createdAt: row.createdAt,
    event: auditEvent.parse({ type: row.action, data: row.details }),
  }));
}
