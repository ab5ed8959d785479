import type { User } from "@/lib/db/schema";
import { type CommandError, refusal } from "../command";

/** Who acts in administration: the signed-in person as read from the database. */
export type AdminActor = Pick<User, "id" | "organisationId" | "isOrgAdmin" | "deactivatedAt">;

/** True when the actor is an active organisation administrator. */
export function isActiveAdmin(actor: AdminActor | null | undefined): actor is AdminActor {
  return Boolean(actor?.isOrgAdmin && !actor.deactivatedAt);
}

/** A refusal with an administration message key (`admin.errors.<code>`). */
export function adminRefusal(kind: CommandError["kind"], field: string, code: string, row?: number): CommandError {
  return refusal(kind, field, `admin.errors.${code}`, row);
}

/** The refused result of an administration command, before any transaction has started. */
export function adminRefused(kind: CommandError["kind"], field: string, code: string, row?: number) {
  return { ok: false as const, error: adminRefusal(kind, field, code, row) };
}

/** The refusal of an actor who is no active administrator. */
export const NOT_ADMIN = (): { ok: false; error: CommandError } => adminRefused("forbidden", "form", "forbidden");

/** Parse options for administration schemas, whose messages are short codes under `admin.errors`. */
export const ADMIN_KEYS = { keys: "admin.errors" } as const;
