import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { listAuditEvents } from "@/lib/db/queries/audit";
import { findUserById } from "@/lib/db/queries/users";
import { countAuditRows, createUser, openTestDatabase, type TestDatabase } from "@/lib/db/test-factories";
import { changePassword } from "./change-password";
import { setLocale } from "./set-locale";
import { updateProfile } from "./update-profile";

let database: TestDatabase;
let passwordHash: string;
beforeAll(async () => {
  database = await openTestDatabase();
  passwordHash = await hashPassword("gammalt-lösenord");
});
afterAll(async () => {
  await database.remove();
});

const userEvents = (userId: string) =>
  listAuditEvents(database.db, { type: "user", id: userId }).then((rows) => rows.map((r) => r.event));

describe("updateProfile", () => {
  it("saves name and title and records one profile.updated with only what changed", async () => {
    const user = await createUser(database.db, { name: "Maria Lind", title: "Verksamhetschef" });
    const result = await updateProfile(database.db, user, { name: "Maria Lind", title: "  " });
    expect(result).toEqual({ ok: true, value: { changed: true } });
    expect((await findUserById(database.db, user.id))?.title).toBeNull();
    expect(await userEvents(user.id)).toEqual([
      { type: "profile.updated", data: { userId: user.id, changes: { title: null } } },
    ]);
    expect(await updateProfile(database.db, user, { name: "Maria Lind", title: "" })).toEqual({
      ok: true,
      value: { changed: false },
    });
    expect(await userEvents(user.id)).toHaveLength(1);
  });

  it("refuses a one-letter name with the field and a Swedish message and writes nothing", async () => {
    const user = await createUser(database.db, { name: "Maria Lind" });
    const auditBefore = await countAuditRows(database.db);
    expect(await updateProfile(database.db, user, { name: "M", title: "" })).toEqual({
      ok: false,
      error: { kind: "invalid", field: "name", code: "profile.errors.name", message: "Ange ditt namn (2–120 tecken)." },
    });
    expect((await findUserById(database.db, user.id))?.name).toBe("Maria Lind");
    expect(await countAuditRows(database.db)).toBe(auditBefore);
  });
});

describe("changePassword", () => {
  it("changes the password after checking the current one and records password.changed (no secret)", async () => {
    const user = await createUser(database.db, { passwordHash });
    const result = await changePassword(database.db, user, { current: "gammalt-lösenord", next: "ett-nytt-lösenord" });
    expect(result).toEqual({ ok: true, value: null });
    const stored = await findUserById(database.db, user.id);
    expect(await verifyPassword("ett-nytt-lösenord", stored!.passwordHash!)).toBe(true);
    expect(await userEvents(user.id)).toEqual([{ type: "password.changed", data: { userId: user.id } }]);
  });

  it("refuses a wrong current password, a short new one and accounts without a password", async () => {
    const user = await createUser(database.db, { passwordHash });
    const sso = await createUser(database.db);
    const auditBefore = await countAuditRows(database.db);
    const wrong = await changePassword(database.db, user, { current: "fel", next: "ett-nytt-lösenord" });
    expect(wrong.ok === false && wrong.error).toMatchObject({
      field: "current",
      message: "Nuvarande lösenord stämmer inte.",
    });
    const short = await changePassword(database.db, user, { current: "gammalt-lösenord", next: "kort" });
    expect(short.ok === false && short.error).toMatchObject({
      field: "next",
      message: "Det nya lösenordet måste ha minst 10 tecken.",
    });
    const none = await changePassword(database.db, sso, { current: "", next: "ett-nytt-lösenord" });
    expect(none.ok === false && none.error).toMatchObject({ field: "current", code: "profile.errors.noPassword" });
    expect((await findUserById(database.db, user.id))?.passwordHash).toBe(passwordHash);
    expect(await countAuditRows(database.db)).toBe(auditBefore);
  });
});

describe("setLocale", () => {
  it("stores the language and records the change once; an unknown language is refused", async () => {
    const user = await createUser(database.db);
    expect(await setLocale(database.db, user, { locale: "en" })).toEqual({ ok: true, value: { changed: true } });
    expect(await setLocale(database.db, user, { locale: "en" })).toEqual({ ok: true, value: { changed: false } });
    const bad = await setLocale(database.db, user, { locale: "de" });
    expect(bad.ok === false && bad.error).toMatchObject({ field: "locale", message: "Välj svenska eller engelska." });
    expect((await findUserById(database.db, user.id))?.locale).toBe("en");
    expect(await userEvents(user.id)).toEqual([
      { type: "profile.updated", data: { userId: user.id, changes: { locale: "en" } } },
    ]);
  });
});
