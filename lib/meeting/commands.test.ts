import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { addMeasure, setMeasureStatus } from "@/lib/board/doc-model";
import { isUniqueViolation } from "@/lib/db/errors";
import { appendBoardUpdates, loadBoardDocState } from "@/lib/db/queries/board-docs";
import { findVersion } from "@/lib/db/queries/versions";
import { boardMeetings, type User } from "@/lib/db/schema";
import { createBoardWithMembers, openTestDatabase, type TestDatabase } from "@/lib/db/test-factories";
import type { PksBoard } from "@/lib/engine";
import { createThread } from "@/lib/server/comments/create-thread";
import { runMeetingAction } from "./commands";
import { findOpenMeeting, listMeetingRecords } from "./queries";

let database: TestDatabase;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => {
  await database.remove();
});

const deps = { rooms: null };
const team = () =>
  createBoardWithMembers(database.db, { owner: "owner", editor: "editor", commenter: "commenter", viewer: "viewer" });

/** Edits the stored board document as a person in the browser would. */
async function editBoard(boardId: string, userId: string, edit: (doc: Y.Doc) => void) {
  const state = await loadBoardDocState(database.db, boardId);
  const doc = new Y.Doc();
  Y.applyUpdate(doc, state!.update);
  const before = Y.encodeStateVector(doc);
  edit(doc);
  await appendBoardUpdates(database.db, boardId, [{ update: Y.encodeStateAsUpdate(doc, before), userId }]);
}

describe("meeting commands", () => {
  it("a viewer or commenter cannot start a meeting; an editor can, once", async () => {
    const t = await team();
    for (const who of [t.users.viewer, t.users.commenter]) {
      const refused = await runMeetingAction(database.db, who, t.board.id, { action: "start" }, deps);
      expect(refused).toEqual({ ok: false, error: { kind: "forbidden" } });
    }
    expect(await findOpenMeeting(database.db, t.board.id)).toBeNull();
    const started = await runMeetingAction(database.db, t.users.editor, t.board.id, { action: "start" }, deps);
    expect(started.ok && started.value.presenterId).toBe(t.users.editor.id);
    const again = await runMeetingAction(database.db, t.users.owner, t.board.id, { action: "start" }, deps);
    expect(again.ok).toBe(false);
    expect(!again.ok && again.error.kind === "invalid" && again.error.message).toBe("Ett möte pågår redan på tavlan.");
  });

  it("two people starting at the same moment: one meeting, the other told it is already open", async () => {
    const t = await team();
    const results = await Promise.all(
      [t.users.editor, t.users.owner].map((who) =>
        runMeetingAction(database.db, who, t.board.id, { action: "start" }, deps),
      ),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    const refused = results.find((r) => !r.ok);
    expect(refused && !refused.ok && refused.error.kind === "invalid" && refused.error.message).toBe(
      "Ett möte pågår redan på tavlan.",
    );
  });

  it("the open-meeting index is recognised as such when two inserts race past the check", async () => {
    // What PostgreSQL does when two starts both find no open meeting: the second insert fails on
    // the index; startMeeting answers that with "already open" instead of a server error.
    const t = await team();
    const row = {
      boardId: t.board.id,
      presenterId: t.users.editor.id,
      startedBy: t.users.editor.id,
      participantIds: [],
    };
    await database.db.insert(boardMeetings).values(row);
    const error = await database.db
      .insert(boardMeetings)
      .values(row)
      .then(
        () => null,
        (e: unknown) => e,
      );
    expect(isUniqueViolation(error, "board_meetings_open_idx")).toBe(true);
    expect(isUniqueViolation(error, "another_idx")).toBe(false);
    expect(isUniqueViolation(new Error("boom"))).toBe(false);
  });

  it("only the presenter hands over, and only to an editor or owner", async () => {
    const t = await team();
    const started = await runMeetingAction(database.db, t.users.editor, t.board.id, { action: "start" }, deps);
    if (!started.ok) throw new Error("start");
    const meetingId = started.value.id;
    const handOver = (by: User, to: User) =>
      runMeetingAction(database.db, by, t.board.id, { action: "hand-over", meetingId, toUserId: to.id }, deps);
    expect(await handOver(t.users.viewer, t.users.viewer)).toEqual({ ok: false, error: { kind: "forbidden" } });
    const toViewer = await handOver(t.users.editor, t.users.viewer);
    expect(!toViewer.ok && toViewer.error.kind === "invalid" && toViewer.error.field).toBe("toUserId");
    const toOwner = await handOver(t.users.editor, t.users.owner);
    expect(toOwner.ok && toOwner.value.presenterId).toBe(t.users.owner.id);
    // The former presenter can no longer end it.
    const end = await runMeetingAction(database.db, t.users.editor, t.board.id, { action: "end", meetingId }, deps);
    expect(end).toEqual({ ok: false, error: { kind: "forbidden" } });
  });

  it("ending saves 'Protokoll balanseringsmöte <date>' with participants, decisions and comments", async () => {
    const t = await team();
    const data = t.board.data as PksBoard;
    const measureId = data.measures![0].id;
    await editBoard(t.board.id, t.users.owner.id, (doc) => setMeasureStatus(doc, measureId, "proposed"));
    const started = await runMeetingAction(database.db, t.users.editor, t.board.id, { action: "start" }, deps);
    if (!started.ok) throw new Error("start");
    const meetingId = started.value.id;
    await runMeetingAction(database.db, t.users.viewer, t.board.id, { action: "join", meetingId }, deps);
    await editBoard(t.board.id, t.users.editor.id, (doc) => {
      setMeasureStatus(doc, measureId, "decided");
      addMeasure(doc, { ...data.measures![0], id: "m-new", title: "Ny idé", status: "proposed" });
    });
    const thread = await createThread(database.db, t.users.commenter, {
      boardId: t.board.id,
      anchor: { kind: "measure", id: measureId },
      body: "Vi tar det.",
    });
    expect(thread.ok).toBe(true);
    const ended = await runMeetingAction(database.db, t.users.editor, t.board.id, { action: "end", meetingId }, deps);
    if (!ended.ok) throw new Error(JSON.stringify(ended.error));
    const record = ended.value.record!;
    expect(record.participants.map((p) => p.name)).toEqual(["Person editor", "Person viewer"]);
    expect(record.decisions).toEqual([{ measureId, title: data.measures![0].title, from: "proposed", to: "decided" }]);
    expect(record.comments).toMatchObject([{ author: "Person commenter", body: "Vi tar det." }]);
    const version = await findVersion(database.db, ended.value.versionId!);
    expect(version?.kind).toBe("meeting");
    expect(version?.name).toMatch(/^Protokoll balanseringsmöte \d{1,2} [a-zäö]+$/);
    expect(await findOpenMeeting(database.db, t.board.id)).toBeNull();
    expect((await listMeetingRecords(database.db, t.board.id)).map((m) => m.id)).toEqual([meetingId]);
    const late = await runMeetingAction(database.db, t.users.viewer, t.board.id, { action: "join", meetingId }, deps);
    expect(!late.ok && late.error.kind === "invalid" && late.error.message).toBe("Mötet har redan avslutats.");
  });
});
