/**
 * A reflection's action item becomes a proposed measure on the board with one click, through the
 * live rooms: the measure carries the item's lever and names the session; the item links to the
 * measure; a second click makes no second measure; bad items are refused naming what is wrong.
 */
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { readBoardFromDoc } from "@/lib/board/doc-model";
import { setLiveRooms, withRoom } from "@/lib/board/live-rooms";
import { loadBoardDocState } from "@/lib/db/queries/board-docs";
import { boardDocuments } from "@/lib/db/schema";
import { addActionItem, linkActionItem, readActionItems, readPeriod } from "@/lib/documents/reflection";
import type { PksBoard } from "@/lib/engine";
import { readRules } from "@/lib/rules/rule-doc";
import { createDocument } from "@/lib/server/documents/create-document";
import { promoteActionItem } from "@/lib/server/documents/promote-action-item";
import { listRuleSummaries, promoteActionRule } from "@/lib/server/documents/promote-action-rule";
import { findRuleSet } from "@/lib/server/rules/open-rule-set";
import { createBoardWithMembers, openTestDatabase, type TestDatabase } from "./test-factories";
import { startTestServer, type TestServer } from "./test-harness";

let database: TestDatabase;
let server: TestServer;

beforeAll(async () => {
  database = await openTestDatabase();
  server = await startTestServer(database.db);
  setLiveRooms(server.collab);
});
afterAll(async () => {
  setLiveRooms(null);
  await server.close();
  await database.remove();
});

async function stored(boardId: string, docId = ""): Promise<Y.Doc> {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, (await loadBoardDocState(database.db, boardId, docId))!.update);
  return doc;
}

