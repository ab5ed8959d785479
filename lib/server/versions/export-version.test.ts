/** XLSX export of one version: members get that version's numbers; other boards' versions are not found. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { writeBoardToDoc } from "@/lib/board/doc-model";
import { listAuditEvents } from "@/lib/db/queries/audit";
import { insertVersion } from "@/lib/db/queries/versions";
import { addMember, createBoard, createUser, openTestDatabase, type TestDatabase } from "@/lib/db/test-factories";
import { makeBoard } from "@/lib/engine/test-factories";
import { snapshotDoc } from "@/lib/versions/content";
import { exportVersion } from "./export-version";

let database: TestDatabase;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => {
  await database.remove();
});

describe("exportVersion", () => {
  it("gives a member the version's own data and records the export; refuses outsiders and other boards", async () => {
    const member = await createUser(database.db);
    const outsider = await createUser(database.db, { organisationId: member.organisationId });
    const board = await createBoard(database.db, { organisationId: member.organisationId });
    const other = await createBoard(database.db, { organisationId: member.organisationId });
    await addMember(database.db, board.id, member.id, "viewer");
    await addMember(database.db, other.id, member.id, "viewer");
    const doc = new Y.Doc();
    writeBoardToDoc(doc, makeBoard({ board: { name: "Som i mars" } }));
    const version = await insertVersion(database.db, {
      boardId: board.id,
      kind: "named",
      name: "Mars",
      ...snapshotDoc(doc),
    });
    const result = await exportVersion(database.db, member, { boardId: board.id, versionId: version.id });
    expect(result).toMatchObject({ ok: true, value: { versionName: "Mars", data: { board: { name: "Som i mars" } } } });
    const events = await listAuditEvents(database.db, { type: "board", id: board.id });
    expect(events.at(-1)?.event).toEqual({
      type: "board.exported",
      data: { boardId: board.id, format: "version-xlsx", versionId: version.id },
    });
    expect(await exportVersion(database.db, outsider, { boardId: board.id, versionId: version.id })).toMatchObject({
      ok: false,
      error: { kind: "not-found" },
    });
    expect(await exportVersion(database.db, member, { boardId: other.id, versionId: version.id })).toMatchObject({
      ok: false,
      error: { kind: "not-found" },
    });
  });
});
