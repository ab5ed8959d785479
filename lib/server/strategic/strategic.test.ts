import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listAuditEvents } from "@/lib/db/queries/audit";
import { type Board, boards, notifications, strategicLinks, type User } from "@/lib/db/schema";
import {
  addMember,
  createBoard,
  createUser,
  makeBoardData,
  openTestDatabase,
  type TestDatabase,
} from "@/lib/db/test-factories";
import { makeBoard, makeObject } from "@/lib/engine/test-factories";
import { decideFlag } from "./decide-flag";
import { flagGoal } from "./flag-goal";
import { linkBoard } from "./link-board";
import { loadStrategicView } from "./load-view";
import { setGoal } from "./set-goal";
import { unlinkBoard } from "./unlink-board";

let database: TestDatabase;
let owner: User;
let viewer: User;
let unitEditor: User;
let strategic: Board;
let unitA: Board;
let unitB: Board;

// Unit A plans 10 per week of object "p" (1 h of Läkare each, 40 h available) over 26 weeks of 2027.
const unitData = makeBoard({ horizon: { start: "2027-W01", weeks: 26 }, planningObjects: [makeObject()] });

beforeAll(async () => {
  database = await openTestDatabase();
  const db = database.db;
  owner = await createUser(db, { name: "Stina Strateg", level: "strategisk" });
  const organisationId = owner.organisationId;
  viewer = await createUser(db, { organisationId });
  unitEditor = await createUser(db, { organisationId, name: "Ulla Enhet" });
  strategic = await createBoard(db, {
    organisationId,
    level: "strategic",
    name: "Region strategisk",
    data: makeBoard({ board: { name: "Region", level: "strategic" }, horizon: { start: "2027-W01", weeks: 104 } }),
  });
  unitA = await createBoard(db, { organisationId, name: "Enhet A", data: unitData });
  unitB = await createBoard(db, { organisationId, name: "Enhet B", data: makeBoardData() });
  await addMember(db, strategic.id, owner.id, "owner");
  await addMember(db, strategic.id, viewer.id, "viewer");
  await addMember(db, unitA.id, unitEditor.id, "editor");
});
afterAll(async () => {
  await database.remove();
});

const link = (unitBoardId: string, boardId = strategic.id, actor = owner) =>
  linkBoard(database.db, actor, { boardId, unitBoardId });

describe("linking unit boards", () => {
  it("links a unit board of the organisation and records strategic.linked", async () => {
    expect(await link(unitA.id)).toEqual({ ok: true, value: { unitBoardId: unitA.id } });
    expect(await link(unitB.id)).toMatchObject({ ok: true });
    const events = await listAuditEvents(database.db, { type: "board", id: strategic.id });
    expect(events.map((e) => e.event.type)).toContain("strategic.linked");
  });

  it("refuses another organisation's board, a strategic board as unit, a second link and non-owners", async () => {
    const foreign = await createBoard(database.db, { name: "Annan region" });
    const other = await createBoard(database.db, { organisationId: owner.organisationId, level: "strategic" });
    expect(await link(foreign.id)).toMatchObject({
      ok: false,
      error: { field: "unitBoardId", message: "Tavlan hör till en annan organisation och kan inte kopplas hit." },
    });
    expect(await link(other.id)).toMatchObject({
      error: { message: "En strategisk tavla kan inte kopplas som enhetstavla." },
    });
    expect(await link(unitA.id)).toMatchObject({ error: { message: "Enhetstavlan är redan kopplad." } });
    expect(await link(unitA.id, strategic.id, viewer)).toEqual({ ok: false, error: { kind: "forbidden" } });
    expect(await link(strategic.id)).toMatchObject({ error: { code: "strategic.errors.cycle" } });
  });

  it("refuses a link cycle through a board whose level changed after it was linked", async () => {
    const upper = await createBoard(database.db, { organisationId: owner.organisationId, level: "strategic" });
    await addMember(database.db, upper.id, owner.id, "owner");
    expect(await link(strategic.id, upper.id)).toMatchObject({ error: { code: "strategic.errors.strategicAsUnit" } });
    // An administrator made the strategic board tactical, it was linked, then made strategic again.
    await database.db.update(boards).set({ level: "tactical" }).where(eq(boards.id, strategic.id));
    expect(await link(strategic.id, upper.id)).toMatchObject({ ok: true });
    await database.db.update(boards).set({ level: "strategic" }).where(eq(boards.id, strategic.id));
    await database.db.update(boards).set({ level: "tactical" }).where(eq(boards.id, upper.id));
    expect(await link(upper.id)).toMatchObject({
      ok: false,
      error: { message: `Kopplingen skulle ge en cirkel: ${upper.name} samlar redan den här tavlan.` },
    });
    await database.db.delete(strategicLinks).where(eq(strategicLinks.strategicBoardId, upper.id));
  });

  it("only a strategic board gathers units", async () => {
    await addMember(database.db, unitB.id, owner.id, "owner");
    expect(await link(unitA.id, unitB.id)).toMatchObject({
      ok: false,
      error: { message: "Bara en strategisk tavla kan samla enhetstavlor." },
    });
  });
});

