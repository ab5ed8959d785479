/**
 * Required signatures per board and per agreement: owners set them, others cannot; a plan needing
 * only the strategic level is Fastställd with one signature, and a fastställd agreement is active.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { hashPassword } from "@/lib/auth/password";
import { writeBoardToDoc } from "@/lib/board/doc-model";
import { createBoardDocument, findBoardDocument } from "@/lib/db/queries/board-documents";
import { findRequiredLevels } from "@/lib/db/queries/signoff";
import { insertVersion } from "@/lib/db/queries/versions";
import type { Board, User } from "@/lib/db/schema";
import { addMember, createBoard, createUser, openTestDatabase, type TestDatabase } from "@/lib/db/test-factories";
import { makeBoard } from "@/lib/engine/test-factories";
import { snapshotDoc } from "@/lib/versions/content";
import { setRequiredLevels } from "./set-required-levels";
import { signVersion } from "./sign-version";

const PASSWORD = "rätt-lösenord-123";
let database: TestDatabase;
let board: Board;
let owner: User;
let director: User;
let chef: User;

beforeAll(async () => {
  database = await openTestDatabase();
  owner = await createUser(database.db, { level: "operativ" });
  const make = async (level: User["level"]) =>
    createUser(database.db, {
      organisationId: owner.organisationId,
      level,
      passwordHash: await hashPassword(PASSWORD),
    });
  director = await make("strategisk");
  chef = await make("taktisk");
  board = await createBoard(database.db, { organisationId: owner.organisationId });
  await addMember(database.db, board.id, owner.id, "owner");
  await addMember(database.db, board.id, director.id, "editor");
  await addMember(database.db, board.id, chef.id, "editor");
});
afterAll(async () => {
  await database.remove();
});

async function signAs(user: User, docId: string, write: (doc: Y.Doc) => void) {
  const doc = new Y.Doc();
  write(doc);
  const version = await insertVersion(database.db, {
    boardId: board.id,
    docId,
    kind: "named",
    name: "V",
    ...snapshotDoc(doc, docId),
  });
  doc.destroy();
  const input = {
    boardId: board.id,
    versionId: version.id,
    contentHash: version.contentHash,
    level: user.level,
    password: PASSWORD,
  };
  return signVersion(database.db, user, input);
}

describe("setRequiredLevels", () => {
  it("defaults to taktisk and strategisk, for the plan and for an agreement", async () => {
    expect(await findRequiredLevels(database.db, board.id)).toEqual(["taktisk", "strategisk"]);
    expect(await findRequiredLevels(database.db, board.id, "00000000-0000-4000-8000-000000000000")).toEqual([
      "taktisk",
      "strategisk",
    ]);
  });

  it("is for owners only and needs at least one level", async () => {
    expect(await setRequiredLevels(database.db, director, { boardId: board.id, levels: ["strategisk"] })).toMatchObject(
      {
        ok: false,
        error: { kind: "forbidden" },
      },
    );
    expect(await setRequiredLevels(database.db, owner, { boardId: board.id, levels: [] })).toMatchObject({
      ok: false,
      error: { field: "levels", code: "signoff.errors.rulesLevels" },
    });
  });

  it("makes a plan Fastställd with the one strategic signature it now requires", async () => {
    expect(await setRequiredLevels(database.db, owner, { boardId: board.id, levels: ["strategisk"] })).toMatchObject({
      ok: true,
      value: ["strategisk"],
    });
    const signed = await signAs(director, "", (doc) => writeBoardToDoc(doc, makeBoard()));
    expect(signed).toMatchObject({ ok: true, value: { isComplete: true } });
    expect(await signAs(chef, "", (doc) => writeBoardToDoc(doc, makeBoard({ board: { name: "B" } })))).toMatchObject({
      ok: false,
      error: { code: "signoff.errors.levelNotRequired" },
    });
  });

  it("activates an agreement once the verksamhetschef and the sjukvårdsdirektör have signed", async () => {
    const agreement = await createBoardDocument(database.db, {
      boardId: board.id,
      kind: "agreement",
      title: "Överenskommelse",
      createdBy: owner.id,
    });
    const write = (doc: Y.Doc) => {
      const p = new Y.XmlElement("paragraph");
      p.insert(0, [new Y.XmlText("Mål")]);
      doc.getXmlFragment("content").push([p]);
    };
    const doc = new Y.Doc();
    write(doc);
    const version = await insertVersion(database.db, {
      boardId: board.id,
      docId: agreement.id,
      kind: "named",
      name: "V",
      ...snapshotDoc(doc, agreement.id),
    });
    const sign = (user: User) =>
      signVersion(database.db, user, {
        boardId: board.id,
        versionId: version.id,
        contentHash: version.contentHash,
        level: user.level,
        password: PASSWORD,
      });
    expect(await sign(chef)).toMatchObject({ ok: true, value: { isComplete: false } });
    expect((await findBoardDocument(database.db, board.id, agreement.id))?.status).toBe("draft");
    expect(await sign(director)).toMatchObject({ ok: true, value: { isComplete: true } });
    expect((await findBoardDocument(database.db, board.id, agreement.id))?.status).toBe("active");
  });
});
