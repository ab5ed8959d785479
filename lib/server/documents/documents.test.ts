import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { listAuditEvents } from "@/lib/db/queries/audit";
import { appendBoardUpdates, loadBoardDocState } from "@/lib/db/queries/board-docs";
import { findBoardDocument } from "@/lib/db/queries/board-documents";
import { listSelfAssessmentRounds } from "@/lib/db/queries/self-assessment-rounds";
import { createBoardWithMembers, openTestDatabase, type TestDatabase } from "@/lib/db/test-factories";
import { ANSWERS_MAP, DOCUMENT_FRAGMENT, GOALS_ARRAY, META_MAP } from "@/lib/documents/doc-content";
import { projectPlainText } from "@/lib/editor/plain-text";
import { START_AGREEMENT_GOAL_PROMPT, START_AGREEMENT_HEADINGS } from "@/lib/templates/start-agreement";
import { createDocument } from "./create-document";
import { saveSelfAssessment } from "./save-self-assessment";
import { setDocumentStatus } from "./set-document-status";

let database: TestDatabase;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => {
  await database.remove();
});

const team = () => createBoardWithMembers(database.db, { owner: "owner", editor: "editor", viewer: "viewer" });
const events = (boardId: string) =>
  listAuditEvents(database.db, { type: "board", id: boardId }).then((rows) => rows.map((r) => r.event.type));

async function storedDoc(boardId: string, docId: string): Promise<Y.Doc> {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, (await loadBoardDocState(database.db, boardId, docId))!.update);
  return doc;
}

/** Writes answers into a round's stored document, as the collaboration server would after live edits. */
async function answer(boardId: string, docId: string, answers: Record<string, unknown>) {
  const doc = await storedDoc(boardId, docId);
  const before = Y.encodeStateVector(doc);
  doc.transact(() => {
    for (const [id, value] of Object.entries(answers)) doc.getMap(ANSWERS_MAP).set(id, value);
  });
  await appendBoardUpdates(database.db, boardId, [{ update: Y.encodeStateAsUpdate(doc, before), userId: null }], docId);
}

describe("createDocument", () => {
  it("creates the start agreement with the five headings, the goal prompt, its parties and an audit event", async () => {
    const { board, users } = await team();
    const result = await createDocument(database.db, users.editor, {
      boardId: board.id,
      template: "start-agreement",
      title: "Uppstart ortopedmottagningen",
    });
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    expect(result.value).toMatchObject({ kind: "agreement", status: "draft", title: "Uppstart ortopedmottagningen" });
    const doc = await storedDoc(board.id, result.value.id);
    const text = projectPlainText(doc.getXmlFragment(DOCUMENT_FRAGMENT)).split("\n");
    for (const heading of START_AGREEMENT_HEADINGS) expect(text).toContain(heading);
    expect(text).toContain(START_AGREEMENT_GOAL_PROMPT);
    expect(doc.getMap(META_MAP).get("parties")).toEqual(["Sjukvårdsdirektör", "Verksamhetschef"]);
    expect(doc.getArray(GOALS_ARRAY).length).toBe(0);
    expect(await events(board.id)).toEqual(["document.created"]);
  });

  it("refuses viewers, unknown templates and empty titles without writing", async () => {
    const { board, users } = await team();
    const byViewer = await createDocument(database.db, users.viewer, {
      boardId: board.id,
      template: "start-agreement",
      title: "X",
    });
    expect(byViewer).toEqual({ ok: false, error: { kind: "forbidden" } });
    const badTemplate = await createDocument(database.db, users.editor, {
      boardId: board.id,
      template: "avtal",
      title: "X",
    });
    expect(badTemplate).toMatchObject({ ok: false, error: { field: "template", message: "Okänd mall" } });
    const noTitle = await createDocument(database.db, users.editor, {
      boardId: board.id,
      template: "start-agreement",
      title: "  ",
    });
    expect(noTitle).toMatchObject({ ok: false, error: { field: "title" } });
    expect(await events(board.id)).toEqual([]);
  });
});

