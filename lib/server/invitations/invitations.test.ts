import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { accessTokens, boardMembers } from "@/lib/db/schema";
import { auditEntries, createTestBoard, createTestOrg, reloadUser, type TestOrg } from "../admin/test-db";
import { acceptInvitation } from "./accept-invitation";
import { createInvitation } from "./create-invitation";
import { resetPassword } from "./reset-password";
import { sendPasswordReset } from "./send-password-reset";

let t: TestOrg;
let boardId: string;
beforeAll(async () => {
  vi.stubEnv("SMTP_URL", "");
  vi.stubEnv("NEXTAUTH_URL", "http://127.0.0.1:4000");
  t = await createTestOrg();
  boardId = (await createTestBoard(t, t.member.id)).id;
});
afterAll(async () => {
  vi.unstubAllEnvs();
  await t.close();
});

const tokenOf = (link: string) => link.split("/").pop()!;

describe("invitations", () => {
  it("a board owner invites to their board; the link works once and makes a member", async () => {
    const sent = await createInvitation(t.database.db, t.member, { email: "ny@test.se", boardId, role: "editor" });
    if (!sent.ok) throw new Error(JSON.stringify(sent));
    expect(sent.value.mailed).toBe(false);
    expect(sent.value.link).toMatch(/^http:\/\/127\.0\.0\.1:4000\/invite\//);
    expect((await auditEntries(t.database, "invitation.created"))[0]?.details).toMatchObject({
      email: "ny@test.se",
      boardId,
      mailed: false,
    });
    const token = tokenOf(sent.value.link);
    const weak = await acceptInvitation(t.database.db, { token, name: "Nina Ny", password: "12345678901" });
    expect(weak).toMatchObject({ ok: false, error: { field: "password", code: "admin.errors.passwordCommon" } });
    const accepted = await acceptInvitation(t.database.db, { token, name: "Nina Ny", password: "Nina-väljer-själv-1" });
    if (!accepted.ok) throw new Error(JSON.stringify(accepted));
    const [member] = await t.database.db
      .select()
      .from(boardMembers)
      .where(and(eq(boardMembers.boardId, boardId), eq(boardMembers.userId, accepted.value.id)));
    expect(member?.role).toBe("editor");
    expect(await auditEntries(t.database, "invitation.accepted")).toHaveLength(1);
    const again = await acceptInvitation(t.database.db, { token, name: "Nina Ny", password: "Nina-väljer-själv-1" });
    expect(again).toMatchObject({ ok: false, error: { field: "token", code: "admin.errors.linkUsed" } });
  });

  it("an expired link says so; a person without rights cannot invite; an existing e-mail is refused", async () => {
    const sent = await createInvitation(t.database.db, t.admin, { email: "sen@test.se" });
    if (!sent.ok) throw new Error("setup");
    await t.database.db.update(accessTokens).set({ expiresAt: new Date(Date.now() - 1000) });
    expect(
      await acceptInvitation(t.database.db, {
        token: tokenOf(sent.value.link),
        name: "Sen Person",
        password: "Ett-lösenord-lagom-9",
      }),
    ).toMatchObject({ ok: false, error: { field: "token", code: "admin.errors.linkExpired" } });
    expect(await createInvitation(t.database.db, t.member, { email: "a@test.se" })).toMatchObject({
      error: { kind: "forbidden" },
    });
    expect(await createInvitation(t.database.db, t.admin, { email: "BO@test.se" })).toMatchObject({
      error: { field: "email", code: "admin.errors.emailTaken" },
    });
    expect(await createInvitation(t.database.db, t.admin, { email: "inte-en-adress" })).toMatchObject({
      error: { field: "email", code: "admin.errors.email" },
    });
  });

  it("an administrator's reset link sets a new password once", async () => {
    expect(await sendPasswordReset(t.database.db, t.member, { userId: t.member.id })).toMatchObject({
      error: { kind: "forbidden" },
    });
    const sent = await sendPasswordReset(t.database.db, t.admin, { userId: t.member.id });
    if (!sent.ok) throw new Error("setup");
    const token = tokenOf(sent.value.link);
    expect(await resetPassword(t.database.db, { token, password: "kort" })).toMatchObject({
      error: { field: "password", code: "admin.errors.passwordTooShort" },
    });
    expect((await resetPassword(t.database.db, { token, password: "Bo-har-nytt-lösen-3" })).ok).toBe(true);
    expect((await reloadUser(t.database, t.member.id)).passwordHash).toBeTruthy();
    expect((await auditEntries(t.database, "user.password-reset"))[0]?.details).toMatchObject({ via: "link" });
    expect(await resetPassword(t.database.db, { token, password: "Bo-har-nytt-lösen-4" })).toMatchObject({
      error: { code: "admin.errors.linkUsed" },
    });
  });
});
