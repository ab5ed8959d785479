import { z } from "zod";
import { BOARD_ROLES } from "@/lib/auth/roles";

/**
 * Typed audit events: one schema per event type, a discriminated union over `type` (documenso's
 * `packages/lib/types/document-audit-logs.ts`). Every row of `audit_log` written by the app is one
 * of these; `action` holds the type and `details` the data. Add new events here, never ad-hoc
 * strings at the call site.
 */
const role = z.enum(BOARD_ROLES);
const boardLevel = z.enum(["strategic", "tactical", "operational"]);
const boardTarget = { boardId: z.uuid() };
const userTarget = { userId: z.uuid() };

export const boardCreatedEvent = z.object({
  type: z.literal("board.created"),
  data: z.object({ ...boardTarget, name: z.string(), unitId: z.uuid(), period: z.string(), level: boardLevel }),
});

export const boardSeededEvent = z.object({
  type: z.literal("board.seeded"),
  data: z.object({ ...boardTarget, name: z.string() }),
});

export const boardImportedEvent = z.object({
  type: z.literal("board.imported"),
  data: z.object({ ...boardTarget, name: z.string(), bytes: z.number().int().nonnegative() }),
});

export const boardExportedEvent = z.object({
  type: z.literal("board.exported"),
  data: z.object({ ...boardTarget, format: z.enum(["pks-board", "xlsx"]) }),
});

export const memberAddedEvent = z.object({
  type: z.literal("member.added"),
  data: z.object({ ...boardTarget, memberId: z.uuid(), role }),
});

export const memberRoleChangedEvent = z.object({
  type: z.literal("member.role-changed"),
  data: z.object({ ...boardTarget, memberId: z.uuid(), from: role, to: role }),
});

export const memberRemovedEvent = z.object({
  type: z.literal("member.removed"),
  data: z.object({ ...boardTarget, memberId: z.uuid(), role }),
});

export const profileUpdatedEvent = z.object({
  type: z.literal("profile.updated"),
  data: z.object({
    ...userTarget,
    /** Only the fields that changed, with their new values. */
    changes: z
      .object({ name: z.string(), title: z.string().nullable(), locale: z.string() })
      .partial()
      .refine((c) => Object.keys(c).length > 0, "no change"),
  }),
});

export const passwordChangedEvent = z.object({
  type: z.literal("password.changed"),
  data: z.object({ ...userTarget }),
});

export const userSignedInEvent = z.object({
  type: z.literal("user.signed-in"),
  data: z.object({ ...userTarget, method: z.enum(["password", "oidc"]) }),
});

export const documentCreatedEvent = z.object({
  type: z.literal("document.created"),
  data: z.object({ ...boardTarget, docId: z.uuid(), kind: z.string(), template: z.string(), title: z.string() }),
});

const documentStatus = z.enum(["draft", "review", "active", "archived"]);

export const documentStatusChangedEvent = z.object({
  type: z.literal("document.status-changed"),
  data: z.object({ ...boardTarget, docId: z.uuid(), from: documentStatus, to: documentStatus }),
});

export const selfAssessmentSavedEvent = z.object({
  type: z.literal("self-assessment.saved"),
  data: z.object({ ...boardTarget, docId: z.uuid(), answered: z.number().int().nonnegative() }),
});

export const auditEvent = z.discriminatedUnion("type", [
  userSignedInEvent,
  boardCreatedEvent,
  boardSeededEvent,
  boardImportedEvent,
  boardExportedEvent,
  memberAddedEvent,
  memberRoleChangedEvent,
  memberRemovedEvent,
  profileUpdatedEvent,
  passwordChangedEvent,
  documentCreatedEvent,
  documentStatusChangedEvent,
  selfAssessmentSavedEvent,
]);

export type AuditEvent = z.infer<typeof auditEvent>;
export type AuditEventType = AuditEvent["type"];

/** What an event is about, for the `(target_type, target_id)` index: a board or a user. */
export function auditTarget(event: AuditEvent): { type: "board" | "user"; id: string } {
  return "boardId" in event.data
    ? { type: "board", id: event.data.boardId }
    : { type: "user", id: (event.data as { userId: string }).userId };
}