describe("reflection sessions", () => {
  it("are created for a schedule period; a period that does not parse or runs backwards is refused", async () => {
    const { board, users } = await createBoardWithMembers(database.db, { editor: "editor" });
    const base = { boardId: board.id, template: "reflection", title: "Reflektion v. 5–8" };
    expect(
      await createDocument(database.db, users.editor, { ...base, fromWeek: "v5", toWeek: "2027-W08" }),
    ).toMatchObject({
      ok: false,
      error: { field: "fromWeek", message: "Ange en vecka som ÅÅÅÅ-Vvv, t.ex. 2027-W05" },
    });
    expect(
      await createDocument(database.db, users.editor, { ...base, fromWeek: "2027-W08", toWeek: "2027-W05" }),
    ).toMatchObject({
      ok: false,
      error: { field: "toWeek", message: "Periodens sista vecka kan inte ligga före den första" },
    });
    const created = await createDocument(database.db, users.editor, {
      ...base,
      fromWeek: "2027-W05",
      toWeek: "2027-W08",
    });
    if (!created.ok) throw new Error(JSON.stringify(created.error));
    expect(created.value.kind).toBe("reflection");
    expect(readPeriod(await stored(board.id, created.value.id))).toEqual({ fromWeek: "2027-W05", toWeek: "2027-W08" });
  });

  it("turn an action item into a proposed measure with its lever, linked both ways, once", async () => {
    const { board, users } = await createBoardWithMembers(database.db, { editor: "editor", viewer: "viewer" });
    const created = await createDocument(database.db, users.editor, {
      boardId: board.id,
      template: "reflection",
      title: "Reflektion januari",
      fromWeek: "2027-W01",
      toWeek: "2027-W04",
    });
    if (!created.ok) throw new Error("create");
    const ref = { boardId: board.id, docId: created.value.id };
    const object = (board.data as PksBoard).planningObjects[0];
    await withRoom(ref, (doc) => {
      addActionItem(doc, { id: "a1", text: "Färre återbesök", lever: "production-need", targetId: object.id });
      addActionItem(doc, { id: "a2", text: "Okänt mål", lever: "resources", targetId: object.id });
      addActionItem(doc, { id: "a3", text: "Utan hävstång", lever: null, targetId: object.id });
    });
    const deps = { rooms: server.collab };
    const promote = (itemId: string, actor = users.editor) =>
      promoteActionItem(database.db, actor, { ...ref, itemId }, deps);

    expect(await promote("a1", users.viewer)).toEqual({ ok: false, error: { kind: "forbidden" } });
    const made = await promote("a1");
    if (!made.ok) throw new Error(JSON.stringify(made.error));
    const measures = readBoardFromDoc(await stored(board.id)).measures ?? [];
    const measure = measures.find((m) => m.id === made.value.measureId);
    expect(measure).toMatchObject({
      title: "Färre återbesök",
      status: "proposed",
      kind: "need",
      lever: "production-need",
      planningObjectId: object.id,
      note: "Från reflektion ”Reflektion januari” (2027-W01–2027-W04)",
    });
    expect(readActionItems(await stored(board.id, ref.docId))[0].measureId).toBe(made.value.measureId);

    expect(await promote("a1")).toMatchObject({
      ok: false,
      error: { field: "itemId", code: "documentErrors.alreadyMeasure" },
    });
    expect(await promote("a2")).toMatchObject({ ok: false, error: { field: "targetId" } });
    expect(await promote("a3")).toMatchObject({ ok: false, error: { field: "lever" } });
    expect(await promote("nope")).toMatchObject({ ok: false, error: { field: "itemId" } });
    expect((readBoardFromDoc(await stored(board.id)).measures ?? []).length).toBe(measures.length);
  });

  it("turn an action item into a rule in Spelregler, starting them if needed, linked both ways, once", async () => {
    const { board, users } = await createBoardWithMembers(database.db, {
      editor: "editor",
      viewer: "viewer",
      commenter: "commenter",
    });
    const created = await createDocument(database.db, users.editor, {
      boardId: board.id,
      template: "reflection",
      title: "Reflektion mars",
      fromWeek: "2027-W09",
      toWeek: "2027-W12",
    });
    if (!created.ok) throw new Error("create");
    const ref = { boardId: board.id, docId: created.value.id };
    await withRoom(ref, (doc) => {
      addActionItem(doc, { id: "r1", text: " Möten bara på tisdagar ", lever: null, targetId: "" });
      addActionItem(doc, { id: "r2", text: "Blir en åtgärd", lever: "production-need", targetId: "" });
      addActionItem(doc, { id: "r3", text: "Utbildning i grupp", lever: null, targetId: "" });
    });
    const deps = { rooms: server.collab };
    const promote = (itemId: string, actor = users.editor, category?: string) =>
      promoteActionRule(database.db, actor, { ...ref, itemId, category }, deps);

    expect(await promote("r1", users.viewer)).toEqual({ ok: false, error: { kind: "forbidden" } });
    expect(await promote("r1", users.commenter)).toEqual({ ok: false, error: { kind: "forbidden" } });
    expect(await findRuleSet(database.db, board.id)).toBeNull();
    expect(await promote("nope")).toMatchObject({
      ok: false,
      error: { field: "itemId", code: "documentErrors.actionItem" },
    });
    expect(await promote("r1", users.editor, "weekly")).toMatchObject({ ok: false, error: { field: "category" } });
    expect(await findRuleSet(database.db, board.id)).toBeNull();

    const made = await promote("r1");
    if (!made.ok) throw new Error(JSON.stringify(made.error));
    const ruleSet = await findRuleSet(database.db, board.id);
    expect(ruleSet?.id).toBe(made.value.ruleSetId);
    expect(readRules(await stored(board.id, made.value.ruleSetId)).rules).toEqual([
      {
        id: made.value.ruleId,
        number: 1,
        category: "other",
        text: "Möten bara på tisdagar",
        params: {},
        source: { docId: ref.docId, title: "Reflektion mars", fromWeek: "2027-W09", toWeek: "2027-W12" },
      },
    ]);
    expect(readActionItems(await stored(board.id, ref.docId))[0]).toMatchObject({
      ruleId: made.value.ruleId,
      measureId: null,
    });
    expect(await listRuleSummaries(database.db, board.id, server.collab)).toEqual([
      { id: made.value.ruleId, number: 1, text: "Möten bara på tisdagar" },
    ]);

    // A second click makes no second rule, and an item that became a rule becomes no measure.
    expect(await promote("r1")).toMatchObject({
      ok: false,
      error: { field: "itemId", code: "documentErrors.alreadyRule" },
    });
    expect(await promoteActionItem(database.db, users.editor, { ...ref, itemId: "r1" }, deps)).toMatchObject({
      ok: false,
      error: { field: "itemId", code: "documentErrors.alreadyRule" },
    });
    await withRoom(ref, (doc) => linkActionItem(doc, "r2", "m-existing"));
    expect(await promote("r2")).toMatchObject({
      ok: false,
      error: { field: "itemId", code: "documentErrors.alreadyMeasure" },
    });

    // A chosen topic; the same rule set takes the second rule.
    const second = await promote("r3", users.editor, "education");
    if (!second.ok) throw new Error(JSON.stringify(second.error));
    expect(second.value.ruleSetId).toBe(made.value.ruleSetId);
    const rules = readRules(await stored(board.id, made.value.ruleSetId)).rules;
    expect(rules.map((r) => [r.number, r.category, r.text])).toEqual([
      [1, "other", "Möten bara på tisdagar"],
      [2, "education", "Utbildning i grupp"],
    ]);

    // A decided rule set takes no rule, and the item stays free.
    await withRoom(ref, (doc) => addActionItem(doc, { id: "r4", text: "Fler pass", lever: null, targetId: "" }));
    await database.db
      .update(boardDocuments)
      .set({ status: "active" })
      .where(eq(boardDocuments.id, second.value.ruleSetId));
    expect(await promote("r4")).toMatchObject({
      ok: false,
      error: { field: "form", code: "documentErrors.ruleSetDecided" },
    });
    expect(readActionItems(await stored(board.id, ref.docId))[3].ruleId).toBeNull();
  });
});
