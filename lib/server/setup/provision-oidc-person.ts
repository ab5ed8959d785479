import { and, eq, inArray, isNull } from "drizzle-orm";
import { USER_LEVELS, type UserLevel } from "@/lib/auth/roles";
import type { Db } from "@/lib/db/client";
import { appendAuditEvent } from "@/lib/db/queries/audit";
import { findUserByEmail } from "@/lib/db/queries/users";
import { organisations, type User, units } from "@/lib/db/schema";
import { adminRefusal, adminRefused } from "../admin/actor";
import { insertPerson, personEmail } from "../admin/person-input";
import { type CommandResult, inTransaction, refuse } from "../command";

/** Settings of single sign-on provisioning, from the environment. */
export interface ProvisionSettings {
  enabled: boolean;
  defaultLevel: UserLevel;
  /** Token claim holding the PKS level (e.g. "pks_level"), when configured. */
  levelClaim?: string;
  /** Token claim holding unit names (an array or a comma-separated string), when configured. */
  unitsClaim?: string;
}

/** Reads OIDC_AUTO_PROVISION, OIDC_DEFAULT_LEVEL, OIDC_LEVEL_CLAIM and OIDC_UNITS_CLAIM. */
export function provisionSettingsFromEnv(env: NodeJS.ProcessEnv = process.env): ProvisionSettings {
  const level = (env.OIDC_DEFAULT_LEVEL ?? "").trim().toLowerCase();
  return {
    enabled: env.OIDC_AUTO_PROVISION === "1",
    defaultLevel: (USER_LEVELS as readonly string[]).includes(level) ? (level as UserLevel) : "operativ",
    levelClaim: env.OIDC_LEVEL_CLAIM || undefined,
    unitsClaim: env.OIDC_UNITS_CLAIM || undefined,
  };
}

function claimList(value: unknown): string[] {
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === "string").map((v) => v.trim());
  if (typeof value === "string")
    return value
      .split(",")
      .map((v) => v.trim())
      .filter(Boolean);
  return [];
}

function levelFrom(claims: Record<string, unknown>, settings: ProvisionSettings): UserLevel {
  const raw = settings.levelClaim ? claims[settings.levelClaim] : undefined;
  const level = typeof raw === "string" ? raw.trim().toLowerCase() : "";
  return (USER_LEVELS as readonly string[]).includes(level) ? (level as UserLevel) : settings.defaultLevel;
}

/**
 * A person signing in through the identity provider: the existing person with that e-mail, or,
 * with auto-provisioning on, a new person of the organisation (default level, or level and units
 * from the configured claims; unknown units are ignored). Refused when provisioning is off
 * ("noAccount") or the person is deactivated ("deactivated").
 */
export async function provisionOidcPerson(
  db: Db,
  claims: Record<string, unknown>,
  settings: ProvisionSettings,
): Promise<CommandResult<User>> {
  const email = personEmail.safeParse(claims.email ?? claims.preferred_username ?? "");
  if (!email.success) return adminRefused("invalid", "email", "email");
  const existing = await findUserByEmail(db, email.data);
  if (existing)
    return existing.deactivatedAt ? adminRefused("forbidden", "form", "deactivated") : { ok: true, value: existing };
  if (!settings.enabled) return adminRefused("forbidden", "form", "noAccount");
  const name = typeof claims.name === "string" && claims.name.trim().length >= 2 ? claims.name.trim() : email.data;
  return inTransaction(db, undefined, async (tx) => {
    const [org] = await tx.select({ id: organisations.id }).from(organisations).limit(1);
    if (!org) refuse(adminRefusal("forbidden", "form", "setupRequired"));
    const unitNames = settings.unitsClaim ? claimList(claims[settings.unitsClaim]) : [];
    const unitRows = unitNames.length
      ? await tx
          .select({ id: units.id })
          .from(units)
          .where(and(eq(units.organisationId, org.id), inArray(units.name, unitNames), isNull(units.archivedAt)))
      : [];
    const input = {
      name: name.slice(0, 120),
      email: email.data,
      title: "",
      level: levelFrom(claims, settings),
      unitIds: unitRows.map((u) => u.id),
      isOrgAdmin: false,
    };
    const user = await insertPerson(tx, org.id, input, { passwordHash: null, mustChangePassword: false });
    await appendAuditEvent(
      tx,
      { organisationId: org.id, userId: user.id },
      {
        type: "user.created",
        data: {
          userId: user.id,
          email: user.email,
          level: user.level,
          unitIds: input.unitIds,
          isOrgAdmin: false,
          via: "oidc",
        },
      },
    );
    return user;
  });
}
