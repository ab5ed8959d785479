import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { users } from "@/lib/db/schema";
import { importPeople } from "./import-people";
import { auditEntries, createTestOrg, type TestOrg } from "./test-db";

let t: TestOrg;
beforeAll(async () => {
  t = await createTestOrg();
});
afterAll(() => t.close());

function rows(count: number) {
  return Array.from({ length: count }, (_, i) => ({
    row: i + 1,
    name: `Person ${i + 1}`,
    email: `person${i + 1}@test.se`,
    level: i % 2 ? "Operativ" : "taktisk",
    unit: "ortopedkliniken",
    title: "",
  }));
}

async function peopleCount(): Promise<number> {
  return (await t.database.db.select().from(users).where(eq(users.organisationId, t.orgId))).length;
}

describe("importing people", () => {
  it("names every bad row and field and stores nothing", async () => {
    const input = rows(200);
    input[41] = { ...input[41]!, level: "chef" };
    input[99] = { ...input[99]!, email: "bo@test.se" };
    input[150] = { ...input[150]!, unit: "Okänd klinik" };
    input[170] = { ...input[170]!, email: "person1@test.se" };
    const result = await importPeople(t.database.db, t.admin, { rows: input });
    expect(result).toMatchObject({
      ok: false,
      error: {
        kind: "invalid",
        row: 42,
        field: "level",
        code: "admin.errors.level",
        others: [
          {
            row: 100,
            field: "email",
            code: "admin.errors.emailTaken",
            message: "Det finns redan en person med den e-postadressen.",
          },
          { row: 151, field: "unit", code: "admin.errors.unitUnknown" },
          { row: 171, field: "email", code: "admin.errors.emailTwiceInFile" },
        ],
      },
    });
    expect(result.ok || result.error.kind !== "invalid" || result.error.others).toHaveLength(3);
    expect(await peopleCount()).toBe(2);
  });

  it("previews without storing, then imports all rows in one audited transaction", async () => {
    const preview = await importPeople(t.database.db, t.admin, { rows: rows(200), dryRun: true });
    expect(preview).toEqual({ ok: true, value: { count: 200, userIds: [] } });
    expect(await peopleCount()).toBe(2);
    const result = await importPeople(t.database.db, t.admin, { rows: rows(200) });
    expect(result.ok && result.value.count).toBe(200);
    expect(await peopleCount()).toBe(202);
    const [entry] = await auditEntries(t.database, "users.imported");
    expect(entry?.details).toMatchObject({ count: 200 });
  });

  it("refuses non-administrators and an empty file", async () => {
    expect(await importPeople(t.database.db, t.member, { rows: rows(1) })).toMatchObject({
      error: { kind: "forbidden" },
    });
    expect(await importPeople(t.database.db, t.admin, { rows: [] })).toMatchObject({
      ok: false,
      error: { field: "rows", code: "admin.errors.rows" },
    });
  });
});
