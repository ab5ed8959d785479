import type { User } from "@/lib/db/schema";

/** Who acts: the signed-in person as read from the database. */
export type Actor = Pick<User, "id" | "organisationId" | "isOrgAdmin" | "deactivatedAt">;

/** True when the actor is an active organisation administrator. */
export function isActiveAdmin(actor: Actor | null | undefined): actor is Actor {
  return Boolean(actor?.isOrgAdmin && !actor.deactivatedAt);
}

/** The audit actor of a person. */
export function auditActor(actor: Pick<User, "id" | "organisationId">) {
  return { organisationId: actor.organisationId, userId: actor.id };
}
