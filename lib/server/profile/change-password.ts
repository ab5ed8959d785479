import { z } from "zod";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { checkPassword, MIN_PASSWORD_LENGTH } from "@/lib/auth/password-policy";
import type { Db } from "@/lib/db/client";
import { appendAuditEvent } from "@/lib/db/queries/audit";
import { lockUser, updateUserProfile } from "@/lib/db/queries/users";
import {
  type Actor,
  auditActor,
  type CommandOptions,
  type CommandResult,
  inTransaction,
  invalid,
  parseInput,
  refusal,
  refuse,
} from "../command";

export const changePasswordInput = z.object({
  current: z.string("profile.errors.currentPassword").max(1000, "profile.errors.currentPassword"),
  next: z
    .string("profile.errors.newPassword")
    .min(MIN_PASSWORD_LENGTH, "profile.errors.newPassword")
    .max(1000, "profile.errors.newPassword"),
});
export type ChangePasswordInput = z.input<typeof changePasswordInput>;

/**
 * Changes the actor's password after checking the current one. Accounts that sign in through the
 * organisation (no password here) are refused. The password policy applies (minimum length, not one of the
 * most common passwords); a pending "must change" from a temporary password is cleared (the forced
 * change after a temporary password uses this command too). A deactivated account is refused.
 * Records `password.changed` (never the password).
 */
export async function changePassword(
  db: Db,
  actor: Actor,
  input: unknown,
  options?: CommandOptions,
): Promise<CommandResult<null>> {
  const parsed = parseInput(changePasswordInput, input);
  if (!parsed.ok) return parsed;
  const { current, next } = parsed.value;
  return inTransaction(db, options, async (tx) => {
    const user = await lockUser(tx, actor.id);
    if (!user) refuse({ kind: "not-found" });
    if (user.deactivatedAt) refuse(refusal("forbidden", "form", "admin.errors.deactivated"));
    if (!user.passwordHash) refuse(invalid("current", "profile.errors.noPassword"));
    if (!(await verifyPassword(current, user.passwordHash)))
      refuse(invalid("current", "profile.errors.currentPassword"));
    if (next === current) refuse(invalid("next", "admin.errors.passwordSame"));
    const problem = checkPassword(next);
    if (problem) refuse(invalid("next", `admin.errors.${problem}`));
    await updateUserProfile(tx, user.id, { passwordHash: await hashPassword(next), mustChangePassword: false });
    await appendAuditEvent(tx, auditActor(actor), { type: "password.changed", data: { userId: user.id } });
    return null;
  });
}
