import type { Page } from "@playwright/test";
import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import { WebSocket } from "ws";
import * as syncProtocol from "y-protocols/sync";
import * as Y from "yjs";
import { isBoardDocInitialized, readBoardFromDoc, setHistoryValue } from "../../lib/board/doc-model";
import { contextAs, createBoard, DEMO, expect, test } from "./fixtures";
import { BoardPage, GRIDS } from "./pages/board-page";
import { CommentsPage } from "./pages/comments";
import { WeekGridPage } from "./pages/grid";

/** This spec's own board: Maria owns it, Anders edits, Johan comments. */
let board: { id: string; name: string };

async function openDemand(page: Page): Promise<{ grid: WeekGridPage; comments: CommentsPage }> {
  const boardPage = new BoardPage(page, board.id);
  await boardPage.open("behov");
  await boardPage.expectSaved();
  return { grid: new WeekGridPage(page, GRIDS.history), comments: new CommentsPage(page) };
}

test.describe("comments and notifications", () => {
  test.beforeAll(async ({ browser }) => {
    const { context, page } = await contextAs(browser, DEMO.taktisk);
    const members = [
      { email: DEMO.strategisk, role: "editor" as const },
      { email: DEMO.operativ, role: "commenter" as const },
    ];
    board = await createBoard(context.request, { name: `Kommentarer-e2e ${Date.now()}`, members }, page);
    await context.close();
  });

  test("a comment on a cell reaches B within a second; B's @mention notifies A; resolving hides it", async ({
    browser,
  }) => {
    const a = await contextAs(browser, DEMO.taktisk);
    const b = await contextAs(browser, DEMO.strategisk);
    await a.page.setViewportSize({ width: 1280, height: 720 });
    const inA = await openDemand(a.page);
    const inB = await openDemand(b.page);
    await expect(inB.comments.toggle()).toHaveText(/Kommentarer \(0 öppna\)/);

    const text = `Stämmer historiken här? ${Date.now()}`;
    await inA.grid.cell(0, 0).click({ button: "right" });
    await inA.comments.startThread(text);
    const sent = Date.now();
    await expect(inB.comments.toggle()).toHaveText(/Kommentarer \(1 öppna\)/, { timeout: 1_000 });
    expect(Date.now() - sent).toBeLessThan(1_000);
    await expect(inB.grid.cell(0, 0)).toHaveAttribute("data-comments", "1");
    await expect(b.page.getByTestId("rail-comments-demand")).toContainText("1");

    await inB.comments.toggle().click();
    await expect(inB.comments.threads().filter({ hasText: text })).toHaveCount(1);
    await inB.comments.reply(text, "kan du kolla vecka 1?", "Maria Svensson");
    await expect(inA.comments.bellCount()).toHaveText("1", { timeout: 2_000 });
    await a.page.getByTestId("notification-bell").click();
    await expect(a.page.getByTestId("notification-item").first()).toContainText("Anders Berg nämnde dig");

    await a.page.reload();
    await expect(inA.comments.bellCount()).toHaveText("1");
    await a.page.getByTestId("notification-bell").click();
    await a.page.getByTestId("notification-item").first().click();
    await expect(inA.comments.drawer()).toBeVisible();
    await expect(inA.comments.bellCount()).toHaveCount(0);
    await a.page.screenshot({ path: "docs/screenshots/comments-drawer.png" });

    const thread = inA.comments.threads().filter({ hasText: text });
    await thread.getByRole("button", { name: "Markera som löst" }).click();
    await a.page.goto(`/boards/${board.id}/behov`);
    await inA.comments.toggle().click();
    await expect(inA.comments.threads().filter({ hasText: text })).toHaveCount(0);
    await inA.comments.filter("Lösta");
    await expect(inA.comments.threads().filter({ hasText: text })).toHaveCount(1);
    await expect(inB.comments.toggle()).toHaveText(/Kommentarer \(0 öppna\)/);
    await a.context.close();
    await b.context.close();
  });

  test("a commenter comments with Ctrl+Alt+M but cannot edit cells, in the UI or raw", async ({ browser, baseURL }) => {
    const johan = await contextAs(browser, DEMO.operativ);
    const { grid, comments } = await openDemand(johan.page);
    const before = await (await johan.page.request.get(`/api/boards/${board.id}/export`)).json();
    const cell = grid.cell(1, 2);
    await expect(cell).toHaveAttribute("aria-readonly", "true");
    const shown = await grid.text(1, 2);
    await cell.click();
    await johan.page.keyboard.type("999");
    await johan.page.keyboard.press("Enter");
    expect(await grid.text(1, 2)).toBe(shown);

    await cell.click();
    await johan.page.keyboard.press("Control+Alt+m");
    await comments.startThread("Från en kommentator");
    await expect(comments.threads().filter({ hasText: "Från en kommentator" })).toHaveCount(1);

    const { token } = await (await johan.page.request.post(`/api/boards/${board.id}/collab-token`)).json();
    const ws = new WebSocket(`${baseURL!.replace("http", "ws")}/collab/${board.id}?token=${token}`, {
      headers: { origin: baseURL! },
    });
    // Sync the board document like a client would, then change a cell and send the update.
    const doc = new Y.Doc();
    ws.on("message", (data: Buffer) => {
      const decoder = decoding.createDecoder(new Uint8Array(data));
      if (decoding.readVarUint(decoder) === 0)
        syncProtocol.readSyncMessage(decoder, encoding.createEncoder(), doc, null);
    });
    await new Promise((resolve) => ws.once("open", resolve));
    const step1 = encoding.createEncoder();
    encoding.writeVarUint(step1, 0);
    syncProtocol.writeSyncStep1(step1, doc);
    ws.send(encoding.toUint8Array(step1));
    await expect.poll(() => isBoardDocInitialized(doc)).toBe(true);
    const data = readBoardFromDoc(doc);
    const stateBefore = Y.encodeStateVector(doc);
    setHistoryValue(doc, data.planningObjects[1].id, data.horizon.start, 999_999);
    const message = encoding.createEncoder();
    encoding.writeVarUint(message, 0);
    syncProtocol.writeUpdate(message, Y.encodeStateAsUpdate(doc, stateBefore));
    ws.send(encoding.toUint8Array(message));
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    ws.close();
    const after = await (await johan.page.request.get(`/api/boards/${board.id}/export`)).json();
    expect(after).toEqual(before);
    expect(JSON.stringify(after)).not.toContain("999999");
    await johan.context.close();
  });
});
