import { count, sql } from "drizzle-orm";
import { z } from "zod";
import { hashPassword } from "@/lib/auth/password";
import { checkPassword } from "@/lib/auth/password-policy";
import type { Db } from "@/lib/db/client";
import { appendAuditEvent } from "@/lib/db/queries/audit";
import { organisations, type User } from "@/lib/db/schema";
import { ADMIN_KEYS, adminRefusal, adminRefused } from "../admin/actor";
import { insertPerson, personEmail, personName } from "../admin/person-input";
import { type CommandOptions, type CommandResult, inTransaction, parseInput, refuse } from "../command";
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
  options?: CommandOptions,
): Promise<CommandResult<{ organisationId: string; user: User }>> {
  const parsed = parseInput(setupInput, input, ADMIN_KEYS);
  if (!parsed.ok) return parsed;
  const problem = checkPassword(parsed.value.password);
  if (problem) return adminRefused("invalid", "password", problem);
  const passwordHash = await hashPassword(parsed.value.password);
  return inTransaction(db, options, async (tx) => {
    // Serialise first runs: two setup submissions cannot both create an organisation.
    await tx.execute(sql`select pg_advisory_xact_lock(4711)`);
    if (auth.via === "link") {
      const token = await consumeToken(tx, "setup", auth.token);
      if (!token.ok) refuse(adminRefusal("forbidden", "token", token.code));
    }
    const [existing] = await tx.select({ n: count() }).from(organisations);
    let organisationId: string;
    if ((existing?.n ?? 0) > 0) {
      if (auth.via === "link") refuse(adminRefusal("invalid", "token", "setupDone"));
      const [org] = await tx.select({ id: organisations.id }).from(organisations).limit(1);
      organisationId = org!.id;
    } else {
      const [org] = await tx.insert(organisations).values({ name: parsed.value.organisationName }).returning();
      organisationId = org!.id;
      await appendAuditEvent(
        tx,
        { organisationId, userId: null },
        { type: "setup.completed", data: { organisationName: org!.name, via: auth.via } },
      );
    }
    const user = await insertPerson(
      tx,
      organisationId,
      { ...parsed.value, title: "", level: "strategisk", unitIds: [], isOrgAdmin: true },
      { passwordHash, mustChangePassword: false },
    );
    await appendAuditEvent(
      tx,
      { organisationId, userId: user.id },
      {
        type: "user.created",
        data: {
          userId: user.id,
          email: user.email,
          level: user.level,
          unitIds: [],
          isOrgAdmin: true,
          via: auth.via === "cli" ? "cli" : "setup",
        },
      },
    );
    return { organisationId, user };
  });
}
