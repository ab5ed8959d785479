/**
 * Version history against a real database and the real collaboration server: named versions and
 * checkpoints with the people whose edits they contain, the diff between them in words, restore
 * as a new change in the live room, a deleted planning object brought back, an import undone.
 */
import { createTranslator } from "next-intl";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import * as Y from "yjs";
import {
  readBoardFromDoc,
  removePlanningObject,
  setHistoryValue,
  setMeasureStatus,
  setResourceAvailability,
} from "@/lib/board/doc-model";
import { boardRoom } from "@/lib/board/protocol";
import { listVersions } from "@/lib/db/queries/versions";
import type { Board, User } from "@/lib/db/schema";
import { createBoardWithMembers, openTestDatabase, type TestDatabase } from "@/lib/db/test-factories";
import { makeBoard, makeCapacityMeasure, makeObject, makeResource } from "@/lib/engine/test-factories";
import { createNamedVersion } from "@/lib/server/versions/create-named-version";
import { restoreVersion } from "@/lib/server/versions/restore-version";
import type { VersionContent } from "@/lib/versions/content";
import { diffVersions } from "@/lib/versions/diff";
import { formatChange } from "@/lib/versions/diff-format";
import sv from "@/messages/sv/versions.json";
import {
  connectClient,
  startTestServer,
  type TestClient,
  type TestServer,
  tokenFor,
  waitFor,
  waitSynced,
} from "./test-harness";

const t = createTranslator({ locale: "sv", messages: sv, namespace: "versions.diff" });
const inWords = (a: unknown, b: unknown) =>
  diffVersions(a as VersionContent, b as VersionContent).map((c) =>
    formatChange(c, (k, v) => t(k as never, v as never)),
  );

let database: TestDatabase;
let server: TestServer;
let board: Board;
let users: Record<"owner" | "editor" | "viewer", User>;
const clients: TestClient[] = [];

const data = makeBoard({
  horizon: { start: "2027-W01", weeks: 8 },
  resources: [makeResource({ count: 8 })],
  planningObjects: [
    makeObject({ service: "Nybesök läkare", history: { "2026-W50": 10, "2026-W51": 10, "2026-W52": 10 } }),
    makeObject({ id: "q", service: "Återbesök", history: { "2026-W50": 4 } }),
  ],
  measures: [makeCapacityMeasure({ status: "proposed" })],
});

function open(user: User): TestClient {
  const client = connectClient(server.url, board.id, tokenFor(board.id, user.id));
  clients.push(client);
  return client;
}

function paragraph(text: string): Y.XmlElement {
  const p = new Y.XmlElement("paragraph");
  p.insert(0, [new Y.XmlText(text)]);
  return p;
}

const deps = () => ({ rooms: server.collab });

beforeAll(async () => {
  database = await openTestDatabase();
  ({ board, users } = await createBoardWithMembers(
    database.db,
    { owner: "owner", editor: "editor", viewer: "viewer" },
    { data },
  ));
});
beforeEach(async () => {
  // No pause checkpoints in the middle of a test, except where one is what is tested.
  server = await startTestServer(database.db, { checkpointIdleMs: 60_000 });
});
afterEach(async () => {
  for (const client of clients.splice(0)) client.destroy();
  await server.close();
});
afterAll(async () => {
  await database.remove();
});

async function restartWithIdle(checkpointIdleMs: number): Promise<void> {
  await server.close();
  server = await startTestServer(database.db, { checkpointIdleMs });
}

