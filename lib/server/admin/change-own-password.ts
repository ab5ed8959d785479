import { eq } from "drizzle-orm";
import { z } from "zod";
import { recordAdminEvent } from "@/lib/audit/admin-events";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { checkPassword } from "@/lib/auth/password-policy";
import type { Db } from "@/lib/db/client";
import { type User, users } from "@/lib/db/schema";
import { type CommandResult, parseInput, refuse, succeed } from "./result";

const input = z.object({ current: z.string().max(1000, "current"), next: z.string().max(1000, "next") });

/** A person changes their own password (checks the current one); clears "must change at next sign-in". */
export async function changeOwnPassword(db: Db, actor: User, raw: unknown): Promise<CommandResult<{ userId: string }>> {
  if (actor.deactivatedAt) return refuse("forbidden", "form", "forbidden");
  const parsed = parseInput(input, raw);
  if (!parsed.ok) return parsed.result;
  if (!actor.passwordHash) return refuse("invalid", "current", "noPassword");
  if (!(await verifyPassword(parsed.data.current, actor.passwordHash)))
    return refuse("invalid", "current", "currentPassword");
  if (parsed.data.next === parsed.data.current) return refuse("invalid", "next", "passwordSame");
  const problem = checkPassword(parsed.data.next);
  if (problem) return refuse("invalid", "next", problem);
  const passwordHash = await hashPassword(parsed.data.next);
  return db.transaction(async (tx) => {
    await tx.update(users).set({ passwordHash, mustChangePassword: false }).where(eq(users.id, actor.id));
    await recordAdminEvent(
      tx,
      { organisationId: actor.organisationId, userId: actor.id },
      { type: "user.password-changed", userId: actor.id },
    );
    return succeed({ userId: actor.id });
  });
}
