import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { users } from "@/lib/db/schema";
import { changeOwnPassword } from "./change-own-password";
import { auditEntries, createTestOrg, reloadUser, type TestOrg } from "./test-db";

let t: TestOrg;
beforeAll(async () => {
  t = await createTestOrg();
  await t.database.db
    .update(users)
    .set({ passwordHash: await hashPassword("Tillfälligt-lösen-1"), mustChangePassword: true });
});
afterAll(() => t.close());

describe("changing one's own password", () => {
  it("checks the current password and the policy, then clears the temporary flag", async () => {
    const me = await reloadUser(t.database, t.member.id);
    expect(await changeOwnPassword(t.database.db, me, { current: "fel", next: "Eget-bra-lösen-22" })).toMatchObject({
      issues: [{ field: "current", code: "currentPassword" }],
    });
    expect(
      await changeOwnPassword(t.database.db, me, { current: "Tillfälligt-lösen-1", next: "iloveyou" }),
    ).toMatchObject({
      issues: [{ field: "next", code: "passwordTooShort" }],
    });
    expect(
      await changeOwnPassword(t.database.db, me, { current: "Tillfälligt-lösen-1", next: "Tillfälligt-lösen-1" }),
    ).toMatchObject({
      issues: [{ field: "next", code: "passwordSame" }],
    });
    const ok = await changeOwnPassword(t.database.db, me, {
      current: "Tillfälligt-lösen-1",
      next: "Eget-bra-lösen-22",
    });
    expect(ok.ok).toBe(true);
    const after = await reloadUser(t.database, t.member.id);
    expect(after.mustChangePassword).toBe(false);
    expect(await verifyPassword("Eget-bra-lösen-22", after.passwordHash!)).toBe(true);
    expect(await auditEntries(t.database, "user.password-changed")).toHaveLength(1);
    const deactivated = { ...after, deactivatedAt: new Date() };
    expect(await changeOwnPassword(t.database.db, deactivated, { current: "x", next: "y" })).toMatchObject({
      reason: "forbidden",
    });
  });
});
