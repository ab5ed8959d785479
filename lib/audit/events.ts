import { z } from "zod";
import { BOARD_ROLES } from "@/lib/auth/roles";
import { ADMIN_TARGETS, adminEvents } from "./admin-events";
import { goalFlagEvent, goalSetEvent, strategicLinkEvent, strategicMeasureEvent } from "./strategic-events";

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
  data: z.object({
    ...boardTarget,
    format: z.enum(["pks-board", "xlsx", "pdf", "version-xlsx"]),
    versionId: z.uuid().optional(),
  }),
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

/** A person decided (or cleared) the board's prioritetsordning vid kapacitetsbrist. */
export const priorityOrderEvent = z.object({
  type: z.enum(["board.priority-order-decided", "board.priority-order-cleared"]),
  data: z.object({
    ...boardTarget,
    basis: z.literal("medical-priority"),
    ranks: z.record(z.string(), z.number().int()),
    queried: z.array(z.string()),
  }),
});

const versionKind = z.enum(["auto", "named", "before-restore", "before-import", "meeting"]);
const signLevel = z.enum(["politisk", "strategisk", "taktisk", "operativ"]);
const versionTarget = { ...boardTarget, versionId: z.uuid(), docId: z.string() };

export const versionCreatedEvent = z.object({
  type: z.literal("version.created"),
  data: z.object({ ...versionTarget, kind: versionKind, name: z.string().nullable() }),
});

export const versionRestoredEvent = z.object({
  type: z.literal("version.restored"),
  data: z.object({
    ...versionTarget,
    /** The checkpoint of the state before the restore, and the version made by it. */
    beforeVersionId: z.uuid(),
    resultVersionId: z.uuid(),
    item: z.object({ kind: z.enum(["planningObject", "resource", "measure"]), id: z.string() }).nullable(),
  }),
});

export const shortageDecidedEvent = z.object({
  type: z.literal("signoff.shortage-decided"),
  data: z.object({ ...versionTarget, decisionId: z.uuid(), gapHours: z.number() }),
});

export const signatureAddedEvent = z.object({
  type: z.literal("signoff.signed"),
  data: z.object({ ...versionTarget, roundId: z.uuid(), level: signLevel, signedHash: z.string() }),
});

export const signoffCompletedEvent = z.object({
  type: z.literal("signoff.completed"),
  data: z.object({ ...versionTarget, roundId: z.uuid(), signedHash: z.string() }),
});

export const signoffRulesChangedEvent = z.object({
  type: z.literal("signoff.rules-changed"),
  data: z.object({ ...boardTarget, docId: z.string(), levels: z.array(signLevel) }),
});

export const signatureWithdrawnEvent = z.object({
  type: z.literal("signoff.withdrawn"),
  data: z.object({ ...versionTarget, roundId: z.uuid(), level: signLevel, reason: z.string() }),
});

const commentTarget = { ...boardTarget, threadId: z.uuid() };

export const commentAddedEvent = z.object({
  type: z.literal("comment.added"),
  data: z.object({ ...commentTarget, commentId: z.uuid(), isNewThread: z.boolean(), mentions: z.array(z.uuid()) }),
});

export const commentEditedEvent = z.object({
  type: z.literal("comment.edited"),
  data: z.object({ ...commentTarget, commentId: z.uuid() }),
});

export const commentDeletedEvent = z.object({
  type: z.literal("comment.deleted"),
  data: z.object({ ...commentTarget, commentId: z.uuid() }),
});

export const commentThreadResolvedEvent = z.object({
  type: z.literal("comment.thread-resolved"),
  data: z.object({ ...commentTarget, resolved: z.boolean() }),
});

export const biTokenCreatedEvent = z.object({
  type: z.literal("bi-token.created"),
  data: z.object({ ...boardTarget, tokenId: z.uuid(), name: z.string(), prefix: z.string() }),
});

export const biTokenRevokedEvent = z.object({
  type: z.literal("bi-token.revoked"),
  data: z.object({ ...boardTarget, tokenId: z.uuid() }),
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

/** A decided document opened for a new revision (fastställd → utkast): its room accepts edits again. */
export const documentReopenedEvent = z.object({
  type: z.literal("document.reopened"),
  data: z.object({ ...boardTarget, docId: z.uuid(), from: documentStatus }),
});

/** A reflection's action item became a proposed balancing measure on the board. */
export const reflectionActionPromotedEvent = z.object({
  type: z.literal("reflection.action-promoted"),
  data: z.object({ ...boardTarget, docId: z.uuid(), itemId: z.string(), measureId: z.string() }),
});

/** A reflection's action item became a rule in the board's Spelregler. */
export const reflectionActionRuleEvent = z.object({
  type: z.literal("reflection.action-made-rule"),
  data: z.object({ ...boardTarget, docId: z.uuid(), itemId: z.string(), ruleSetId: z.uuid(), ruleId: z.string() }),
});

export const selfAssessmentSavedEvent = z.object({
  type: z.literal("self-assessment.saved"),
  data: z.object({ ...boardTarget, docId: z.uuid(), answered: z.number().int().nonnegative() }),
});

export const rulesShareAppliedEvent = z.object({
  type: z.literal("rules.share-applied"),
  data: z.object({
    ...boardTarget,
    docId: z.uuid(),
    resourceId: z.string(),
    from: z.number(),
    to: z.number(),
    ruleNumbers: z.array(z.number().int()),
  }),
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
  priorityOrderEvent,
  versionCreatedEvent,
  versionRestoredEvent,
  shortageDecidedEvent,
  signatureAddedEvent,
  signoffCompletedEvent,
  signatureWithdrawnEvent,
  signoffRulesChangedEvent,
  commentAddedEvent,
  commentEditedEvent,
  commentDeletedEvent,
  commentThreadResolvedEvent,
  biTokenCreatedEvent,
  biTokenRevokedEvent,
  documentCreatedEvent,
  documentStatusChangedEvent,
  documentReopenedEvent,
  reflectionActionPromotedEvent,
  reflectionActionRuleEvent,
  selfAssessmentSavedEvent,
  ...adminEvents,
  strategicLinkEvent,
  goalSetEvent,
  goalFlagEvent,
  strategicMeasureEvent,
  rulesShareAppliedEvent,
]);

export type AuditEvent = z.infer<typeof auditEvent>;
export type AuditEventType = AuditEvent["type"];

export type AuditTargetType = "board" | "user" | "unit" | "invitation" | "organisation";

/**
 * What an event is about, for the `(target_type, target_id)` index: a unit or invitation by its
 * id, the organisation (`id` null: the actor's), else the board, else the user.
 */
export function auditTarget(event: AuditEvent): { type: AuditTargetType; id: string | null } {
  const data = event.data as Record<string, unknown>;
  const special = ADMIN_TARGETS[event.type];
  if (special) return { type: special[0], id: special[1] ? String(data[special[1]]) : null };
  if (typeof data.boardId === "string") return { type: "board", id: data.boardId };
  return { type: "user", id: String(data.userId) };
}
