/**
 * Strategic boards against a running collaboration server: a unit board's commit reaches the
 * strategic board's open connections as a `board.committed` push (the relay server/index.ts
 * installs), only while the link exists; and a decided strategic measure that moves 200 h of
 * doctors from unit A to unit B in Q2 changes both units' plans inside their live rooms.
 */
import { eq } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { updateResource } from "@/lib/board/doc-edit-entities";
import { setLiveRooms } from "@/lib/board/live-rooms";
import { loadBoardData } from "@/lib/db/queries/board-data";
import { type Board, strategicLinks, type User } from "@/lib/db/schema";
import { addMember, createBoard, createUser, openTestDatabase, type TestDatabase } from "@/lib/db/test-factories";
import { aggregateSum, computeBoard, periodKey, weekRange } from "@/lib/engine";
import { makeBoard, makeObject } from "@/lib/engine/test-factories";
import { createStrategicMeasure } from "@/lib/server/strategic/create-measure";
import { linkBoard } from "@/lib/server/strategic/link-board";
import { createBoardCommittedRelay } from "@/lib/server/strategic/notify";
import { setStrategicMeasureStatus } from "@/lib/server/strategic/set-measure-status";
import type { CollabPubSub, PushEnvelope } from "./pubsub";
import {
  connectClient,
  startTestServer,
  type TestClient,
  type TestServer,
  tokenFor,
  waitFor,
  waitSynced,
} from "./test-harness";

let database: TestDatabase;
let server: TestServer;
let owner: User;
let strategic: Board;
let unitA: Board;
let unitB: Board;
const clients: TestClient[] = [];

// Each unit: Läkare 40 h a week for 50 activities of 1 h a week: planned 40 a week, short 10 h.
const unitData = (name: string) =>
  makeBoard({
    board: { name },
    horizon: { start: "2027-W01", weeks: 52 },
    planningObjects: [makeObject({ annualVolume: 2600 })],
  });

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
  unitA = await createBoard(db, { organisationId, name: "Enhet A", data: unitData("A") });
  unitB = await createBoard(db, { organisationId, name: "Enhet B", data: unitData("B") });
  for (const board of [strategic, unitA, unitB]) await addMember(db, board.id, owner.id, "owner");
  for (const unit of [unitA, unitB]) await linkBoard(db, owner, { boardId: strategic.id, unitBoardId: unit.id });
  server = await startTestServer(db, { onBoardCommitted: createBoardCommittedRelay(db, { throttleMs: 50 }) });
  setLiveRooms(server.collab);
});
afterEach(() => {
  for (const client of clients.splice(0)) client.destroy();
});
afterAll(async () => {
  setLiveRooms(null);
  await server.close();
  await database.remove();
});

function open(boardId: string): TestClient {
  const client = connectClient(server.url, boardId, tokenFor(boardId, owner.id));
  clients.push(client);
  return client;
}

const committedPushes = (client: TestClient, unitBoardId: string) =>
  client.pushes.filter((p) => p.payload === JSON.stringify({ v: 1, type: "board.committed", boardId: unitBoardId }));

describe("board committed", () => {
  it("pushes a unit's commit to the strategic board within 1 s, and stops when the link is removed", async () => {
    const [board, unit] = [open(strategic.id), open(unitA.id)];
    await Promise.all([waitSynced(board), waitSynced(unit)]);
    const editedAt = performance.now();
    updateResource(unit.doc, "lak", { count: 2 });
    await waitFor(() => committedPushes(board, unitA.id).length === 1, "the board.committed push", 1000);
    expect(committedPushes(board, unitA.id)[0].at - editedAt).toBeLessThan(1000);
    expect(committedPushes(unit, unitA.id)).toEqual([]);

    await database.db.delete(strategicLinks).where(eq(strategicLinks.unitBoardId, unitA.id));
    updateResource(unit.doc, "lak", { count: 1 });
    await waitFor(() => unit.isSaved(), "the second edit saved");
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(committedPushes(board, unitA.id)).toHaveLength(1);
    await linkBoard(database.db, owner, { boardId: strategic.id, unitBoardId: unitA.id });
  });
});

/** Two processes' buses: what one publishes as push reaches the other's listeners (Redis's role). */
function pairedBuses(): [CollabPubSub, CollabPubSub] {
  const listeners: [((push: PushEnvelope) => void)[], ((push: PushEnvelope) => void)[]] = [[], []];
  const bus = (own: 0 | 1): CollabPubSub => ({
    publish() {},
    subscribe() {},
    unsubscribe() {},
    publishPush: (push) => {
      for (const listener of listeners[own === 0 ? 1 : 0]) listener(push);
    },
    onPush: (listener) => listeners[own].push(listener),
  });
  return [bus(0), bus(1)];
}

