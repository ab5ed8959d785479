import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { removePlanningObject } from "@/lib/board/doc-model";
import type { CommentAnchor } from "@/lib/comments/anchor";
import { listAuditEvents } from "@/lib/db/queries/audit";
import { appendBoardUpdates, loadBoardDocState } from "@/lib/db/queries/board-docs";
import { listNotifications } from "@/lib/db/queries/notifications";
import type { Board, User } from "@/lib/db/schema";
import { countAuditRows, createBoardWithMembers, openTestDatabase, type TestDatabase } from "@/lib/db/test-factories";
import type { PksBoard } from "@/lib/engine";
import { markNotificationsRead } from "../notifications/mark-notifications-read";
import { createThread } from "./create-thread";
import { deleteComment, editComment } from "./edit-comment";
import { listThreads } from "./list-threads";
import { replyToThread } from "./reply-to-thread";
import { setThreadResolved } from "./set-thread-resolved";

let database: TestDatabase;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => {
  await database.remove();
});

type Team = { board: Board; users: Record<"owner" | "editor" | "commenter" | "viewer", User>; data: PksBoard };
async function team(): Promise<Team> {
  const made = await createBoardWithMembers(database.db, {
    owner: "owner",
    editor: "editor",
    commenter: "commenter",
    viewer: "viewer",
  });
  return { ...made, data: made.board.data as PksBoard };
}
const cellOf = (t: Team): CommentAnchor => ({
  kind: "cell",
  table: "history",
  row: t.data.planningObjects[0].id,
  col: t.data.horizon.start,
});
const events = (boardId: string) =>
  listAuditEvents(database.db, { type: "board", id: boardId }).then((rows) => rows.map((r) => r.event.type));

describe("createThread", () => {
  it("a commenter starts a thread on a cell: stored with the place's label, audited, listed", async () => {
    const t = await team();
    const result = await createThread(database.db, t.users.commenter, {
      boardId: t.board.id,
      anchor: cellOf(t),
      body: "  Stämmer siffran?  ",
    });
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    const listed = await listThreads(database.db, t.users.viewer, t.board.id);
    if (!listed.ok) throw new Error("list");
    const [thread] = listed.value.threads;
    const week = Number(t.data.horizon.start.split("-W")[1]);
    expect(thread.placeLabel).toBe(
      `${t.data.planningObjects[0].service}, v. ${week} ${t.data.horizon.start.slice(0, 4)}`,
    );
    expect(thread.section).toBe("demand");
    expect(thread.isOrphaned).toBe(false);
    expect(thread.comments.map((c) => c.body)).toEqual(["Stämmer siffran?"]);
    expect(await events(t.board.id)).toEqual(["comment.added"]);
    expect(listed.value.canComment).toBe(false);
  });

  it("refuses an empty and a 10 001-character comment in Swedish, writing nothing", async () => {
    const t = await team();
    const before = await countAuditRows(database.db);
    const empty = await createThread(database.db, t.users.owner, {
      boardId: t.board.id,
      anchor: cellOf(t),
      body: "   ",
    });
    expect(empty).toMatchObject({ ok: false, error: { field: "body", message: "Skriv en kommentar." } });
    const long = await createThread(database.db, t.users.owner, {
      boardId: t.board.id,
      anchor: cellOf(t),
      body: "x".repeat(10_001),
    });
    expect(long).toMatchObject({
      ok: false,
      error: { field: "body", message: "Kommentaren får vara högst 10 000 tecken." },
    });
    const exact = await createThread(database.db, t.users.owner, {
      boardId: t.board.id,
      anchor: cellOf(t),
      body: "x".repeat(10_000),
    });
    expect(exact.ok).toBe(true);
    expect(await countAuditRows(database.db)).toBe(before + 1);
  });

  it("refuses a place that does not exist: a removed object, a non-week, a document of no kind", async () => {
    const t = await team();
    const anchors: CommentAnchor[] = [
      { kind: "planning-object", id: "finns-inte" },
      { kind: "cell", table: "history", row: t.data.planningObjects[0].id, col: "2027-W60" },
      { kind: "cell", table: "availability", row: t.data.planningObjects[0].id, col: t.data.horizon.start },
      { kind: "rule", docId: "00000000-0000-4000-8000-000000000000" },
    ];
    for (const anchor of anchors) {
      const result = await createThread(database.db, t.users.owner, { boardId: t.board.id, anchor, body: "Hej" });
      expect(result).toMatchObject({
        ok: false,
        error: { field: "anchor", message: "Det du vill kommentera finns inte längre på tavlan." },
      });
    }
    const resource = await createThread(database.db, t.users.owner, {
      boardId: t.board.id,
      anchor: { kind: "resource", id: t.data.resources[0].id },
      body: "Hej",
    });
    expect(resource.ok).toBe(true);
  });

  it("viewers get 403 and non-members 404; mentions of non-members are refused", async () => {
    const t = await team();
    const other = await team();
    const input = { boardId: t.board.id, anchor: cellOf(t), body: "Hej" };
    expect(await createThread(database.db, t.users.viewer, input)).toEqual({ ok: false, error: { kind: "forbidden" } });
    expect(await createThread(database.db, other.users.owner, input)).toEqual({
      ok: false,
      error: { kind: "not-found" },
    });
    const mention = await createThread(database.db, t.users.owner, { ...input, mentions: [other.users.owner.id] });
    expect(mention).toMatchObject({
      ok: false,
      error: { field: "mentions", message: "Bara medlemmar av tavlan kan nämnas." },
    });
  });
});