describe("named versions, diff and restore", () => {
  it("diffs exactly three cells, a measure status and a paragraph; restore brings them back as a new version", async () => {
    const a = open(users.editor);
    await waitSynced(a, 15_000);
    a.doc.getXmlFragment("rt:overview").insert(0, [paragraph("Mål"), paragraph("Korta väntetiden.")]);
    await waitFor(() => a.isSaved(), "first text saved", 15_000);
    const named = await createNamedVersion(
      database.db,
      users.editor,
      { boardId: board.id, name: "Inför balanseringsmöte 12 mars" },
      deps(),
    );
    if (!named.ok) throw new Error(JSON.stringify(named.error));

    setHistoryValue(a.doc, "p", "2026-W50", 12);
    setHistoryValue(a.doc, "p", "2026-W52", 8);
    setResourceAvailability(a.doc, "lak", "2027-W03", 0.75);
    setMeasureStatus(a.doc, "m1", "decided");
    const fragment = a.doc.getXmlFragment("rt:overview");
    fragment.delete(1, 1);
    fragment.insert(1, [paragraph("Korta väntetiden till 60 dagar.")]);
    await waitFor(() => a.isSaved(), "edits saved", 15_000);
    const later = await createNamedVersion(
      database.db,
      users.owner,
      { boardId: board.id, name: "Efter mötet" },
      deps(),
    );
    if (!later.ok) throw new Error(JSON.stringify(later.error));

    expect(later.value.editorIds).toEqual([users.editor.id]);
    expect(inWords(named.value.content, later.value.content)).toEqual([
      "Läkare v. 3: tillgänglig 320 → 240 h",
      "Nybesök läkare v. 50: historik 10 → 12",
      "Nybesök läkare v. 52: historik 10 → 8",
      "Åtgärd Hyrläkare: föreslagen → beslutad",
      "overview, stycke 2 ändrat: ”Korta väntetiden.” → ”Korta väntetiden till 60 dagar.”",
    ]);

    const restored = await restoreVersion(
      database.db,
      users.editor,
      { boardId: board.id, versionId: named.value.id },
      deps(),
    );
    if (!restored.ok) throw new Error(JSON.stringify(restored.error));
    // The connected client sees the old values at once, as an ordinary change.
    await waitFor(
      () => readBoardFromDoc(a.doc).measures?.[0].status === "proposed",
      "restore reaches the client",
      15_000,
    );
    expect(readBoardFromDoc(a.doc).planningObjects[0].history?.["2026-W50"]).toBe(10);
    expect(restored.value.result.contentHash).toBe(named.value.contentHash);
    expect(restored.value.before.contentHash).toBe(later.value.contentHash);
    const kinds = (await listVersions(database.db, board.id)).map((v) => [v.kind, v.name]);
    expect(kinds.slice(0, 4)).toEqual([
      ["auto", "Återställd från Inför balanseringsmöte 12 mars"],
      ["before-restore", null],
      ["named", "Efter mötet"],
      ["named", "Inför balanseringsmöte 12 mars"],
    ]);
  });

  it("checkpoints after a pause in editing and brings a deleted planning object back with its history", async () => {
    await restartWithIdle(150);
    const a = open(users.editor);
    await waitSynced(a, 15_000);
    setHistoryValue(a.doc, "q", "2026-W51", 5);
    const count = (await listVersions(database.db, board.id)).length;
    await waitFor(() => a.isSaved(), "saved");
    await expect
      .poll(async () => (await listVersions(database.db, board.id)).length, { timeout: 15_000 })
      .toBe(count + 1);
    const [checkpoint] = await listVersions(database.db, board.id);
    expect(checkpoint.kind).toBe("auto");
    expect(checkpoint.editorIds).toEqual([users.editor.id]);

    removePlanningObject(a.doc, "q");
    // A delete-only change does not advance the state vector, so wait for the server's copy.
    const serverHas = () =>
      server.collab.withRoom(boardRoom(board.id), (doc) => readBoardFromDoc(doc).planningObjects.length);
    await expect.poll(serverHas, { timeout: 15_000 }).toBe(1);
    const restored = await restoreVersion(
      database.db,
      users.editor,
      { boardId: board.id, versionId: checkpoint.id, item: { kind: "planningObject", id: "q" } },
      deps(),
    );
    expect(restored).toMatchObject({ ok: true });
    await waitFor(() => readBoardFromDoc(a.doc).planningObjects.some((o) => o.id === "q"), "object back", 15_000);
    expect(readBoardFromDoc(a.doc).planningObjects.find((o) => o.id === "q")?.history).toEqual({
      "2026-W50": 4,
      "2026-W51": 5,
    });
    const again = await restoreVersion(
      database.db,
      users.editor,
      { boardId: board.id, versionId: checkpoint.id, item: { kind: "planningObject", id: "q" } },
      deps(),
    );
    expect(again).toMatchObject({ ok: false, error: { code: "versions.errors.itemExists" } });
  });

  it("undoes an import by restoring the checkpoint taken before it", async () => {
    const a = open(users.editor);
    await waitSynced(a, 15_000);
    const before = await createNamedVersion(
      database.db,
      users.editor,
      { boardId: board.id, kind: "before-import", name: "Före import av historik.xlsx" },
      deps(),
    );
    if (!before.ok) throw new Error(JSON.stringify(before.error));
    // The import writes a whole column of history in the browser's document.
    a.doc.transact(() => {
      for (let w = 40; w <= 52; w++) setHistoryValue(a.doc, "p", `2026-W${w}`, 99);
    });
    await waitFor(() => a.isSaved(), "import saved", 15_000);
    const undone = await restoreVersion(
      database.db,
      users.editor,
      { boardId: board.id, versionId: before.value.id },
      deps(),
    );
    expect(undone.ok).toBe(true);
    await waitFor(
      () => readBoardFromDoc(a.doc).planningObjects[0].history?.["2026-W45"] === undefined,
      "import undone",
    );
    expect(readBoardFromDoc(a.doc).planningObjects[0].history).toEqual({
      "2026-W50": 10,
      "2026-W51": 10,
      "2026-W52": 10,
    });
  });

  it("checkpoints when the last person leaves", async () => {
    const a = open(users.owner);
    await waitSynced(a, 15_000);
    setHistoryValue(a.doc, "p", "2026-W49", 3);
    await waitFor(() => a.isSaved(), "saved");
    const count = (await listVersions(database.db, board.id)).length;
    for (const c of clients.splice(0)) c.destroy();
    await expect
      .poll(async () => (await listVersions(database.db, board.id)).length, { timeout: 15_000 })
      .toBe(count + 1);
    expect((await listVersions(database.db, board.id))[0].editorIds).toEqual([users.owner.id]);
  });

  it("refuses a version of another board, an unnamed version and a viewer", async () => {
    const other = await createBoardWithMembers(
      database.db,
      { owner: "owner" },
      { organisationId: board.organisationId, data },
    );
    const foreign = await createNamedVersion(
      database.db,
      other.users.owner,
      { boardId: other.board.id, name: "Annan" },
      deps(),
    );
    if (!foreign.ok) throw new Error("foreign version");
    const { addMember } = await import("@/lib/db/test-factories");
    await addMember(database.db, board.id, other.users.owner.id, "editor");
    const refused = await restoreVersion(
      database.db,
      other.users.owner,
      { boardId: board.id, versionId: foreign.value.id },
      deps(),
    );
    expect(refused).toMatchObject({
      ok: false,
      error: { field: "versionId", message: "Versionen hör till en annan tavla och kan inte återställas här." },
    });
    expect(
      await createNamedVersion(database.db, users.editor, { boardId: board.id, name: "  " }, deps()),
    ).toMatchObject({
      ok: false,
      error: { field: "name" },
    });
    expect(await createNamedVersion(database.db, users.viewer, { boardId: board.id, name: "X" }, deps())).toMatchObject(
      {
        ok: false,
        error: { kind: "forbidden" },
      },
    );
  });
});
