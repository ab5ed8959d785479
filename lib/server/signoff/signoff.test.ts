/**
 * Sign-off against a real database: levels and passwords, the version shown, the undecided
 * shortage, withdrawal, and simultaneous signatures held consistent by the partial unique indexes.
 */
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { hashPassword } from "@/lib/auth/password";
import { writeBoardToDoc } from "@/lib/board/doc-model";
import { listAuditEvents } from "@/lib/db/queries/audit";
import { createBoardDocument } from "@/lib/db/queries/board-documents";
import { insertVersion } from "@/lib/db/queries/versions";
import {
  type Board,
  type BoardVersion,
  boardSignoffRounds,
  boardVersions,
  productionGoals,
  type User,
} from "@/lib/db/schema";
import { addMember, createBoard, createUser, openTestDatabase, type TestDatabase } from "@/lib/db/test-factories";
import { buildProductionGoals, writeFrozenGoals } from "@/lib/documents/production-goals";
import { buildTemplateState } from "@/lib/documents/templates";
import { computeBoard, type PksBoard } from "@/lib/engine";
import { makeBoard, makeObject } from "@/lib/engine/test-factories";
import { contentHash, docFromState, snapshotDoc } from "@/lib/versions/content";
import { signedContent } from "@/lib/versions/shortage";
import { recordShortageDecision } from "./record-shortage-decision";
import { signVersion } from "./sign-version";
import { withdrawSignature } from "./withdraw-signature";

const PASSWORD = "rätt-lösenord-123";
let database: TestDatabase;
let people: Record<"tactical" | "tactical2" | "strategic" | "operative", User>;
let organisationId: string;

async function boardWithVersion(data: PksBoard): Promise<{ board: Board; version: BoardVersion }> {
  const board = await createBoard(database.db, { organisationId, data });
  for (const user of Object.values(people)) await addMember(database.db, board.id, user.id, "editor");
  const version = await newVersion(board, data);
  return { board, version };
}

async function newVersion(board: Board, data: PksBoard): Promise<BoardVersion> {
  const doc = new Y.Doc();
  writeBoardToDoc(doc, data);
  const version = await insertVersion(database.db, {
    boardId: board.id,
    kind: "named",
    name: "Plan",
    ...snapshotDoc(doc),
  });
  doc.destroy();
  return version;
}

const sign = (user: User, board: Board, version: BoardVersion, overrides: Record<string, unknown> = {}) =>
  signVersion(database.db, user, {
    boardId: board.id,
    versionId: version.id,
    contentHash: version.contentHash,
    level: user.level,
    password: PASSWORD,
    ...overrides,
  });

beforeAll(async () => {
  database = await openTestDatabase();
  const first = await createUser(database.db, { level: "taktisk", passwordHash: await hashPassword(PASSWORD) });
  organisationId = first.organisationId;
  const make = async (level: User["level"]) =>
    createUser(database.db, { organisationId, level, passwordHash: await hashPassword(PASSWORD) });
  people = {
    tactical: first,
    tactical2: await make("taktisk"),
    strategic: await make("strategisk"),
    operative: await make("operativ"),
  };
});
afterAll(async () => {
  await database.remove();
});

