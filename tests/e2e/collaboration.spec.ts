import type { Page } from "@playwright/test";
import * as encoding from "lib0/encoding";
import { WebSocket } from "ws";
import * as syncProtocol from "y-protocols/sync";
import * as Y from "yjs";
import { contextAs, createBoard, DEMO, expect, test } from "./fixtures";

/** This spec's own copy of the demo board (Anders may edit, Johan may read), never the shared one. */
let board: { id: string; name: string };

async function openBoard(page: Page): Promise<string> {
  await page.goto(`/boards/${board.id}`);
  await expect(page.getByTestId("save-status")).toHaveAttribute("data-status", "saved");
  return board.id;
}

function notes(page: Page) {
  return page.getByRole("textbox", { name: "Anteckningar från dialogen" });
}

/** The editor's paragraphs without other people's caret labels. */
function documentText(page: Page): Promise<string[]> {
  return notes(page).evaluate((editor) => {
    const copy = editor.cloneNode(true) as HTMLElement;
    for (const caret of copy.querySelectorAll(".collab-caret")) caret.remove();
    return [...copy.children].map((block) => block.textContent ?? "");
  });
}

/** Opens a raw collaboration socket from Node, as a client that skips the UI would. */
function rawSocket(url: string, origin?: string): Promise<{ ws?: WebSocket; status?: number }> {
  return new Promise((resolve) => {
    const ws = new WebSocket(url, origin ? { headers: { origin } } : {});
    ws.once("open", () => resolve({ ws }));
    ws.once("unexpected-response", (_req, res) => resolve({ status: res.statusCode }));
    ws.once("error", () => resolve({}));
  });
}

test.describe("real-time collaboration", () => {
  test.beforeAll(async ({ browser }) => {
    const { context, page } = await contextAs(browser, DEMO.taktisk);
    const members = [
      { email: DEMO.strategisk, role: "editor" as const },
      { email: DEMO.operativ, role: "viewer" as const },
    ];
    board = await createBoard(context.request, { name: `Samarbete-e2e ${Date.now()}`, members }, page);
    await context.close();
  });

  test("two people see each other's text and presence within a second", async ({ browser }) => {
    const a = await contextAs(browser, DEMO.taktisk);
    const b = await contextAs(browser, DEMO.strategisk);
    await openBoard(a.page);
    await openBoard(b.page);
    await expect(a.page.getByTestId("presence").getByText("Anders Berg", { exact: false })).toHaveCount(1);
    await expect(b.page.getByTestId("presence").getByText("Maria Svensson", { exact: false })).toHaveCount(1);

    const line = `Överens om hyrläkare ${Date.now()}`;
    await notes(a.page).click();
    await a.page.keyboard.press("Control+End");
    await a.page.keyboard.type(line);
    await expect(notes(b.page)).toContainText(line, { timeout: 1_000 });
    await expect(a.page.getByTestId("save-status")).toHaveAttribute("data-status", "saved");

    // After a reload the text comes back from the server: it was stored.
    await b.page.reload();
    await expect(notes(b.page)).toContainText(line);
    await a.context.close();
    await b.context.close();
  });

  test("a viewer cannot edit in the UI, and raw updates over the socket change nothing", async ({
    browser,
    baseURL,
  }) => {
    const viewer = await contextAs(browser, DEMO.operativ);
    const boardId = await openBoard(viewer.page);
    await expect(notes(viewer.page)).toHaveAttribute("contenteditable", "false");
    const before = await (await viewer.page.request.get(`/api/boards/${boardId}/export`)).json();

    const { token } = await (await viewer.page.request.post(`/api/boards/${boardId}/collab-token`)).json();
    const { ws } = await rawSocket(`${baseURL!.replace("http", "ws")}/collab/${boardId}?token=${token}`, baseURL);
    expect(ws, "the viewer may open a read-only socket").toBeDefined();
    const doc = new Y.Doc();
    doc.getMap("pks.meta").set("name", "Kapad av en läsare");
    const message = encoding.createEncoder();
    encoding.writeVarUint(message, 0);
    syncProtocol.writeUpdate(message, Y.encodeStateAsUpdate(doc));
    ws!.send(encoding.toUint8Array(message));
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    ws!.close();

    const after = await (await viewer.page.request.get(`/api/boards/${boardId}/export`)).json();
    expect(after.board.name).toBe(board.name);
    expect(after).toEqual(before);
    await viewer.context.close();
  });

  test("upgrades without a valid token or from another origin are refused", async ({ browser, baseURL }) => {
    const owner = await contextAs(browser, DEMO.taktisk);
    const boardId = await openBoard(owner.page);
    const wsBase = `${baseURL!.replace("http", "ws")}/collab/${boardId}`;
    expect((await rawSocket(wsBase, baseURL)).status).toBe(401);
    expect((await rawSocket(`${wsBase}?token=forged.token`, baseURL)).status).toBe(401);
    const { token } = await (await owner.page.request.post(`/api/boards/${boardId}/collab-token`)).json();
    expect((await rawSocket(`${wsBase}?token=${token}`, "https://evil.example")).status).toBe(403);
    const other = await contextAs(browser, DEMO.karin);
    // Karin is not a member: no token for her, and the owner's token does not open another board.
    expect((await other.page.request.post(`/api/boards/${boardId}/collab-token`)).status()).toBe(404);
    const otherBoard = `${baseURL!.replace("http", "ws")}/collab/00000000-0000-0000-0000-000000000000?token=${token}`;
    expect((await rawSocket(otherBoard, baseURL)).status).toBe(401);
    await owner.context.close();
    await other.context.close();
  });

  test("edits made offline are kept and merge with others' edits on reconnect", async ({ browser }) => {
    const a = await contextAs(browser, DEMO.taktisk);
    const b = await contextAs(browser, DEMO.strategisk);
    await openBoard(a.page);
    await openBoard(b.page);

    await a.context.setOffline(true);
    await expect(a.page.getByTestId("save-status")).toHaveAttribute("data-status", /offline|unsaved|connecting/);
    const offlineLine = `Skrivet offline ${Date.now()}`;
    const onlineLine = `Skrivet online ${Date.now()}`;
    await notes(a.page).click();
    await a.page.keyboard.press("Control+End");
    await a.page.keyboard.press("Enter");
    await a.page.keyboard.type(offlineLine);
    await notes(b.page).click();
    await b.page.keyboard.press("Control+Home");
    await b.page.keyboard.type(onlineLine);
    await b.page.keyboard.press("Enter");
    await expect(b.page.getByTestId("save-status")).toHaveAttribute("data-status", "saved");
    await expect(notes(b.page)).not.toContainText(offlineLine);

    await a.context.setOffline(false);
    await expect(a.page.getByTestId("save-status")).toHaveAttribute("data-status", "saved", { timeout: 20_000 });
    await expect(notes(a.page)).toContainText(onlineLine);
    await expect(notes(b.page)).toContainText(offlineLine);
    expect(await documentText(a.page)).toEqual(await documentText(b.page));
    await a.context.close();
    await b.context.close();
  });
});
