/**
 * Typed audit events of organisation administration, first run, invitations and boards over
 * time, in the same `{ type, data }` shape as every other event (lib/audit/events.ts joins them
 * into the one union). Each names what it is about for the audit row's target: a unit, an
 * invitation, a board, a user, or the organisation itself.
 */
import { z } from "zod";

const id = z.uuid();
const level = z.enum(["politisk", "strategisk", "taktisk", "operativ"]);

function event<T extends string, S extends z.ZodRawShape>(type: T, data: S) {
  return z.object({ type: z.literal(type), data: z.object(data) });
}

export const adminEvents = [
  event("setup.completed", { organisationName: z.string(), via: z.enum(["link", "cli"]) }),
  event("user.created", {
    userId: id,
    email: z.string(),
    level,
    unitIds: z.array(id),
    isOrgAdmin: z.boolean(),
    via: z.enum(["admin", "setup", "cli", "invitation", "oidc"]),
  }),
  event("user.deactivated", { userId: id }),
  event("user.reactivated", { userId: id }),
  event("user.level-changed", { userId: id, from: level, to: level }),
  event("user.units-changed", { userId: id, unitIds: z.array(id) }),
  event("user.admin-changed", { userId: id, isOrgAdmin: z.boolean() }),
  event("user.password-reset", { userId: id, via: z.enum(["temporary", "link"]) }),
  event("user.password-changed", { userId: id }),
  event("unit.created", { unitId: id, name: z.string() }),
  event("unit.renamed", { unitId: id, from: z.string(), to: z.string() }),
  event("unit.archived", { unitId: id, name: z.string() }),
  event("invitation.created", { invitationId: id, email: z.string(), boardId: id.nullable(), mailed: z.boolean() }),
  event("invitation.accepted", { invitationId: id, userId: id, boardId: id.nullable() }),
  event("password-reset.requested", { userId: id, mailed: z.boolean() }),
  event("board.archived", { boardId: id, name: z.string() }),
  event("board.unarchived", { boardId: id, name: z.string() }),
  event("board.deleted", { boardId: id, name: z.string() }),
  event("board.owner-assigned", { boardId: id, ownerId: id }),
  event("board.next-period-created", { boardId: id, fromBoardId: id, period: z.string() }),
  event("users.imported", { count: z.number().int().min(0), userIds: z.array(id) }),
] as const;

/**
 * The audit target of the administration events that are not about a board or a user: the
 * target type and the data field holding its id (null: the acting organisation).
 */
export const ADMIN_TARGETS: Readonly<
  Record<string, readonly [type: "organisation" | "unit" | "invitation", key: string | null]>
> = {
  "setup.completed": ["organisation", null],
  "unit.created": ["unit", "unitId"],
  "unit.renamed": ["unit", "unitId"],
  "unit.archived": ["unit", "unitId"],
  "invitation.created": ["invitation", "invitationId"],
  "invitation.accepted": ["invitation", "invitationId"],
  "users.imported": ["organisation", null],
};
