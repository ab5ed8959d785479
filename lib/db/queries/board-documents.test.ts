import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { eq } from "drizzle-orm";
import { drizzle } from "drizzle-orm/pglite";
import { migrate } from "drizzle-orm/pglite/migrator";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { generateSampleBoard } from "@/lib/engine";
import { type Database, type Db, openDatabase } from "../client";
import * as schema from "../schema";
import { boardDocSnapshots, boardDocuments, boards, organisations, units } from "../schema";
import { appendBoardUpdates, compactBoardDoc, loadBoardDocState } from "./board-docs";
import { BoardDocumentInputError, createBoardDocument, findBoardDocument, listBoardDocuments } from "./board-documents";

let database: Database;
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "pks-board-documents-"));
  const databaseUrl = process.env.TEST_DATABASE_URL;
  database = await openDatabase(databaseUrl ? { databaseUrl } : { dataDir: path.join(dir, "main") });
});
afterAll(async () => {
  await database?.close();
  await rm(dir, { recursive: true, force: true });
});

async function createBoard(db: Db): Promise<string> {
  const [org] = await db.insert(organisations).values({ name: "Region Test" }).returning();
  const [unit] = await db
    .insert(units)
    .values({ organisationId: org.id, name: `Enhet ${Math.random()}` })
    .returning();
  const data = generateSampleBoard({ planningObjects: 2, resources: 1, weeks: 2, measures: 0 });
  const [board] = await db
    .insert(boards)
    .values({ organisationId: org.id, unitId: unit.id, name: "Tavla", period: "2027", level: "tactical", data })
    .returning();
  return board.id;
}

/** A board in a database at migration 0000, written in that schema's own columns (later ones add more). */
async function createBoardAt0000(client: PGlite): Promise<string> {
  const data = generateSampleBoard({ planningObjects: 2, resources: 1, weeks: 2, measures: 0 });
  const org = await client.query<{ id: string }>(
    "insert into organisations (name) values ('Region Test') returning id",
  );
  const orgId = org.rows[0]!.id;
  const unit = await client.query<{ id: string }>(
    "insert into units (organisation_id, name) values ($1, 'Enhet') returning id",
    [orgId],
  );
  const board = await client.query<{ id: string }>(
    "insert into boards (organisation_id, unit_id, name, period, level, data) values ($1, $2, 'Tavla', '2027', 'tactical', $3) returning id",
    [orgId, unit.rows[0]!.id, JSON.stringify(data)],
  );
  return board.rows[0]!.id;
}

function textUpdate(text: string): Uint8Array {
  const doc = new Y.Doc();
  doc.getText("body").insert(0, text);
  return Y.encodeStateAsUpdate(doc);
}

const textOf = (update: Uint8Array) => {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, update);
  return doc.getText("body").toString();
};

