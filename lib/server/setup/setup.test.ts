import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyPassword } from "@/lib/auth/password";
import type { Database } from "@/lib/db/client";
import { appendAuditEvent } from "@/lib/db/queries/audit";
import { organisations } from "@/lib/db/schema";
import { auditEntries, openTestDatabase } from "../admin/test-db";
import { completeSetup } from "./complete-setup";
import { provisionOidcPerson } from "./provision-oidc-person";
import { ensureSetupLink, isSetupDone, resetSetupDoneCache } from "./setup-state";

let database: Database;
beforeAll(async () => {
  resetSetupDoneCache();
  database = (await openTestDatabase()).database;
});
afterAll(async () => {
  resetSetupDoneCache();
  await database.close();
});

const admin = {
  organisationName: "Region Norr",
  name: "Ada Admin",
  email: "ada@norr.se",
  password: "Ett-bra-lösenord-7",
};

describe("first run", () => {
  it("makes a one-time setup link only while no organisation exists; a new link replaces the old", async () => {
    expect(await isSetupDone(database.db)).toBe(false);
    const first = await ensureSetupLink(database.db, "http://127.0.0.1:3000/");
    expect(first).toMatch(/^http:\/\/127\.0\.0\.1:3000\/setup\/[A-Za-z0-9_-]{40,}$/);
    const second = await ensureSetupLink(database.db, "http://127.0.0.1:3000");
    const oldToken = first!.split("/").pop()!;
    expect(await completeSetup(database.db, admin, { via: "link", token: oldToken })).toMatchObject({
      ok: false,
      error: { field: "token", code: "admin.errors.linkInvalid" },
    });
    const token = second!.split("/").pop()!;
    expect(
      await completeSetup(database.db, { ...admin, password: "qwertyuiop" }, { via: "link", token }),
    ).toMatchObject({ ok: false, error: { field: "password", code: "admin.errors.passwordCommon" } });
    const done = await completeSetup(database.db, admin, { via: "link", token });
    if (!done.ok) throw new Error(JSON.stringify(done));
    expect(done.value.user).toMatchObject({ email: "ada@norr.se", isOrgAdmin: true, mustChangePassword: false });
    expect(await verifyPassword(admin.password, done.value.user.passwordHash!)).toBe(true);
    expect((await auditEntries(database, "setup.completed"))[0]?.details).toEqual({
      organisationName: "Region Norr",
      via: "link",
    });
    expect(await isSetupDone(database.db)).toBe(true);
    expect(await ensureSetupLink(database.db, "http://x")).toBeNull();
    // The used link says so.
    expect(await completeSetup(database.db, admin, { via: "link", token })).toMatchObject({
      error: { field: "token", code: "admin.errors.linkUsed" },
    });
  });

  it("the command line adds another administrator to the existing organisation", async () => {
    const result = await completeSetup(database.db, { ...admin, email: "bo@norr.se", name: "B" }, { via: "cli" });
    expect(result).toMatchObject({ ok: false, error: { field: "name", code: "admin.errors.name" } });
    const ok = await completeSetup(database.db, { ...admin, email: "bo@norr.se", name: "Bo Berg" }, { via: "cli" });
    expect(ok.ok && ok.value.user.isOrgAdmin).toBe(true);
    expect(await database.db.select().from(organisations)).toHaveLength(1);
    expect(await completeSetup(database.db, { ...admin, email: "BO@norr.se" }, { via: "cli" })).toMatchObject({
      error: { field: "email", code: "admin.errors.emailTaken" },
    });
  });

  it("provisions single sign-on people only when enabled, with level from a claim", async () => {
    const settings = { enabled: false, defaultLevel: "operativ" as const, levelClaim: "pks_level" };
    const claims = { email: "Cia@Norr.se", name: "Cia Carlsson", pks_level: "taktisk" };
    expect(await provisionOidcPerson(database.db, claims, settings)).toMatchObject({
      ok: false,
      error: { code: "admin.errors.noAccount" },
    });
    const created = await provisionOidcPerson(database.db, claims, { ...settings, enabled: true });
    expect(created.ok && created.value).toMatchObject({ email: "cia@norr.se", level: "taktisk", passwordHash: null });
    const again = await provisionOidcPerson(database.db, claims, { ...settings, enabled: true });
    expect(again.ok && created.ok && again.value.id === created.value.id).toBe(true);
    expect((await auditEntries(database, "user.created"))[0]?.details).toMatchObject({ via: "oidc" });
  });

  it("refuses an audit event that does not match its type", async () => {
    await expect(
      appendAuditEvent(
        database.db,
        { organisationId: null, userId: null },
        { type: "unit.created", data: { unitId: "not-a-uuid", name: "x" } },
      ),
    ).rejects.toThrow();
  });
});