describe("board committed, scaled out", () => {
  it("reaches a strategic board's connection on another process through the push channel", async () => {
    const [busOne, busTwo] = pairedBuses();
    const relay = createBoardCommittedRelay(database.db, { throttleMs: 50 });
    const one = await startTestServer(database.db, { pubsub: busOne, onBoardCommitted: relay });
    const two = await startTestServer(database.db, { pubsub: busTwo });
    setLiveRooms(one.collab);
    try {
      const unit = connectClient(one.url, unitB.id, tokenFor(unitB.id, owner.id));
      const board = connectClient(two.url, strategic.id, tokenFor(strategic.id, owner.id));
      clients.push(unit, board);
      await Promise.all([waitSynced(unit), waitSynced(board)]);
      updateResource(unit.doc, "lak", { count: 3 });
      await waitFor(() => committedPushes(board, unitB.id).length === 1, "the push on the other process", 1000);
      updateResource(unit.doc, "lak", { count: 1 });
      await waitFor(() => unit.isSaved(), "B's capacity back as it was");
    } finally {
      for (const client of clients.splice(0)) client.destroy();
      setLiveRooms(server.collab);
      await one.close();
      await two.close();
    }
  });
});

/** A unit's planned activities and available doctor hours in 2027-Q2, from its stored state. */
async function q2(board: Board) {
  const data = await loadBoardData(database.db, board);
  const result = computeBoard(data, { mode: "plan" });
  const weeks = weekRange(data.horizon.start, data.horizon.weeks);
  const at = aggregateSum(weeks, result.planningObjects.p.planned, "quarter").keys.indexOf("2027-Q2");
  const sum = (values: number[]) => aggregateSum(weeks, values, "quarter").values[at] ?? 0;
  expect(weeks.filter((w) => periodKey(w, "quarter") === "2027-Q2")).toHaveLength(13);
  return { planned: sum(result.planningObjects.p.planned), available: sum(result.resources.lak.available) };
}

describe("strategic measures", () => {
  it("moving 200 h of doctors from unit A to B in Q2 changes both units' plans when decided", async () => {
    const created = await createStrategicMeasure(database.db, owner, {
      boardId: strategic.id,
      kind: "move-capacity",
      title: "Läkare från A till B",
      resourceName: "läkare",
      hours: "200",
      fromBoardId: unitA.id,
      toBoardId: unitB.id,
      fromPeriod: "2027-Q2",
    });
    if (!created.ok) throw new Error(JSON.stringify(created.error));
    // Proposed: nothing changes on the units. 13 weeks × 40 h, 40 planned a week.
    expect(await q2(unitA)).toEqual({ planned: 520, available: 520 });
    const watcher = open(unitB.id);
    await waitSynced(watcher);

    const decided = await setStrategicMeasureStatus(database.db, owner, {
      boardId: strategic.id,
      measureId: created.value.id,
      status: "decided",
    });
    expect(decided).toMatchObject({ ok: true, value: { status: "decided" } });
    const a = await q2(unitA);
    expect(a.available).toBeCloseTo(320, 9);
    expect(a.planned).toBeCloseTo(320, 9);
    // B gets 200 h more; its need is 50 a week (650 in Q2), so it plans all of it.
    const b = await q2(unitB);
    expect(b.available).toBeCloseTo(720, 9);
    expect(b.planned).toBeCloseTo(650, 9);
    // The open tab of unit B sees the measure at once, kind capacity, lever resources, linked back.
    const measures = watcher.doc.getMap("pks.measures");
    await waitFor(() => measures.size === 1, "the measure in B's open tab");
    const data = await loadBoardData(database.db, unitB);
    expect(data.measures?.[0]).toMatchObject({
      kind: "capacity",
      lever: "resources",
      status: "decided",
      resourceId: "lak",
    });
    expect(data.measures?.[0].note).toContain(`/boards/${strategic.id}/strategi`);
  });

  it("refuses a move to a unit without the resource", async () => {
    const created = await createStrategicMeasure(database.db, owner, {
      boardId: strategic.id,
      kind: "buy-care",
      title: "Köp operationstid",
      resourceName: "Operationssal",
      hours: 100,
      toBoardId: unitB.id,
      toPeriod: "2027-Q3",
    });
    if (!created.ok) throw new Error("refused");
    expect(
      await setStrategicMeasureStatus(database.db, owner, {
        boardId: strategic.id,
        measureId: created.value.id,
        status: "decided",
      }),
    ).toMatchObject({ ok: false, error: { code: "strategic.errors.measureNoResource" } });
  });
});
