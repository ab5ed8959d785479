/**
 * Typed audit events of organisation administration, first run, invitations and boards over
 * time. Each event is validated before it is written with `insertAuditRow` inside the command's
 * transaction: `action` is the event type, `details` the validated payload.
 */
import { z } from "zod";
import type { Db } from "@/lib/db/client";
import { insertAuditRow } from "@/lib/db/queries/audit";

const id = z.uuid();
const level = z.enum(["politisk", "strategisk", "taktisk", "operativ"]);

export const adminEventSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("setup.completed"), organisationName: z.string(), via: z.enum(["link", "cli"]) }),
  z.object({
    type: z.literal("user.created"),
    userId: id,
    email: z.string(),
    level,
    unitIds: z.array(id),
    isOrgAdmin: z.boolean(),
    via: z.enum(["admin", "setup", "cli", "invitation", "oidc"]),
  }),
  z.object({ type: z.literal("user.deactivated"), userId: id }),
  z.object({ type: z.literal("user.reactivated"), userId: id }),
  z.object({ type: z.literal("user.level-changed"), userId: id, from: level, to: level }),
  z.object({ type: z.literal("user.units-changed"), userId: id, unitIds: z.array(id) }),
  z.object({ type: z.literal("user.admin-changed"), userId: id, isOrgAdmin: z.boolean() }),
  z.object({ type: z.literal("user.password-reset"), userId: id, via: z.enum(["temporary", "link"]) }),
  z.object({ type: z.literal("user.password-changed"), userId: id }),
  z.object({ type: z.literal("unit.created"), unitId: id, name: z.string() }),
  z.object({ type: z.literal("unit.renamed"), unitId: id, from: z.string(), to: z.string() }),
  z.object({ type: z.literal("unit.archived"), unitId: id, name: z.string() }),
  z.object({
    type: z.literal("invitation.created"),
    invitationId: id,
    email: z.string(),
    boardId: id.nullable(),
    mailed: z.boolean(),
  }),
  z.object({ type: z.literal("invitation.accepted"), invitationId: id, userId: id, boardId: id.nullable() }),
  z.object({ type: z.literal("password-reset.requested"), userId: id, mailed: z.boolean() }),
  z.object({ type: z.literal("board.archived"), boardId: id, name: z.string() }),
  z.object({ type: z.literal("board.unarchived"), boardId: id, name: z.string() }),
  z.object({ type: z.literal("board.deleted"), boardId: id, name: z.string() }),
  z.object({ type: z.literal("board.owner-assigned"), boardId: id, ownerId: id }),
  z.object({
    type: z.literal("board.next-period-created"),
    boardId: id,
    fromBoardId: id,
    period: z.string(),
  }),
  z.object({ type: z.literal("users.imported"), count: z.number().int().min(0), userIds: z.array(id) }),
]);

export type AdminEvent = z.infer<typeof adminEventSchema>;

const TARGETS: Record<string, [type: string, key: string | null]> = {
  "setup.completed": ["organisation", null],
  "unit.created": ["unit", "unitId"],
  "unit.renamed": ["unit", "unitId"],
  "unit.archived": ["unit", "unitId"],
  "invitation.created": ["invitation", "invitationId"],
  "invitation.accepted": ["invitation", "invitationId"],
  "board.archived": ["board", "boardId"],
  "board.unarchived": ["board", "boardId"],
  "board.deleted": ["board", "boardId"],
  "board.owner-assigned": ["board", "boardId"],
  "board.next-period-created": ["board", "boardId"],
  "users.imported": ["organisation", null],
};

/** Validates an administration event and appends it to the audit log (use inside the transaction). */
export async function recordAdminEvent(
  tx: Pick<Db, "insert">,
  actor: { organisationId: string | null; userId: string | null },
  event: AdminEvent,
): Promise<void> {
  const valid = adminEventSchema.parse(event);
  const { type, ...details } = valid;
  const [targetType, key] = TARGETS[type] ?? ["user", "userId"];
  const targetId = key ? String((details as Record<string, unknown>)[key]) : actor.organisationId;
  await insertAuditRow(tx, {
    organisationId: actor.organisationId,
    userId: actor.userId,
    action: type,
    targetType,
    targetId: targetId ?? null,
    details,
  });
}
