/** The forced change after a temporary password goes through the same command as the profile page. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { users } from "@/lib/db/schema";
import { auditEntries, createTestOrg, reloadUser, type TestOrg } from "../admin/test-db";
import { changePassword } from "./change-password";

let t: TestOrg;
beforeAll(async () => {
  t = await createTestOrg();
  await t.database.db
    .update(users)
    .set({ passwordHash: await hashPassword("Tillfälligt-lösen-1"), mustChangePassword: true });
});
afterAll(() => t.close());

describe("changing a temporary password", () => {
  it("checks the current password and the policy, then clears the temporary flag", async () => {
    const me = await reloadUser(t.database, t.member.id);
    expect(await changePassword(t.database.db, me, { current: "fel", next: "Eget-bra-lösen-22" })).toMatchObject({
      error: { field: "current", code: "profile.errors.currentPassword" },
    });
    expect(await changePassword(t.database.db, me, { current: "Tillfälligt-lösen-1", next: "iloveyou" })).toMatchObject(
      { error: { field: "next", code: "profile.errors.newPassword" } },
    );
    expect(
      await changePassword(t.database.db, me, { current: "Tillfälligt-lösen-1", next: "Tillfälligt-lösen-1" }),
    ).toMatchObject({ error: { field: "next", code: "admin.errors.passwordSame" } });
    const ok = await changePassword(t.database.db, me, { current: "Tillfälligt-lösen-1", next: "Eget-bra-lösen-22" });
    expect(ok.ok).toBe(true);
    const after = await reloadUser(t.database, t.member.id);
    expect(after.mustChangePassword).toBe(false);
    expect(await verifyPassword("Eget-bra-lösen-22", after.passwordHash!)).toBe(true);
    expect(await auditEntries(t.database, "password.changed")).toHaveLength(1);
  });

  it("refuses a deactivated account and changes nothing", async () => {
    await t.database.db.update(users).set({ deactivatedAt: new Date() });
    const me = await reloadUser(t.database, t.member.id);
    expect(
      await changePassword(t.database.db, me, { current: "Eget-bra-lösen-22", next: "Ett-annat-lösen-33" }),
    ).toMatchObject({ ok: false, error: { kind: "forbidden", code: "admin.errors.deactivated" } });
    expect(await verifyPassword("Eget-bra-lösen-22", (await reloadUser(t.database, t.member.id)).passwordHash!)).toBe(
      true,
    );
  });
});
