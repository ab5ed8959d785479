import type { Page } from "@playwright/test";
import { contextAs, createBoard, DEMO, expect, test } from "./fixtures";

/** This spec's own board: Maria owns it, Anders edits, Johan reads. */
let board: { id: string; name: string };
const shots = process.env.PKS_SCREENSHOTS_DIR;

async function screenshot(page: Page, name: string) {
  if (!shots) return;
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.waitForTimeout(500);
  await page.screenshot({ path: `${shots}/${name}.png` });
}

function editor(page: Page) {
  return page.getByTestId("document-editor").locator(".ProseMirror").first();
}

/** The editor's blocks' text, without others' caret labels. */
function blocks(page: Page): Promise<string[]> {
  return editor(page).evaluate((root) => {
    const copy = root.cloneNode(true) as HTMLElement;
    for (const caret of copy.querySelectorAll(".collab-caret")) caret.remove();
    return [...copy.children].map((b) => b.textContent ?? "");
  });
}

/** Puts the caret into the empty paragraph right after the heading `heading`. */
async function clickAfterHeading(page: Page, heading: string) {
  await editor(page).locator(`h2:text-is("${heading}") + p`).click();
}

async function waitSaved(page: Page) {
  await expect(page.locator("[data-save-status]").first()).toHaveAttribute("data-save-status", "saved");
}

async function createStartAgreement(page: Page, title: string): Promise<string> {
  await page.goto(`/boards/${board.id}/agreements`);
  await page.getByLabel("Titel", { exact: true }).fill(title);
  await page.getByRole("button", { name: "Ny överenskommelse" }).click();
  await page.waitForURL(/\/agreements\/[0-9a-f-]{36}$/);
  await waitSaved(page);
  return page.url();
}

