/**
 * A strategic board's vårdtjänstkatalog against a running collaboration server: deciding it
 * freezes the rows of every linked unit, read from the units' stored states (the decider is a
 * strategic member, not a unit member), and each decision after a new revision is a named
 * version of its own with the units' plans as they stood then.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { updateResource } from "@/lib/board/doc-edit-entities";
import { setLiveRooms, withRoom } from "@/lib/board/live-rooms";
import { loadBoardDocState } from "@/lib/db/queries/board-docs";
import { listVersions } from "@/lib/db/queries/versions";
import type { Board, User } from "@/lib/db/schema";
import { readFrozenCatalogue } from "@/lib/documents/care-catalogue";
import { makeBoard, makeResource } from "@/lib/engine/test-factories";
import { createDocument } from "@/lib/server/documents/create-document";
import { decideDocument } from "@/lib/server/documents/decide-document";
import { reopenDocument } from "@/lib/server/documents/reopen-document";
import { setDocumentStatus } from "@/lib/server/documents/set-document-status";
import { linkBoard } from "@/lib/server/strategic/link-board";
import { loadStrategicCatalogue } from "@/lib/server/strategic/load-catalogue";
import { listLinkedUnits } from "@/lib/server/strategic/queries";
import { addMember, createBoard, createUser, openTestDatabase, type TestDatabase } from "./test-factories";
import { startTestServer, type TestServer } from "./test-harness";

let database: TestDatabase;
let server: TestServer;
let owner: User;
let strategic: Board;
let unitA: Board;

beforeAll(async () => {
  database = await openTestDatabase();
  const db = database.db;
  owner = await createUser(db, { level: "strategisk" });
  const organisationId = owner.organisationId;
  strategic = await createBoard(db, {
    organisationId,
    level: "strategic",
    data: makeBoard({ board: { name: "Region" }, horizon: { start: "2027-W01", weeks: 52 } }),
  });
  // A: 8 weeks of Nybesök, 10 a week at 1 h of Läkare with 8 h a week → need 80, promised 64.
  const dataA = makeBoard({ horizon: { start: "2027-W01", weeks: 8 }, resources: [makeResource({ hoursPerWeek: 8 })] });
  unitA = await createBoard(db, { organisationId, name: "Enhet A", data: dataA });
  // B: 4 weeks, 10 a week at 1 h of 40 h → need 40, promised 40.
  const unitB = await createBoard(db, { organisationId, name: "Enhet B", data: makeBoard() });
  for (const board of [strategic, unitA, unitB]) await addMember(db, board.id, owner.id, "owner");
  for (const unit of [unitA, unitB]) await linkBoard(db, owner, { boardId: strategic.id, unitBoardId: unit.id });
  server = await startTestServer(db);
  setLiveRooms(server.collab);
});
afterAll(async () => {
  setLiveRooms(null);
  await server?.close();
  await database.remove();
});

async function frozenRows(docId: string) {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, (await loadBoardDocState(database.db, strategic.id, docId))!.update);
  return readFrozenCatalogue(doc)!.rows.map((r) => [r.unit, r.service, r.allocatedNeed, r.promisedCapacity]);
}

describe("deciding a strategic vårdtjänstkatalog", () => {
  it("freezes the rows of both linked units, and a second decision makes a second named version", async () => {
    const db = database.db;
    // The deciding editor is a member of the strategic board only.
    const editor = await createUser(db, { organisationId: owner.organisationId, name: "Sara Strateg" });
    await addMember(db, strategic.id, editor.id, "editor");
    const created = await createDocument(db, editor, {
      boardId: strategic.id,
      template: "care-catalogue",
      title: "Vårdtjänstkatalog 2027",
    });
    if (!created.ok) throw new Error("create");
    const input = { boardId: strategic.id, docId: created.value.id };
    const decideOnce = async () => {
      await setDocumentStatus(db, editor, { ...input, status: "review" });
      expect(await decideDocument(db, editor, input, { rooms: server.collab })).toMatchObject({ ok: true });
    };
    const [nameA, nameB] = (await listLinkedUnits(db, strategic.id)).map((u) => u.unitName);

    await decideOnce();
    expect(await frozenRows(input.docId)).toEqual([
      [nameA, "Nybesök", 80, 64],
      [nameB, "Nybesök", 40, 40],
    ]);

    // Unit A doubles its doctors (16 h a week): the whole need of 80 fits at the next decision.
    await withRoom({ boardId: unitA.id, docId: "" }, (doc) => updateResource(doc, "lak", { count: 2 }));
    expect(await frozenRows(input.docId)).toEqual([
      [nameA, "Nybesök", 80, 64],
      [nameB, "Nybesök", 40, 40],
    ]);
    expect(await reopenDocument(db, owner, input)).toMatchObject({ ok: true });
    await decideOnce();
    expect(await frozenRows(input.docId)).toEqual([
      [nameA, "Nybesök", 80, 80],
      [nameB, "Nybesök", 40, 40],
    ]);
    const named = (await listVersions(db, strategic.id, input.docId)).filter((v) => v.name?.startsWith("Fastställd"));
    expect(named).toHaveLength(2);
  });

  it("shows the live rows to a strategic viewer who is no unit member, and to no one outside the board", async () => {
    const db = database.db;
    const viewer = await createUser(db, { organisationId: owner.organisationId });
    await addMember(db, strategic.id, viewer.id, "viewer");
    const live = await loadStrategicCatalogue(db, viewer, strategic.id);
    expect(live.ok && live.value.map((r) => r.service)).toEqual(["Nybesök", "Nybesök"]);
    const outsider = await createUser(db, { organisationId: owner.organisationId });
    expect(await loadStrategicCatalogue(db, outsider, strategic.id)).toEqual({
      ok: false,
      error: { kind: "not-found" },
    });
  });
});