describe("replies, mentions and notifications", () => {
  it("a reply with a mention notifies the mentioned and the thread's author; marking read clears the count", async () => {
    const t = await team();
    const created = await createThread(database.db, t.users.owner, {
      boardId: t.board.id,
      anchor: cellOf(t),
      body: "Fråga",
    });
    if (!created.ok) throw new Error("create");
    const reply = await replyToThread(database.db, t.users.commenter, {
      boardId: t.board.id,
      threadId: created.value.threadId,
      body: "@Person editor kan du kolla?",
      mentions: [t.users.editor.id],
    });
    expect(reply.ok).toBe(true);
    const owner = await listNotifications(database.db, t.users.owner.id);
    const editor = await listNotifications(database.db, t.users.editor.id);
    const commenter = await listNotifications(database.db, t.users.commenter.id);
    expect(owner.unread).toBe(1);
    expect(owner.items[0]).toMatchObject({
      kind: "reply",
      link: `/boards/${t.board.id}/behov?thread=${created.value.threadId}`,
    });
    expect(editor.items.map((n) => n.kind)).toEqual(["mention"]);
    expect(editor.items[0].text).toContain("Person commenter nämnde dig");
    expect(commenter.unread).toBe(0);
    const marked = await markNotificationsRead(database.db, t.users.editor, { ids: [owner.items[0].id] });
    expect(marked).toEqual({ ok: true, value: { marked: 0 } });
    expect(await markNotificationsRead(database.db, t.users.owner, { ids: "all" })).toEqual({
      ok: true,
      value: { marked: 1 },
    });
    expect((await listNotifications(database.db, t.users.owner.id)).unread).toBe(0);
  });

  it("refuses a reply to a thread of another board", async () => {
    const t = await team();
    const other = await team();
    const created = await createThread(database.db, other.users.owner, {
      boardId: other.board.id,
      anchor: cellOf(other),
      body: "A",
    });
    if (!created.ok) throw new Error("create");
    const reply = await replyToThread(database.db, t.users.owner, {
      boardId: t.board.id,
      threadId: created.value.threadId,
      body: "B",
    });
    expect(reply).toMatchObject({ ok: false, error: { field: "threadId", message: "Tråden finns inte på tavlan." } });
  });
});

describe("edit, delete, resolve", () => {
  it("only the author edits or deletes a comment; a deleted comment keeps its place", async () => {
    const t = await team();
    const created = await createThread(database.db, t.users.commenter, {
      boardId: t.board.id,
      anchor: cellOf(t),
      body: "Först",
    });
    if (!created.ok) throw new Error("create");
    const { commentId } = created.value;
    const byOwner = await editComment(database.db, t.users.owner, { boardId: t.board.id, commentId, body: "Nej" });
    expect(byOwner).toMatchObject({
      ok: false,
      error: { message: "Du kan bara ändra eller ta bort dina egna kommentarer." },
    });
    expect(
      (await editComment(database.db, t.users.commenter, { boardId: t.board.id, commentId, body: "Ändrad" })).ok,
    ).toBe(true);
    expect((await deleteComment(database.db, t.users.commenter, { boardId: t.board.id, commentId })).ok).toBe(true);
    const again = await editComment(database.db, t.users.commenter, { boardId: t.board.id, commentId, body: "Igen" });
    expect(again).toMatchObject({ ok: false, error: { message: "Kommentaren är borttagen." } });
    const listed = await listThreads(database.db, t.users.owner, t.board.id);
    if (!listed.ok) throw new Error("list");
    expect(listed.value.threads[0].comments).toMatchObject([{ body: "", isDeleted: true }]);
    expect(await events(t.board.id)).toEqual(["comment.added", "comment.edited", "comment.deleted"]);
  });

  it("resolves and reopens once each; resolving twice records nothing more", async () => {
    const t = await team();
    const created = await createThread(database.db, t.users.owner, {
      boardId: t.board.id,
      anchor: cellOf(t),
      body: "X",
    });
    if (!created.ok) throw new Error("create");
    const input = { boardId: t.board.id, threadId: created.value.threadId };
    expect(await setThreadResolved(database.db, t.users.commenter, { ...input, resolved: true })).toEqual({
      ok: true,
      value: { changed: true },
    });
    expect(await setThreadResolved(database.db, t.users.owner, { ...input, resolved: true })).toEqual({
      ok: true,
      value: { changed: false },
    });
    expect(await setThreadResolved(database.db, t.users.viewer, { ...input, resolved: false })).toEqual({
      ok: false,
      error: { kind: "forbidden" },
    });
    expect(await setThreadResolved(database.db, t.users.owner, { ...input, resolved: false })).toEqual({
      ok: true,
      value: { changed: true },
    });
    expect(await events(t.board.id)).toEqual(["comment.added", "comment.thread-resolved", "comment.thread-resolved"]);
  });

  it("a thread whose object was removed is listed as orphaned with its last known place", async () => {
    const t = await team();
    const [first, ...rest] = t.data.planningObjects;
    const created = await createThread(database.db, t.users.owner, {
      boardId: t.board.id,
      anchor: { kind: "planning-object", id: first.id },
      body: "Behövs den?",
    });
    if (!created.ok) throw new Error("create");
    // The planning object is removed in the shared document (as a person in the grid would).
    const state = await loadBoardDocState(database.db, t.board.id);
    const doc = new Y.Doc();
    Y.applyUpdate(doc, state!.update);
    const before = Y.encodeStateVector(doc);
    removePlanningObject(doc, first.id);
    const update = Y.encodeStateAsUpdate(doc, before);
    await appendBoardUpdates(database.db, t.board.id, [{ update, userId: t.users.owner.id }]);
    expect(rest.length).toBeGreaterThan(0);
    const listed = await listThreads(database.db, t.users.owner, t.board.id);
    if (!listed.ok) throw new Error("list");
    expect(listed.value.threads[0]).toMatchObject({ isOrphaned: true, placeLabel: first.service });
  });
});
