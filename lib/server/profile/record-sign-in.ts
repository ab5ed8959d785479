import type { Db } from "@/lib/db/client";
import { appendAuditEvent } from "@/lib/db/queries/audit";
import { clearLoginFailures } from "@/lib/db/queries/login-failures";
import { type Actor, auditActor, type CommandOptions, type CommandResult, inTransaction } from "../command";

/**
 * After a verified password: forgets the account's failed sign-ins and records `user.signed-in`,
 * in one transaction. Checking the password and throttling stay with the sign-in provider
 * (lib/auth/options.ts); a failed attempt is throttling bookkeeping, not an audited event.
 */
export async function recordSignIn(
  db: Db,
  actor: Actor & { email: string },
  options?: CommandOptions,
): Promise<CommandResult<null>> {
  return inTransaction(db, options, async (tx) => {
    await clearLoginFailures(tx, actor.email);
    await appendAuditEvent(tx, auditActor(actor), {
      type: "user.signed-in",
      data: { userId: actor.id, method: "password" },
    });
    return null;
  });
}