describe("signVersion", () => {
  it("is Fastställd once the tactical and then the strategic level have signed the same version", async () => {
    const { board, version } = await boardWithVersion(makeBoard());
    const first = await sign(people.tactical, board, version);
    expect(first).toMatchObject({ ok: true, value: { isComplete: false, round: { status: "open" } } });
    const second = await sign(people.strategic, board, version);
    expect(second).toMatchObject({ ok: true, value: { isComplete: true, round: { status: "signed" } } });
    if (!second.ok) return;
    expect(second.value.round.signedHash).toBe(contentHash(signedContent(version.contentHash, null)));
    const types = (await listAuditEvents(database.db, { type: "board", id: board.id })).map((e) => e.event.type);
    expect(types).toEqual(["signoff.signed", "signoff.signed", "signoff.completed"]);
  });

  it("refuses a wrong password, a level not held, a level not required and a version no longer shown", async () => {
    const { board, version } = await boardWithVersion(makeBoard());
    expect(await sign(people.tactical, board, version, { password: "fel" })).toMatchObject({
      ok: false,
      error: { field: "password", message: "Fel lösenord." },
    });
    expect(await sign(people.tactical, board, version, { level: "strategisk" })).toMatchObject({
      ok: false,
      error: { field: "level", message: "Du har inte nivån strategisk och kan inte signera för den." },
    });
    expect(await sign(people.operative, board, version)).toMatchObject({
      ok: false,
      error: { code: "signoff.errors.levelNotRequired" },
    });
    expect(await sign(people.tactical, board, version, { contentHash: "0".repeat(64) })).toMatchObject({
      ok: false,
      error: { message: "Versionen visas inte längre — ladda om sidan och granska den senaste versionen." },
    });
    await newVersion(board, makeBoard({ board: { name: "Nyare" } }));
    expect(await sign(people.tactical, board, version)).toMatchObject({
      ok: false,
      error: { code: "signoff.errors.versionChanged" },
    });
  });

  it("keeps simultaneous signatures consistent: one per level, one signed version, enforced by the database", async () => {
    const { board, version } = await boardWithVersion(makeBoard());
    const results = await Promise.all([
      sign(people.tactical, board, version),
      sign(people.tactical2, board, version),
      sign(people.strategic, board, version),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(2);
    // Whichever tactical signature came second: refused (same level, or the version already complete).
    const refused = results.flatMap((r) => (r.ok ? [] : [r.error]));
    expect(refused).toHaveLength(1);
    expect(["signoff.errors.alreadySigned", "signoff.errors.alreadyComplete"]).toContain(
      (refused[0] as { code: string }).code,
    );
    const rounds = await database.db.select().from(boardSignoffRounds).where(eq(boardSignoffRounds.boardId, board.id));
    expect(rounds.map((r) => r.status)).toEqual(["signed"]);
    // The partial unique index refuses a second current signed version outright.
    const other = await newVersion(board, makeBoard({ board: { name: "B" } }));
    const duplicate = { ...rounds[0], id: undefined, versionId: other.id, status: "signed" as const };
    await expect(database.db.insert(boardSignoffRounds).values(duplicate)).rejects.toThrow();
  });

  it("lets only one version be frozen at a time: a concurrent first signature on another version is refused", async () => {
    const { board, version } = await boardWithVersion(makeBoard());
    const newer = await newVersion(board, makeBoard({ board: { name: "Nyare" } }));
    const [a, b] = await Promise.all([sign(people.tactical, board, newer), sign(people.strategic, board, version)]);
    expect(a.ok).toBe(true);
    // Refused as not the latest version, or — when the other froze first — as another version being signed.
    expect(b.ok).toBe(false);
    if (!b.ok)
      expect(["signoff.errors.versionChanged", "signoff.errors.otherRound"]).toContain(
        (b.error as { code: string }).code,
      );
    const third = await newVersion(board, makeBoard({ board: { name: "Tredje" } }));
    expect(await sign(people.strategic, board, third)).toMatchObject({
      ok: false,
      error: { code: "signoff.errors.otherRound" },
    });
  });

  it("refuses a plan with short weeks until the decision and its gap are recorded, and signs them in", async () => {
    // 5200 a year = 100 per week × 1 h of Läkare (40 h) → 60 h short in each of 4 weeks = 240 h.
    const { board, version } = await boardWithVersion(
      makeBoard({ planningObjects: [makeObject({ annualVolume: 5200 })] }),
    );
    expect(await sign(people.tactical, board, version)).toMatchObject({
      ok: false,
      error: { code: "signoff.errors.undecidedShortage", message: expect.stringContaining("(240 h)") },
    });
    const text = "Bristen hanteras med inhyrd personal från v. 3; verksamhetschefen följer upp.";
    const decided = await recordShortageDecision(database.db, people.tactical, {
      boardId: board.id,
      versionId: version.id,
      text,
    });
    expect(decided).toMatchObject({ ok: true, value: { gapHours: 240 } });
    const signed = await sign(people.tactical, board, version);
    expect(signed).toMatchObject({ ok: true });
    if (signed.ok)
      expect(signed.value.round.signedHash).toBe(
        contentHash(signedContent(version.contentHash, { text, gapHours: 240 })),
      );
    const noShortage = await boardWithVersion(makeBoard());
    expect(
      await recordShortageDecision(database.db, people.tactical, {
        boardId: noShortage.board.id,
        versionId: noShortage.version.id,
        text,
      }),
    ).toMatchObject({ ok: false, error: { code: "signoff.errors.noShortage" } });
  });
});

describe("signVersion against production goals", () => {
  it("refuses a plan saved before the strategic level changed its goals, and signs one saved after", async () => {
    const { board, version } = await boardWithVersion(makeBoard());
    const strategic = await createBoard(database.db, { organisationId, level: "strategic" });
    await database.db.insert(productionGoals).values({
      strategicBoardId: strategic.id,
      unitBoardId: board.id,
      planningObjectId: "p",
      period: "2027",
      volume: 40,
      updatedAt: new Date(version.createdAt.getTime() + 1000),
    });
    expect(await sign(people.tactical, board, version)).toMatchObject({
      ok: false,
      error: { code: "strategic.errors.goalsChanged" },
    });
    const later = await newVersion(board, makeBoard({ board: { name: "Efter målen" } }));
    await database.db
      .update(boardVersions)
      .set({ createdAt: new Date(version.createdAt.getTime() + 2000) })
      .where(eq(boardVersions.id, later.id));
    expect(await sign(people.tactical, board, later)).toMatchObject({ ok: true });
  });
});

describe("signVersion on a document whose figures come from the plan", () => {
  it("refuses a production-goals agreement whose figures are still live, and signs the version with them frozen", async () => {
    const data = makeBoard();
    const { board } = await boardWithVersion(data);
    const row = await createBoardDocument(database.db, {
      boardId: board.id,
      kind: "agreement",
      title: "Produktionsmål 2027",
      createdBy: people.tactical.id,
    });
    const doc = docFromState(buildTemplateState("production-goals"));
    const save = (name: string) =>
      insertVersion(database.db, {
        boardId: board.id,
        docId: row.id,
        kind: "named",
        name,
        ...snapshotDoc(doc, row.id),
      });
    const live = await save("Utkast");
    const refused = await sign(people.tactical, board, live);
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.error.kind === "invalid" && refused.error.message).toMatch(
      /^Siffrorna i det här dokumentet räknas ännu direkt ur planen\./,
    );

    writeFrozenGoals(doc, buildProductionGoals(data, computeBoard(data)), new Date("2027-02-15T10:00:00Z"));
    const frozen = await save("Fastställd 2027-02-15");
    doc.destroy();
    const signed = await sign(people.tactical, board, frozen);
    expect(signed.ok).toBe(true);
  });
});

describe("withdrawSignature", () => {
  it("withdraws before the last signature with a reason, unfreezing the version; not after", async () => {
    const { board, version } = await boardWithVersion(makeBoard());
    await sign(people.tactical, board, version);
    expect(await withdrawSignature(database.db, people.tactical, { boardId: board.id, reason: "" })).toMatchObject({
      ok: false,
      error: { field: "reason" },
    });
    expect(
      await withdrawSignature(database.db, people.tactical, { boardId: board.id, reason: "Fel underlag" }),
    ).toEqual({ ok: true, value: null });
    const [round] = await database.db.select().from(boardSignoffRounds).where(eq(boardSignoffRounds.boardId, board.id));
    expect(round.status).toBe("withdrawn");
    await sign(people.tactical, board, version);
    await sign(people.strategic, board, version);
    expect(await sign(people.tactical2, board, version)).toMatchObject({
      ok: false,
      error: { message: "Versionen är redan fastställd." },
    });
    expect(
      await withdrawSignature(database.db, people.strategic, { boardId: board.id, reason: "För sent" }),
    ).toMatchObject({
      ok: false,
      error: { code: "signoff.errors.complete" },
    });
    const events = (await listAuditEvents(database.db, { type: "board", id: board.id })).map((e) => e.event);
    expect(events.find((e) => e.type === "signoff.withdrawn")).toMatchObject({
      data: { reason: "Fel underlag", level: "taktisk" },
    });
  });
});