describe("the strategic view", () => {
  it("shows a viewer the linked units' sums without membership of the unit boards", async () => {
    const view = await loadStrategicView(database.db, viewer, strategic.id, "quarter");
    if (!view.ok) throw new Error("refused");
    expect(view.value.units.map((u) => [u.boardName, u.canOpen])).toEqual([
      ["Enhet A", false],
      ["Enhet B", false],
    ]);
    const doctors = view.value.summary.resources.find((r) => r.key === "läkare")!;
    const a = doctors.units.find((u) => u.unitId === unitA.id)!;
    // Q1 2027 = weeks 1–12: 10 h need and 40 h available a week.
    expect(a.need[0]).toBe(120);
    expect(a.available[0]).toBe(480);
  });

  it("hides the units' numbers from people outside the strategic board", async () => {
    expect(await loadStrategicView(database.db, unitEditor, strategic.id, "quarter")).toEqual({
      ok: false,
      error: { kind: "not-found" },
    });
  });

  it("drops a unit at once when its link is removed", async () => {
    expect(await unlinkBoard(database.db, owner, { boardId: strategic.id, unitBoardId: unitB.id })).toMatchObject({
      ok: true,
    });
    const view = await loadStrategicView(database.db, viewer, strategic.id, "year");
    if (!view.ok) throw new Error("refused");
    expect(view.value.units.map((u) => u.boardName)).toEqual(["Enhet A"]);
    expect(view.value.summary.resources.flatMap((r) => r.units.map((u) => u.unitId))).not.toContain(unitB.id);
  });
});

describe("production goals", () => {
  const goal = (input: Record<string, unknown>, actor = owner) =>
    setGoal(database.db, actor, {
      boardId: strategic.id,
      unitBoardId: unitA.id,
      planningObjectId: "p",
      period: "2027-Q2",
      ...input,
    });

  it("refuses a goal below zero, for an object the unit lacks, or outside the horizon", async () => {
    expect(await goal({ volume: "-5" })).toMatchObject({
      ok: false,
      error: { field: "volume", message: "Produktionsmålet måste vara ett tal ≥ 0." },
    });
    expect(await goal({ volume: "5", planningObjectId: "xyz" })).toMatchObject({
      error: { field: "planningObjectId", message: "Enheten har inget planeringsobjekt med id xyz." },
    });
    expect(await goal({ volume: "5", period: "2031-Q1" })).toMatchObject({ error: { field: "period" } });
    expect(await goal({ volume: "5" }, viewer)).toEqual({ ok: false, error: { kind: "forbidden" } });
  });

  it("sets a goal on a group (all objects of a service) and removes it with an empty volume", async () => {
    const group = { planningObjectId: "grupp:Nybesök", period: "2027-Q4" };
    expect(await goal({ ...group, volume: "1 200,5" })).toMatchObject({ ok: true, value: { volume: 1200.5 } });
    expect(await goal({ ...group, volume: "" })).toMatchObject({ ok: true });
    expect(await goal({ ...group, planningObjectId: "grupp:Okänd", volume: "1" })).toMatchObject({
      error: { code: "strategic.errors.goalObject" },
    });
  });

  it("compares the unit's plan with the goal, and a flag notifies the strategic owners until decided", async () => {
    const set = await goal({ volume: "150" });
    if (!set.ok || !set.value) throw new Error("refused");
    const view = await loadStrategicView(database.db, owner, strategic.id, "quarter");
    if (!view.ok) throw new Error("refused");
    // Q2 = weeks 13–25: 13 × 10 planned = 130 against 150 → 20 under, 20 h on Läkare.
    expect(view.value.goals[0]).toMatchObject({ goal: 150, planned: 130, deviation: -20, gapHours: 20 });

    const flagged = await flagGoal(database.db, unitEditor, {
      boardId: unitA.id,
      goalId: set.value.id,
      gapHours: "20",
      note: "Två läkare slutar i april.",
    });
    expect(flagged).toMatchObject({ ok: true, value: { gapHours: 20 } });
    const bell = await database.db.select().from(notifications).where(eq(notifications.userId, owner.id));
    expect(bell).toHaveLength(1);
    expect(bell[0]).toMatchObject({ kind: "goal-flagged", boardId: strategic.id });
    expect(bell[0].text).toContain("gap 20 h");
    expect(
      await flagGoal(database.db, unitEditor, { boardId: unitA.id, goalId: set.value.id, gapHours: 5, note: "x" }),
    ).toMatchObject({
      error: { code: "strategic.errors.flagOpen" },
    });
    const again = await loadStrategicView(database.db, owner, strategic.id, "quarter");
    if (!again.ok || !flagged.ok) throw new Error("refused");
    expect(again.value.goals[0].openFlag?.id).toBe(flagged.value.id);

    expect(
      await decideFlag(database.db, owner, {
        boardId: strategic.id,
        flagId: flagged.value.id,
        decision: "Målet sänks till 130.",
      }),
    ).toMatchObject({ ok: true });
    const decided = await loadStrategicView(database.db, owner, strategic.id, "quarter");
    if (!decided.ok) throw new Error("refused");
    expect(decided.value.goals[0].openFlag).toBeNull();
  });

  it("refuses a flag without a gap in hours", async () => {
    const set = await goal({ volume: "140", period: "2027-Q3" });
    if (!set.ok || !set.value) throw new Error("refused");
    expect(
      await flagGoal(database.db, unitEditor, { boardId: unitA.id, goalId: set.value.id, gapHours: "0", note: "x" }),
    ).toMatchObject({
      error: { field: "gapHours", message: "Ange gapet i timmar, ett tal > 0." },
    });
  });
});