describe("board documents", () => {
  it("creates a document with its empty snapshot, lists rows only and finds it only on its board", async () => {
    const db = database.db;
    const boardId = await createBoard(db);
    const otherId = await createBoard(db);
    const first = await createBoardDocument(db, {
      boardId,
      kind: "agreement",
      title: "  Vårdavtal  ",
      createdBy: null,
    });
    const second = await createBoardDocument(db, {
      boardId,
      kind: "self-assessment",
      title: "Runda 1",
      createdBy: null,
    });
    expect(first).toMatchObject({ boardId, kind: "agreement", title: "Vårdavtal", status: "draft" });
    expect((await listBoardDocuments(db, boardId)).map((d) => d.id)).toEqual([first.id, second.id]);
    expect(await listBoardDocuments(db, otherId)).toEqual([]);
    expect((await findBoardDocument(db, boardId, first.id))?.id).toBe(first.id);
    expect(await findBoardDocument(db, otherId, first.id)).toBeNull();
    expect(await findBoardDocument(db, boardId, "not-a-uuid")).toBeNull();
    const state = await loadBoardDocState(db, boardId, first.id);
    expect(state).toMatchObject({ logLength: 0 });
    expect(textOf(state!.update)).toBe("");
  });

  it("refuses invalid input with the field and a Swedish message, writing nothing", async () => {
    const db = database.db;
    const boardId = await createBoard(db);
    const attempts: [Parameters<typeof createBoardDocument>[1], string, RegExp][] = [
      [{ boardId, kind: "agreement", title: "   ", createdBy: null }, "title", /Titel saknas/],
      [{ boardId, kind: "agreement", title: "x".repeat(201), createdBy: null }, "title", /högst 200/],
      [{ boardId, kind: "memo" as "agreement", title: "Memo", createdBy: null }, "kind", /dokumenttyp/],
      [{ boardId: "nope", kind: "agreement", title: "Avtal", createdBy: null }, "boardId", /Tavlan/],
    ];
    for (const [input, field, message] of attempts) {
      const error = await createBoardDocument(db, input).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(BoardDocumentInputError);
      expect(error).toMatchObject({ field, message: expect.stringMatching(message) });
    }
    expect(await listBoardDocuments(db, boardId)).toEqual([]);
  });

  it("stores a document's text apart from the board document; its compaction leaves boards.data alone", async () => {
    const db = database.db;
    const boardId = await createBoard(db);
    const doc = await createBoardDocument(db, { boardId, kind: "rule-set", title: "Regler", createdBy: null });
    const boardBefore = await loadBoardDocState(db, boardId);
    const [{ data: dataBefore, updatedAt }] = await db.select().from(boards).where(eq(boards.id, boardId));

    await appendBoardUpdates(db, boardId, [{ update: textUpdate("Regel 1"), userId: null }], doc.id);
    expect(textOf((await loadBoardDocState(db, boardId, doc.id))!.update)).toBe("Regel 1");
    expect((await loadBoardDocState(db, boardId))!.update).toEqual(boardBefore!.update);

    const result = await compactBoardDoc(db, boardId, doc.id);
    expect(result).toMatchObject({ compacted: true, removed: 1 });
    expect(textOf((await loadBoardDocState(db, boardId, doc.id))!.update)).toBe("Regel 1");
    const [after] = await db.select().from(boards).where(eq(boards.id, boardId));
    expect(after.data).toEqual(dataBefore);
    expect(after.updatedAt).toEqual(updatedAt);
  });

  it("loads nothing and writes nothing for a document of another board or a missing one", async () => {
    const db = database.db;
    const boardId = await createBoard(db);
    const otherId = await createBoard(db);
    const foreign = await createBoardDocument(db, {
      boardId: otherId,
      kind: "reflection",
      title: "R",
      createdBy: null,
    });
    expect(await loadBoardDocState(db, boardId, foreign.id)).toBeNull();
    expect(await loadBoardDocState(db, boardId, "4e9d2c1b-8a7f-4b6e-9c5d-3a2b1c0d9e8f")).toBeNull();
    expect(await loadBoardDocState(db, boardId, "x")).toBeNull();
    const rows = await db.select().from(boardDocSnapshots).where(eq(boardDocSnapshots.boardId, boardId));
    expect(rows).toEqual([]);
  });
});

describe("migration 0001_board_documents_and_doc_rooms", () => {
  it("keeps every stored update and snapshot of existing boards as their board document", async () => {
    // A database at migration 0000, with a board's snapshot and log rows, then migrated to the end.
    const only0000 = path.join(dir, "drizzle-0000");
    await mkdir(path.join(only0000, "meta"), { recursive: true });
    await copyFile(path.resolve("drizzle/0000_init.sql"), path.join(only0000, "0000_init.sql"));
    const journal = JSON.parse(await readFile(path.resolve("drizzle/meta/_journal.json"), "utf8"));
    journal.entries = journal.entries.slice(0, 1);
    await writeFile(path.join(only0000, "meta", "_journal.json"), JSON.stringify(journal));
    const client = await PGlite.create(path.join(dir, "old"));
    const db = drizzle({ client, schema }) as unknown as Db;
    try {
      await migrate(db as never, { migrationsFolder: only0000 });
      const boardId = await createBoardAt0000(client);
      const base = new Y.Doc();
      base.getMap("meta").set("name", "före migreringen");
      const snapshot = Y.encodeStateAsUpdate(base);
      const before = Y.encodeStateVector(base);
      base.getMap("meta").set("edited", "efter snapshot");
      const logged = Y.encodeStateAsUpdate(base, before);
      await client.query("insert into board_doc_snapshots (board_id, state) values ($1, $2)", [boardId, snapshot]);
      await client.query("insert into board_doc_updates (board_id, update) values ($1, $2)", [boardId, logged]);

      await migrate(db as never, { migrationsFolder: path.resolve("drizzle") });
      const state = await loadBoardDocState(db, boardId);
      expect(state?.logLength).toBe(1);
      const doc = new Y.Doc();
      Y.applyUpdate(doc, state!.update);
      expect(doc.getMap("meta").toJSON()).toEqual({ name: "före migreringen", edited: "efter snapshot" });
      const documents = await db.select().from(boardDocuments);
      expect(documents).toEqual([]);
      // The new primary key admits a document's snapshot next to the board's.
      const added = await createBoardDocument(db, { boardId, kind: "agreement", title: "Avtal", createdBy: null });
      expect(await loadBoardDocState(db, boardId, added.id)).toMatchObject({ logLength: 0 });
    } finally {
      await client.close();
    }
  });
});
