import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { archiveUnit } from "./archive-unit";
import { createUnit } from "./create-unit";
import { renameUnit } from "./rename-unit";
import { auditEntries, createTestOrg, type TestOrg } from "./test-db";

let t: TestOrg;
beforeAll(async () => {
  t = await createTestOrg();
});
afterAll(() => t.close());

describe("units", () => {
  it("refuses people who are not organisation administrators", async () => {
    const result = await createUnit(t.database.db, t.member, { name: "Kirurgkliniken" });
    expect(result).toMatchObject({ ok: false, error: { kind: "forbidden" } });
  });

  it("creates a unit and records unit.created", async () => {
    const result = await createUnit(t.database.db, t.admin, { name: "  Kirurgkliniken " });
    expect(result.ok && result.value.name).toBe("Kirurgkliniken");
    const [entry] = await auditEntries(t.database, "unit.created");
    expect(entry).toMatchObject({ userId: t.admin.id, targetType: "unit", details: { name: "Kirurgkliniken" } });
  });

  it("refuses a name used twice (any case) and a too short name, naming the field", async () => {
    expect(await createUnit(t.database.db, t.admin, { name: "kirurgkliniken" })).toEqual({
      ok: false,
      error: {
        kind: "invalid",
        field: "name",
        code: "admin.errors.unitNameTaken",
        message: "Det finns redan en verksamhet med det namnet.",
      },
    });
    expect(await createUnit(t.database.db, t.admin, { name: "K" })).toMatchObject({
      ok: false,
      error: { field: "name", code: "admin.errors.unitName" },
    });
  });

  it("renames, refusing another unit's name, and archives once", async () => {
    const created = await createUnit(t.database.db, t.admin, { name: "Medicin" });
    if (!created.ok) throw new Error("setup");
    const taken = await renameUnit(t.database.db, t.admin, { unitId: created.value.id, name: "Ortopedkliniken" });
    expect(taken).toMatchObject({ ok: false, error: { field: "name", code: "admin.errors.unitNameTaken" } });
    const renamed = await renameUnit(t.database.db, t.admin, { unitId: created.value.id, name: "Medicinkliniken" });
    expect(renamed.ok && renamed.value.name).toBe("Medicinkliniken");
    expect((await auditEntries(t.database, "unit.renamed"))[0]?.details).toMatchObject({
      from: "Medicin",
      to: "Medicinkliniken",
    });
    const archived = await archiveUnit(t.database.db, t.admin, { unitId: created.value.id });
    expect(archived.ok && archived.value.archivedAt).toBeInstanceOf(Date);
    expect(await archiveUnit(t.database.db, t.admin, { unitId: created.value.id })).toMatchObject({
      ok: false,
      error: { kind: "not-found" },
    });
    expect(await auditEntries(t.database, "unit.archived")).toHaveLength(1);
  });
});
