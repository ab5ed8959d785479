import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { boardTypes, readBoardFromDoc } from "@/lib/board/doc-model";
import { generateSampleBoard, type PksBoard } from "@/lib/engine";
import { type Database, openDatabase } from "../client";
import { boardDocSnapshots, boardDocUpdates, boards, organisations, units } from "../schema";
import { appendBoardUpdates, compactBoardDoc, loadBoardDocState } from "./board-docs";

let database: Database;
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "pks-board-docs-"));
  // TEST_DATABASE_URL runs the same tests on PostgreSQL (real concurrency between connections).
  const databaseUrl = process.env.TEST_DATABASE_URL;
  database = await openDatabase(databaseUrl ? { databaseUrl } : { dataDir: dir });
});

afterAll(async () => {
  await database?.close();
  await rm(dir, { recursive: true, force: true });
});

function smallBoard(name = "Testtavla"): PksBoard {
  const board = generateSampleBoard({ planningObjects: 3, resources: 2, weeks: 4, measures: 1 });
  return { ...board, board: { ...board.board, name } };
}

async function createBoard(data: PksBoard = smallBoard()): Promise<string> {
  const db = database.db;
  const [org] = await db.insert(organisations).values({ name: "Region Test" }).returning();
  const [unit] = await db
    .insert(units)
    .values({ organisationId: org.id, name: `Enhet ${Math.random()}` })
    .returning();
  const [board] = await db
    .insert(boards)
    .values({ organisationId: org.id, unitId: unit.id, name: data.board.name, period: "2027", level: "tactical", data })
    .returning();
  return board.id;
}

function docOf(update: Uint8Array): Y.Doc {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, update);
  return doc;
}

/** A client edit on top of `base`: sets `key` in the board's meta map; returns the update. */
function editMeta(base: Y.Doc, key: string, value: unknown): Uint8Array {
  const client = new Y.Doc();
  Y.applyUpdate(client, Y.encodeStateAsUpdate(base));
  const before = Y.encodeStateVector(client);
  boardTypes(client).meta.set(key, value);
  return Y.encodeStateAsUpdate(client, before);
}

async function logRows(boardId: string) {
  return database.db.select().from(boardDocUpdates).where(eq(boardDocUpdates.boardId, boardId));
}

describe("board documents", () => {
  it("builds the first document from boards.data once and stores it as the snapshot", async () => {
    const data = smallBoard("Ortopedi 2027");
    const boardId = await createBoard(data);
    const first = await loadBoardDocState(database.db, boardId);
    const second = await loadBoardDocState(database.db, boardId);
    expect(first).not.toBeNull();
    // Same bytes: the second load reads the stored snapshot instead of building a rival document.
    expect(second!.update).toEqual(first!.update);
    const read = readBoardFromDoc(docOf(first!.update));
    expect(read.board.name).toBe("Ortopedi 2027");
    expect(read.planningObjects.map((o) => o.id)).toEqual(data.planningObjects.map((o) => o.id));
    expect(read.resources).toEqual(data.resources);
    const snapshots = await database.db.select().from(boardDocSnapshots).where(eq(boardDocSnapshots.boardId, boardId));
    expect(snapshots).toHaveLength(1);
  });

  it("returns null for a board that does not exist", async () => {
    expect(await loadBoardDocState(database.db, "00000000-0000-4000-8000-000000000000")).toBeNull();
  });

  it("gives the same state after appending updates and loading again", async () => {
    const boardId = await createBoard();
    const base = docOf((await loadBoardDocState(database.db, boardId))!.update);
    const updates = ["a", "b", "c"].map((key, i) => ({ update: editMeta(base, key, i), userId: null }));
    const lastId = await appendBoardUpdates(database.db, boardId, updates);
    for (const { update } of updates) Y.applyUpdate(base, update);

    const loaded = await loadBoardDocState(database.db, boardId);
    expect(loaded!.lastId).toBe(lastId);
    expect(loaded!.logLength).toBe(3);
    const reloaded = docOf(loaded!.update);
    expect(boardTypes(reloaded).meta.toJSON()).toEqual(boardTypes(base).meta.toJSON());
    expect(Y.encodeStateVector(reloaded)).toEqual(Y.encodeStateVector(base));
  });

  it("compacts into the snapshot without changing the state, removes the rows and refreshes boards.data", async () => {
    const boardId = await createBoard();
    const base = docOf((await loadBoardDocState(database.db, boardId))!.update);
    const rename = editMeta(base, "name", "Omdöpt tavla");
    const lastId = await appendBoardUpdates(database.db, boardId, [{ update: rename, userId: null }]);
    const before = docOf((await loadBoardDocState(database.db, boardId))!.update);

    const result = await compactBoardDoc(database.db, boardId);
    expect(result).toEqual({ compacted: true, removed: 1, throughId: lastId });
    expect(await logRows(boardId)).toHaveLength(0);
    const after = await loadBoardDocState(database.db, boardId);
    expect(after!.lastId).toBe(lastId);
    expect(readBoardFromDoc(docOf(after!.update))).toEqual(readBoardFromDoc(before));
    const [row] = await database.db.select().from(boards).where(eq(boards.id, boardId));
    expect((row.data as PksBoard).board.name).toBe("Omdöpt tavla");

    // Nothing new: nothing to do.
    expect((await compactBoardDoc(database.db, boardId)).compacted).toBe(false);
  });

  it("leaves boards.data and its updatedAt alone when the compacted edits change no content", async () => {
    const boardId = await createBoard();
    const base = docOf((await loadBoardDocState(database.db, boardId))!.update);
    const [before] = await database.db.select().from(boards).where(eq(boards.id, boardId));
    const client = docOf(Y.encodeStateAsUpdate(base));
    const vector = Y.encodeStateVector(client);
    boardTypes(client).meta.set("name", "Tillfälligt");
    boardTypes(client).meta.set("name", before.data ? (before.data as PksBoard).board.name : "");
    await appendBoardUpdates(database.db, boardId, [{ update: Y.encodeStateAsUpdate(client, vector), userId: null }]);
    expect((await compactBoardDoc(database.db, boardId)).compacted).toBe(true);
    const [after] = await database.db.select().from(boards).where(eq(boards.id, boardId));
    expect(after.updatedAt).toEqual(before.updatedAt);
    expect(after.data).toEqual(before.data);
  });

  it("loses nothing appended while a compaction runs", async () => {
    const boardId = await createBoard();
    const base = docOf((await loadBoardDocState(database.db, boardId))!.update);
    const early = Array.from({ length: 20 }, (_, i) => ({ update: editMeta(base, `early${i}`, i), userId: null }));
    await appendBoardUpdates(database.db, boardId, early);
    const late = Array.from({ length: 20 }, (_, i) => ({ update: editMeta(base, `late${i}`, i), userId: null }));

    await Promise.all([
      compactBoardDoc(database.db, boardId),
      ...late.map((u) => appendBoardUpdates(database.db, boardId, [u])),
      compactBoardDoc(database.db, boardId),
    ]);
    const meta = boardTypes(docOf((await loadBoardDocState(database.db, boardId))!.update)).meta;
    for (let i = 0; i < 20; i++) {
      expect(meta.get(`early${i}`)).toBe(i);
      expect(meta.get(`late${i}`)).toBe(i);
    }
    await compactBoardDoc(database.db, boardId);
    expect(await logRows(boardId)).toHaveLength(0);
    expect(boardTypes(docOf((await loadBoardDocState(database.db, boardId))!.update)).meta.get("late19")).toBe(19);
  });
});
