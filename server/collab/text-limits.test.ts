/**
 * Issue 10: a 10 000-character measure title was stored and broke the layout. The server's update
 * check now refuses free text over the limits of lib/board/text-limits.ts (4400, nothing stored).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { boardTypes, MEASURE_META_MAP } from "@/lib/board/doc-model";
import { CloseCode } from "@/lib/board/protocol";
import { MAX_NAME_LENGTH, MAX_NOTE_LENGTH, maxTextLength } from "@/lib/board/text-limits";
import { loadBoardDocState } from "@/lib/db/queries/board-docs";
import { createBoardWithMembers, openTestDatabase, type TestDatabase } from "./test-factories";
import { connectClient, startTestServer, type TestServer, tokenFor, waitFor, waitSynced } from "./test-harness";

let database: TestDatabase;
let server: TestServer;
let boardId: string;
let annaId: string;

beforeAll(async () => {
  database = await openTestDatabase();
  const { board, users } = await createBoardWithMembers(database.db, { anna: "editor" });
  boardId = board.id;
  annaId = users.anna.id;
  server = await startTestServer(database.db);
});
afterAll(async () => {
  await server.close();
  await database.remove();
});

async function storedDoc(): Promise<Y.Doc> {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, (await loadBoardDocState(database.db, boardId))!.update);
  return doc;
}

function firstMeasure(doc: Y.Doc): [string, Y.Map<unknown>] {
  const [id, measure] = [...boardTypes(doc).measures.entries()][0] as [string, Y.Map<unknown>];
  return [id, measure];
}

/** Makes `edit` in a fresh editor client; resolves with the close codes it saw (after saving or closing). */
async function editAndWait(edit: (doc: Y.Doc) => void): Promise<number[]> {
  const client = connectClient(server.url, boardId, tokenFor(boardId, annaId));
  await waitSynced(client);
  edit(client.doc);
  await waitFor(() => client.isSaved() || client.closeCodes.length > 0, "saved or closed");
  const codes = [...client.closeCodes];
  client.destroy();
  return codes;
}

describe("text lengths in the board document", () => {
  it("refuses a 10 000-character measure title and stores nothing of it", async () => {
    const codes = await editAndWait((doc) => firstMeasure(doc)[1].set("title", "W".repeat(10_000)));
    expect(codes).toContain(CloseCode.BadRequest);
    const title = firstMeasure(await storedDoc())[1].get("title") as string;
    expect(title.length).toBeLessThan(MAX_NAME_LENGTH);
  });

  it("accepts a title at the limit and a note at its limit", async () => {
    const title = "Å".repeat(MAX_NAME_LENGTH);
    let measureId = "";
    const codes = await editAndWait((doc) => {
      const [id, measure] = firstMeasure(doc);
      measureId = id;
      measure.set("title", title);
      doc.getMap(MEASURE_META_MAP).set(JSON.stringify([id, "description"]), "n".repeat(MAX_NOTE_LENGTH));
    });
    expect(codes).toEqual([]);
    const stored = await storedDoc();
    expect(firstMeasure(stored)[1].get("title")).toBe(title);
    expect((stored.getMap(MEASURE_META_MAP).get(JSON.stringify([measureId, "description"])) as string).length).toBe(
      MAX_NOTE_LENGTH,
    );
  });

  it("refuses a resource name and a note over their limits", async () => {
    const tooLongName = await editAndWait((doc) => {
      const [, resource] = [...boardTypes(doc).resources.entries()][0] as [string, Y.Map<unknown>];
      resource.set("name", "r".repeat(MAX_NAME_LENGTH + 1));
    });
    expect(tooLongName).toContain(CloseCode.BadRequest);
    const tooLongNote = await editAndWait((doc) =>
      doc.getMap(MEASURE_META_MAP).set(JSON.stringify(["m", "description"]), "n".repeat(MAX_NOTE_LENGTH + 1)),
    );
    expect(tooLongNote).toContain(CloseCode.BadRequest);
  });

  it("maps flat-map keys to their field", () => {
    expect(maxTextLength(JSON.stringify(["m1", "description"]))).toBe(MAX_NOTE_LENGTH);
    expect(maxTextLength("title")).toBe(MAX_NAME_LENGTH);
  });
});
