import { eq } from "drizzle-orm";
import { z } from "zod";
import { recordAdminEvent } from "@/lib/audit/admin-events";
import { hashPassword } from "@/lib/auth/password";
import { checkPassword } from "@/lib/auth/password-policy";
import type { Db } from "@/lib/db/client";
import { users } from "@/lib/db/schema";
import { CommandRefusal, type CommandResult, parseInput, refuse, runRefusable, succeed } from "../admin/result";
import { consumeToken } from "./tokens";

const input = z.object({ token: z.string().max(200, "token"), password: z.string().max(1000, "password") });

/** Sets a new password through a reset link (single use, expiring). */
export async function resetPassword(db: Db, raw: unknown): Promise<CommandResult<{ userId: string }>> {
  const parsed = parseInput(input, raw);
  if (!parsed.ok) return parsed.result;
  const problem = checkPassword(parsed.data.password);
  if (problem) return refuse("invalid", "password", problem);
  const passwordHash = await hashPassword(parsed.data.password);
  return runRefusable(() =>
    db.transaction(async (tx) => {
      const token = await consumeToken(tx, "password-reset", parsed.data.token);
      if (!token.ok || !token.row.userId)
        throw new CommandRefusal(refuse("forbidden", "token", token.ok ? "linkInvalid" : token.code));
      const [user] = await tx
        .update(users)
        .set({ passwordHash, mustChangePassword: false })
        .where(eq(users.id, token.row.userId))
        .returning();
      if (!user) throw new CommandRefusal(refuse("not-found", "token", "linkInvalid"));
      await recordAdminEvent(
        tx,
        { organisationId: user.organisationId, userId: user.id },
        {
          type: "user.password-reset",
          userId: user.id,
          via: "link",
        },
      );
      return succeed({ userId: user.id });
    }),
  );
}
