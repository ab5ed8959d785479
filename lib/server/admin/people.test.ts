import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyPassword } from "@/lib/auth/password";
import { userUnits } from "@/lib/db/schema";
import { changeLevel } from "./change-level";
import { createPerson } from "./create-person";
import { deactivatePerson } from "./deactivate-person";
import { reactivatePerson } from "./reactivate-person";
import { setAdminRole } from "./set-admin-role";
import { setTemporaryPassword } from "./set-temporary-password";
import { auditEntries, createTestOrg, reloadUser, type TestOrg } from "./test-db";

let t: TestOrg;
beforeAll(async () => {
  t = await createTestOrg();
});
afterAll(() => t.close());

const person = (over: Record<string, unknown> = {}) => ({
  name: "Cia Carlsson",
  email: "Cia@Test.se",
  title: "Sjuksköterska",
  level: "operativ",
  unitIds: [t.unitId],
  temporaryPassword: "Tillfälligt-lösen-42",
  ...over,
});

describe("people", () => {
  it("creates a person with units and a temporary password that must be changed", async () => {
    const result = await createPerson(t.database.db, t.admin, person());
    if (!result.ok) throw new Error(JSON.stringify(result));
    expect(result.value).toMatchObject({ email: "cia@test.se", level: "operativ", mustChangePassword: true });
    expect(await verifyPassword("Tillfälligt-lösen-42", result.value.passwordHash!)).toBe(true);
    const units = await t.database.db.select().from(userUnits).where(eq(userUnits.userId, result.value.id));
    expect(units.map((u) => u.unitId)).toEqual([t.unitId]);
    const [entry] = await auditEntries(t.database, "user.created");
    expect(entry).toMatchObject({ targetId: result.value.id, details: { via: "admin", level: "operativ" } });
  });

  it("refuses an existing e-mail, an unknown level, a common password and non-admins", async () => {
    expect(await createPerson(t.database.db, t.admin, person({ email: "cia@test.se" }))).toMatchObject({
      ok: false,
      error: { field: "email", code: "admin.errors.emailTaken" },
    });
    expect(await createPerson(t.database.db, t.admin, person({ email: "x@test.se", level: "chef" }))).toMatchObject({
      ok: false,
      error: { field: "level", code: "admin.errors.level" },
    });
    expect(
      await createPerson(t.database.db, t.admin, person({ email: "y@test.se", temporaryPassword: "password123" })),
    ).toMatchObject({ ok: false, error: { field: "temporaryPassword", code: "admin.errors.passwordCommon" } });
    expect(await createPerson(t.database.db, t.member, person({ email: "z@test.se" }))).toMatchObject({
      ok: false,
      error: { kind: "forbidden" },
    });
  });

  it("changes the level and records from and to", async () => {
    const result = await changeLevel(t.database.db, t.admin, { userId: t.member.id, level: "strategisk" });
    expect(result.ok && result.value.level).toBe("strategisk");
    expect((await auditEntries(t.database, "user.level-changed"))[0]?.details).toEqual({
      userId: t.member.id,
      from: "taktisk",
      to: "strategisk",
    });
    expect(await changeLevel(t.database.db, t.admin, { userId: t.member.id, level: "boss" })).toMatchObject({
      ok: false,
      error: { field: "level" },
    });
  });

  it("deactivates and reactivates, but never the last administrator", async () => {
    expect(await deactivatePerson(t.database.db, t.admin, { userId: t.admin.id })).toMatchObject({
      ok: false,
      error: { field: "userId", code: "admin.errors.lastAdmin" },
    });
    expect(await setAdminRole(t.database.db, t.admin, { userId: t.admin.id, isOrgAdmin: false })).toMatchObject({
      ok: false,
      error: { code: "admin.errors.lastAdmin" },
    });
    const off = await deactivatePerson(t.database.db, t.admin, { userId: t.member.id });
    expect(off.ok && off.value.deactivatedAt).toBeInstanceOf(Date);
    expect(await deactivatePerson(t.database.db, t.admin, { userId: t.member.id })).toMatchObject({ ok: false });
    const on = await reactivatePerson(t.database.db, t.admin, { userId: t.member.id });
    expect(on.ok && on.value.deactivatedAt).toBeNull();
    expect(await auditEntries(t.database, "user.deactivated")).toHaveLength(1);
    expect(await auditEntries(t.database, "user.reactivated")).toHaveLength(1);
    // With a second administrator the first may step down.
    await setAdminRole(t.database.db, t.admin, { userId: t.member.id, isOrgAdmin: true });
    expect((await deactivatePerson(t.database.db, t.admin, { userId: t.admin.id })).ok).toBe(true);
  });

  it("sets a temporary password that must be changed at next sign-in", async () => {
    const admin = await reloadUser(t.database, t.member.id);
    const result = await setTemporaryPassword(t.database.db, admin, {
      userId: t.admin.id,
      temporaryPassword: "Nytt-tillfälligt-99",
    });
    expect(result.ok).toBe(true);
    const target = await reloadUser(t.database, t.admin.id);
    expect(target.mustChangePassword).toBe(true);
    expect((await auditEntries(t.database, "user.password-reset"))[0]?.details).toMatchObject({ via: "temporary" });
    expect(
      await setTemporaryPassword(t.database.db, admin, { userId: t.admin.id, temporaryPassword: "kort" }),
    ).toMatchObject({ ok: false, error: { field: "temporaryPassword", code: "admin.errors.passwordTooShort" } });
  });
});