describe("setDocumentStatus", () => {
  it("goes utkast → för granskning → fastställd and refuses skipping or going back from fastställd", async () => {
    const { board, users } = await team();
    const created = await createDocument(database.db, users.editor, {
      boardId: board.id,
      template: "start-agreement",
      title: "A",
    });
    if (!created.ok) throw new Error("create");
    const input = (status: string) => ({ boardId: board.id, docId: created.value.id, status });
    expect(await setDocumentStatus(database.db, users.editor, input("active"))).toMatchObject({
      ok: false,
      error: { field: "status", code: "documentErrors.transition" },
    });
    expect(await setDocumentStatus(database.db, users.editor, input("review"))).toEqual({
      ok: true,
      value: { from: "draft", to: "review" },
    });
    expect(await setDocumentStatus(database.db, users.viewer, input("active"))).toEqual({
      ok: false,
      error: { kind: "forbidden" },
    });
    expect(await setDocumentStatus(database.db, users.owner, input("active"))).toEqual({
      ok: true,
      value: { from: "review", to: "active" },
    });
    expect(await setDocumentStatus(database.db, users.owner, input("draft"))).toMatchObject({ ok: false });
    expect((await findBoardDocument(database.db, board.id, created.value.id))?.status).toBe("active");
    expect(await events(board.id)).toEqual(["document.created", "document.status-changed", "document.status-changed"]);
  });
});

describe("saveSelfAssessment", () => {
  it("stores a round's answers with its date and marks it saved", async () => {
    const { board, users } = await team();
    const round = await createDocument(database.db, users.editor, {
      boardId: board.id,
      template: "self-assessment",
      title: "Omgång 1",
    });
    if (!round.ok) throw new Error("create");
    await answer(board.id, round.value.id, { "c1.1": "Instämmer delvis", "c8.3": "Vet ej/ej relevant" });
    const saved = await saveSelfAssessment(database.db, users.editor, { boardId: board.id, docId: round.value.id });
    expect(saved).toMatchObject({ ok: true, value: { answered: 2 } });
    const rounds = await listSelfAssessmentRounds(database.db, board.id);
    expect(rounds.map((r) => r.answers)).toEqual([{ "c1.1": "Instämmer delvis", "c8.3": "Vet ej/ej relevant" }]);
    expect((await findBoardDocument(database.db, board.id, round.value.id))?.status).toBe("active");
    const again = await saveSelfAssessment(database.db, users.editor, { boardId: board.id, docId: round.value.id });
    expect(again).toMatchObject({ ok: false, error: { field: "status" } });
  });

  it("refuses an answer outside the four, naming the statement, and stores nothing", async () => {
    const { board, users } = await team();
    const round = await createDocument(database.db, users.editor, {
      boardId: board.id,
      template: "self-assessment",
      title: "Omgång",
    });
    if (!round.ok) throw new Error("create");
    await answer(board.id, round.value.id, { "c1.1": "Instämmer i hög grad", "c2.4": "Ganska bra" });
    const saved = await saveSelfAssessment(database.db, users.editor, { boardId: board.id, docId: round.value.id });
    expect(saved).toEqual({
      ok: false,
      error: {
        kind: "invalid",
        field: "c2.4",
        code: "documentErrors.answer",
        message: "Svaret måste vara ett av de fyra svarsalternativen",
      },
    });
    await answer(board.id, round.value.id, { "c2.4": "Instämmer delvis", "c9.1": "Instämmer delvis" });
    expect(
      await saveSelfAssessment(database.db, users.editor, { boardId: board.id, docId: round.value.id }),
    ).toMatchObject({
      ok: false,
      error: { field: "c9.1", code: "documentErrors.statement" },
    });
    expect(await listSelfAssessmentRounds(database.db, board.id)).toEqual([]);
    expect(await events(board.id)).toEqual(["document.created"]);
  });

  it("refuses an agreement", async () => {
    const { board, users } = await team();
    const doc = await createDocument(database.db, users.editor, {
      boardId: board.id,
      template: "start-agreement",
      title: "A",
    });
    if (!doc.ok) throw new Error("create");
    expect(
      await saveSelfAssessment(database.db, users.editor, { boardId: board.id, docId: doc.value.id }),
    ).toMatchObject({
      ok: false,
      error: { code: "documentErrors.kind" },
    });
  });
});
