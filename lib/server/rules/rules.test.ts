import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { readBoardFromDoc, writeBoardToDoc } from "@/lib/board/doc-model";
import type { LiveRooms } from "@/lib/board/live-rooms";
import { listAuditEvents } from "@/lib/db/queries/audit";
import { appendBoardUpdates, loadBoardDocState } from "@/lib/db/queries/board-docs";
import { createBoardWithMembers, openTestDatabase, type TestDatabase } from "@/lib/db/test-factories";
import { computeBoard } from "@/lib/engine";
import { makeBoard, makeResource } from "@/lib/engine/test-factories";
import { addRule, RULES_ARRAY } from "@/lib/rules/rule-doc";
import { applyPatientShare } from "./apply-patient-share";
import { openRuleSet } from "./open-rule-set";

let database: TestDatabase;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => {
  await database.remove();
});

const team = () => createBoardWithMembers(database.db, { owner: "owner", editor: "editor", viewer: "viewer" });

/** A live board room in memory: 8 doctors × 40 h at 100 %. */
function fakeRooms() {
  const doc = new Y.Doc();
  writeBoardToDoc(doc, makeBoard({ resources: [makeResource({ count: 8 })] }));
  const rooms: LiveRooms = {
    broadcastToBoard() {},
    async changeRoomState(_room, change) {
      const { update, result } = change(Y.encodeStateAsUpdate(doc));
      if (update) Y.applyUpdate(doc, update);
      return result;
    },
  };
  return { doc, rooms };
}

/** Writes rules into the stored rule set, as the collaboration server would after live edits. */
async function writeRules(boardId: string, docId: string, write: (doc: Y.Doc) => void) {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, (await loadBoardDocState(database.db, boardId, docId))!.update);
  const before = Y.encodeStateVector(doc);
  write(doc);
  await appendBoardUpdates(database.db, boardId, [{ update: Y.encodeStateAsUpdate(doc, before), userId: null }], docId);
}

describe("openRuleSet", () => {
  it("gives a board one rule set, however often it is opened; viewers may not start one", async () => {
    const { board, users } = await team();
    const first = await openRuleSet(database.db, users.editor, { boardId: board.id });
    const second = await openRuleSet(database.db, users.owner, { boardId: board.id });
    expect(first.ok && second.ok && first.value.id === second.value.id).toBe(true);
    expect(await openRuleSet(database.db, users.viewer, { boardId: board.id })).toEqual({
      ok: false,
      error: { kind: "forbidden" },
    });
  });
});

describe("applyPatientShare", () => {
  it("a meeting rule of 4 h/week for doctors sets their share to 90 % and capacity falls once: 320 → 288 h, again 288 h", async () => {
    const { board, users } = await team();
    const set = await openRuleSet(database.db, users.owner, { boardId: board.id });
    if (!set.ok) throw new Error("no rule set");
    await writeRules(board.id, set.value.id, (doc) =>
      addRule(doc, {
        id: "r1",
        category: "meetings",
        text: "Högst 4 h möten",
        params: { meetingMaxHours: 4, resourceIds: ["lak"] },
      }),
    );
    const live = fakeRooms();
    const input = { boardId: board.id, resourceId: "lak" };
    const applied = await applyPatientShare(database.db, users.owner, input, { rooms: live.rooms });
    expect(applied).toMatchObject({ ok: true, value: { share: 0.9, availableBefore: 320, availableAfter: 288 } });
    const after = readBoardFromDoc(live.doc);
    expect(after.resources[0].utilization).toBe(0.9);
    expect(computeBoard(after).resources.lak.available[0]).toBeCloseTo(288, 9);
    const again = await applyPatientShare(database.db, users.owner, input, { rooms: live.rooms });
    expect(again).toMatchObject({ ok: true, value: { share: 0.9, availableBefore: 288, availableAfter: 288 } });
    expect(computeBoard(readBoardFromDoc(live.doc)).resources.lak.available[0]).toBeCloseTo(288, 9);
    const events = await listAuditEvents(database.db, { type: "board", id: board.id });
    expect(events.map((e) => e.event.type).filter((t) => t === "rules.share-applied")).toHaveLength(2);
  });

  it("refuses editors, and a stored rule that fails its schema (weekday 8) with the rule's number", async () => {
    const { board, users } = await team();
    const set = await openRuleSet(database.db, users.owner, { boardId: board.id });
    if (!set.ok) throw new Error("no rule set");
    const live = fakeRooms();
    const input = { boardId: board.id, resourceId: "lak" };
    expect(await applyPatientShare(database.db, users.editor, input, { rooms: live.rooms })).toEqual({
      ok: false,
      error: { kind: "forbidden" },
    });
    await writeRules(board.id, set.value.id, (doc) => {
      addRule(doc, { id: "r1", category: "administration", text: "Admin", params: { adminHours: 2 } });
      const params = doc.getArray<Y.Map<unknown>>(RULES_ARRAY).get(0).get("params") as Y.Map<unknown>;
      params.set("adminMinimalDays", [8]);
    });
    const refused = await applyPatientShare(database.db, users.owner, input, { rooms: live.rooms });
    expect(refused).toMatchObject({
      ok: false,
      error: {
        kind: "invalid",
        field: "rules",
        code: "rulesErrors.storedInvalid",
        details: ["regel 1: params.adminMinimalDays.0"],
      },
    });
    expect(readBoardFromDoc(live.doc).resources[0].utilization).toBeUndefined();
  });
});