test.describe("documents: agreements and self-assessment", () => {
  test.beforeAll(async ({ browser }) => {
    const { context, page } = await contextAs(browser, DEMO.taktisk);
    const members = [
      { email: DEMO.strategisk, role: "editor" as const },
      { email: DEMO.operativ, role: "viewer" as const },
    ];
    board = await createBoard(context.request, { name: `Dokument-e2e ${Date.now()}`, members }, page);
    await context.close();
  });

  test("the start agreement has the five headings, the three example goals and its parties", async ({ browser }) => {
    const { context, page } = await contextAs(browser, DEMO.taktisk);
    await createStartAgreement(page, "Uppstart ortopedmottagningen");
    await expect(editor(page).locator("h2")).toHaveText([
      "Mål",
      "Förväntningar",
      "Klinikens/enhetens arbetsgrupp",
      "Tidplan",
      "Uppföljning",
    ]);
    const goalPrompt = editor(page).locator('h3:text-is("Vad ska åstadkommas (mål)?") + p');
    const placeholder = (await goalPrompt.getAttribute("data-placeholder")) ?? "";
    expect(placeholder.split("\n")).toHaveLength(3);
    expect(placeholder).toContain("80 % av nybesöken till sjuksköterska ska få en bokad kontakt inom 60 dagar.");
    expect(placeholder).toContain("inom medicinskt måldatum");
    expect(placeholder).toContain("inom 60 minuter under mottagningens öppettider");
    const changePrompt = editor(page).locator(
      'h3:text-is("Vad ska vara annorlunda när PKS-programmet går in i styrning/förvaltning?") + p',
    );
    expect(((await changePrompt.getAttribute("data-placeholder")) ?? "").split("\n")).toHaveLength(6);
    await expect(page.getByTestId("parties")).toHaveText("Sjukvårdsdirektör · Verksamhetschef");

    await page.getByRole("button", { name: "Lägg till mål" }).click();
    await page.getByLabel("Mått").fill("Nybesök till sjuksköterska med bokad kontakt");
    await page.getByLabel("Mål %").fill("80");
    await page.getByLabel("Antal").fill("60");
    await page.getByRole("button", { name: "Lägg till delmål" }).click();
    await page.getByLabel("Andel %").fill("hundra");
    await page.getByLabel("Andel %").blur();
    await expect(page.getByRole("alert").filter({ hasText: "Ange en andel mellan 0 och 100" })).toBeVisible();
    await page.getByLabel("Andel %").fill("90");
    await page.getByLabel("Andel %").blur();
    await screenshot(page, "agreement");
    await page.goto(`/boards/${board.id}/agreements`);
    await expect(page.getByRole("link", { name: /Överenskommelser/ })).toContainText("1");
    await page.getByLabel("Sök på titel").fill("ortoped");
    await page.getByRole("button", { name: "Sök på titel" }).click();
    await expect(page.getByTestId("agreement-list").getByRole("link")).toHaveText(["Uppstart ortopedmottagningen"]);
    await screenshot(page, "agreements");
    await context.close();
  });

  test("two documents open in two browsers stay apart, and the board overview loads neither text", async ({
    browser,
  }) => {
    const a = await contextAs(browser, DEMO.taktisk);
    const first = await createStartAgreement(a.page, `Första dokumentet ${Date.now()}`);
    const second = await createStartAgreement(a.page, `Andra dokumentet ${Date.now()}`);
    await a.page.goto(first);
    await waitSaved(a.page);
    const b = await contextAs(browser, DEMO.strategisk);
    await b.page.goto(second);
    await waitSaved(b.page);
    const inFirst = `ENDAST-FORSTA-${Date.now()}`;
    const inSecond = `ENDAST-ANDRA-${Date.now()}`;
    await clickAfterHeading(a.page, "Tidplan");
    await clickAfterHeading(b.page, "Tidplan");
    await Promise.all([a.page.keyboard.insertText(inFirst), b.page.keyboard.insertText(inSecond)]);
    await expect.poll(() => blocks(a.page)).toEqual(expect.arrayContaining([inFirst]));
    await expect.poll(() => blocks(b.page)).toEqual(expect.arrayContaining([inSecond]));
    await waitSaved(a.page);
    await waitSaved(b.page);
    expect((await blocks(a.page)).join("\n")).not.toContain(inSecond);
    expect((await blocks(b.page)).join("\n")).not.toContain(inFirst);

    // A third person opens the board's overview: every socket frame and the page itself are free
    // of both documents' text (documents load only when opened).
    const viewer = await contextAs(browser, DEMO.operativ);
    const frames: string[] = [];
    viewer.page.on("websocket", (ws) => {
      ws.on("framereceived", (frame) => {
        frames.push(typeof frame.payload === "string" ? frame.payload : frame.payload.toString("latin1"));
      });
    });
    await viewer.page.goto(`/boards/${board.id}`);
    await expect(viewer.page.getByTestId("balance-verdict")).toBeVisible();
    await expect.poll(() => frames.length).toBeGreaterThan(0);
    await viewer.page.waitForTimeout(1500);
    const received = frames.join("");
    expect(received).not.toContain(inFirst);
    expect(received).not.toContain(inSecond);
    const html = await viewer.page.content();
    expect(html).not.toContain(inFirst);
    expect(html).not.toContain(inSecond);
    for (const context of [a.context, b.context, viewer.context]) await context.close();
  });

  test("two people type into the same agreement at once and see both texts, carets and names; reload keeps it", async ({
    browser,
  }) => {
    const a = await contextAs(browser, DEMO.taktisk);
    const url = await createStartAgreement(a.page, "Gemensamt skriven överenskommelse");
    const b = await contextAs(browser, DEMO.strategisk);
    await b.page.goto(url);
    await waitSaved(b.page);
    const mine = `Tidplan från Maria ${Date.now()}`;
    const theirs = `Uppföljning från Anders ${Date.now()}`;
    await clickAfterHeading(a.page, "Tidplan");
    await clickAfterHeading(b.page, "Uppföljning");
    await Promise.all([a.page.keyboard.type(mine, { delay: 15 }), b.page.keyboard.type(theirs, { delay: 15 })]);
    for (const page of [a.page, b.page]) {
      await expect.poll(() => blocks(page)).toEqual(expect.arrayContaining([mine, theirs]));
    }
    await expect(a.page.locator(".collab-caret__label", { hasText: "Anders Berg" })).toBeVisible();
    await expect(b.page.locator(".collab-caret__label", { hasText: "Maria Svensson" })).toBeVisible();
    // A third person, with no local copy, gets both texts from the server; a reload keeps them.
    const viewer = await contextAs(browser, DEMO.operativ);
    await viewer.page.goto(url);
    await expect.poll(() => blocks(viewer.page)).toEqual(expect.arrayContaining([mine, theirs]));
    await a.page.reload();
    await expect.poll(() => blocks(a.page)).toEqual(expect.arrayContaining([mine, theirs]));

    // The viewer cannot type: the editor is not editable and the text stays as it was.
    await expect(editor(viewer.page)).toHaveAttribute("contenteditable", "false");
    await expect(viewer.page.getByTestId("editor-readonly")).toBeVisible();
    await editor(viewer.page).locator("p", { hasText: mine }).click();
    await viewer.page.keyboard.type("Läsaren skriver");
    await expect
      .poll(() => blocks(viewer.page))
      .not.toEqual(expect.arrayContaining([expect.stringContaining("Läsaren")]));
    await expect(viewer.page.getByRole("button", { name: "Lägg till mål" })).toHaveCount(0);
    await expect.poll(() => blocks(a.page)).not.toEqual(expect.arrayContaining([expect.stringContaining("Läsaren")]));
    for (const c of [a, b, viewer]) await c.context.close();
  });

  test("the self-assessment shows all 40 statements; saved rounds appear in the chart and a second round shows change", async ({
    browser,
  }) => {
    const { context, page } = await contextAs(browser, DEMO.taktisk);
    const answerRound = async (title: string, answer: string) => {
      await page.goto(`/boards/${board.id}/self-assessment`);
      await page.getByLabel("Omgångens namn").fill(title);
      await page.getByRole("button", { name: "Starta en ny omgång" }).click();
      await page.waitForURL(/\/self-assessment\/[0-9a-f-]{36}$/);
      await expect(page.getByTestId("statement")).toHaveCount(40);
      await expect(page.getByTestId("checklist-activity")).toHaveCount(6);
      const first = page.getByTestId("statement").first();
      await first.getByLabel(answer).check();
      await page.getByTestId("statement").nth(1).getByLabel("Instämmer delvis").check();
      await expect(page.getByTestId("result-c1")).toContainText("påstående");
      await waitSaved(page);
      await screenshot(page, "self-assessment-round");
      await page.getByRole("button", { name: "Spara omgången" }).click();
      await expect(page.getByTestId("document-status")).toHaveText("Sparad");
    };
    await answerRound("Omgång våren", "Instämmer inte alls");
    await page.goto(`/boards/${board.id}/self-assessment`);
    await expect(page.getByTestId("history-c1").getByTestId("history-round")).toHaveCount(1);
    await answerRound("Omgång hösten", "Instämmer i hög grad");
    await page.goto(`/boards/${board.id}/self-assessment`);
    const rows = page.getByTestId("history-c1").getByTestId("history-round");
    await expect(rows).toHaveCount(2);
    await expect(rows.nth(1).getByTestId("history-change")).toHaveText("1 svar ändrat");
    await expect(
      page.getByTestId("history-c2").getByTestId("history-round").nth(1).getByTestId("history-change"),
    ).toHaveText("oförändrat");
    await screenshot(page, "self-assessment");
    await context.close();
  });
});
