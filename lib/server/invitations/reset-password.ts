import { eq } from "drizzle-orm";
import { z } from "zod";
import { hashPassword } from "@/lib/auth/password";
import { checkPassword } from "@/lib/auth/password-policy";
import type { Db } from "@/lib/db/client";
import { appendAuditEvent } from "@/lib/db/queries/audit";
import { users } from "@/lib/db/schema";
import { ADMIN_KEYS, adminRefusal, adminRefused } from "../admin/actor";
import { type CommandResult, inTransaction, parseInput, refuse } from "../command";
import { consumeToken } from "./tokens";

const input = z.object({ token: z.string().max(200, "token"), password: z.string().max(1000, "password") });

/** Sets a new password through a reset link (single use, expiring). */
export async function resetPassword(db: Db, raw: unknown): Promise<CommandResult<{ userId: string }>> {
  const parsed = parseInput(input, raw, ADMIN_KEYS);
  if (!parsed.ok) return parsed;
  const problem = checkPassword(parsed.value.password);
  if (problem) return adminRefused("invalid", "password", problem);
  const passwordHash = await hashPassword(parsed.value.password);
  return inTransaction(db, undefined, async (tx) => {
    const token = await consumeToken(tx, "password-reset", parsed.value.token);
    if (!token.ok || !token.row.userId)
      refuse(adminRefusal("forbidden", "token", token.ok ? "linkInvalid" : token.code));
    const [user] = await tx
      .update(users)
      .set({ passwordHash, mustChangePassword: false })
      .where(eq(users.id, token.row.userId))
      .returning();
    if (!user) refuse(adminRefusal("not-found", "token", "linkInvalid"));
    await appendAuditEvent(
      tx,
      { organisationId: user.organisationId, userId: user.id },
      { type: "user.password-reset", data: { userId: user.id, via: "link" } },
    );
    return { userId: user.id };
  });
}
