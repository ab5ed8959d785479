import { count, sql } from "drizzle-orm";
import { z } from "zod";
import { recordAdminEvent } from "@/lib/audit/admin-events";
import { hashPassword } from "@/lib/auth/password";
import { checkPassword } from "@/lib/auth/password-policy";
import type { Db } from "@/lib/db/client";
import { organisations, type User } from "@/lib/db/schema";
import { insertPerson, personEmail, personName } from "../admin/person-input";
import { CommandRefusal, type CommandResult, parseInput, refuse, runRefusable, succeed } from "../admin/result";
import { consumeToken } from "../invitations/tokens";

const setupInput = z.object({
  organisationName: z.string().trim().min(2, "organisationName").max(120, "organisationName"),
  name: personName,
  email: personEmail,
  password: z.string().max(1000, "password"),
});

/**
 * Creates the organisation and its first administrator, in one transaction with the audit
 * events. `via: "link"` needs the one-time setup token; the command line (`via: "cli"`) does
 * not, and on an organisation that exists only adds another administrator.
 */
export async function completeSetup(
  db: Db,
  input: unknown,
  auth: { via: "link"; token: string } | { via: "cli" },
): Promise<CommandResult<{ organisationId: string; user: User }>> {
  const parsed = parseInput(setupInput, input);
  if (!parsed.ok) return parsed.result;
  const problem = checkPassword(parsed.data.password);
  if (problem) return refuse("invalid", "password", problem);
  const passwordHash = await hashPassword(parsed.data.password);
  return runRefusable(() =>
    db.transaction(async (tx) => {
      // Serialise first runs: two setup submissions cannot both create an organisation.
      await tx.execute(sql`select pg_advisory_xact_lock(4711)`);
      if (auth.via === "link") {
        const token = await consumeToken(tx, "setup", auth.token);
        if (!token.ok) throw new CommandRefusal(refuse("forbidden", "token", token.code));
      }
      const [existing] = await tx.select({ n: count() }).from(organisations);
      let organisationId: string;
      if ((existing?.n ?? 0) > 0) {
        if (auth.via === "link") throw new CommandRefusal(refuse("conflict", "token", "setupDone"));
        const [org] = await tx.select({ id: organisations.id }).from(organisations).limit(1);
        organisationId = org!.id;
      } else {
        const [org] = await tx.insert(organisations).values({ name: parsed.data.organisationName }).returning();
        organisationId = org!.id;
        await recordAdminEvent(
          tx,
          { organisationId, userId: null },
          { type: "setup.completed", organisationName: org!.name, via: auth.via },
        );
      }
      const user = await insertPerson(
        tx,
        organisationId,
        { ...parsed.data, title: "", level: "strategisk", unitIds: [], isOrgAdmin: true },
        { passwordHash, mustChangePassword: false },
      );
      await recordAdminEvent(
        tx,
        { organisationId, userId: user.id },
        {
          type: "user.created",
          userId: user.id,
          email: user.email,
          level: user.level,
          unitIds: [],
          isOrgAdmin: true,
          via: auth.via === "cli" ? "cli" : "setup",
        },
      );
      return succeed({ organisationId, user });
    }),
  );
}
