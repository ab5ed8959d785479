import type { Db } from "../client";
import { auditLog } from "../schema";

export interface AuditInput {
  organisationId: string | null;
  userId: string | null;
  action: string;
  targetType: string;
  targetId?: string | null;
  details?: Record<string, unknown>;
}

/** Appends an entry to the audit log (rows are never updated or deleted). */
export async function recordAudit(db: Pick<Db, "insert">, entry: AuditInput): Promise<void> {
  await db.insert(auditLog).values({
    organisationId: entry.organisationId,
    userId: entry.userId,
    action: entry.action,
    targetType: entry.targetType,
    targetId: entry.targetId ?? null,
    details: entry.details ?? null,
  });
}
