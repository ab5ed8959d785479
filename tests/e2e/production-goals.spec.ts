import type { Locator, Page } from "@playwright/test";
import { contextAs, createBoard, DEMO, expect, test } from "./fixtures";
import { GRIDS } from "./pages/board-page";
import { WeekGridPage } from "./pages/grid";

/** This spec's own board: Anders owns it, Maria edits, Johan reads. */
let board: { id: string; name: string };
const shots = process.env.PKS_SCREENSHOTS_DIR;

async function screenshot(page: Page, name: string) {
  if (!shots) return;
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.waitForTimeout(500);
  await page.screenshot({ path: `${shots}/${name}.png` });
}

function editor(page: Page): Locator {
  return page.getByTestId("document-editor").locator(".ProseMirror").first();
}

/** The planned production of every cell of the goals table, in order (without drift notes). */
function goalFigures(page: Page): Promise<string[]> {
  return page.getByTestId("production-goals-table").getByTestId("goal-planned").allTextContents();
}

/** Sets the first resource's availability in the ninth week of the horizon, on Kapacitet. */
async function setAvailability(page: Page, percent: string) {
  const grid = new WeekGridPage(page, GRIDS.availability);
  await grid.setCell(0, 8, percent);
  await expect(grid.cell(0, 8)).toHaveText(`${percent} %`);
  await expect(page.getByTestId("save-status")).toHaveAttribute("data-status", "saved");
}

test.describe("agreement on production goals", () => {
  test.beforeAll(async ({ browser }) => {
    const { context, page } = await contextAs(browser, DEMO.taktisk);
    const members = [
      { email: DEMO.strategisk, role: "editor" as const },
      { email: DEMO.operativ, role: "viewer" as const },
    ];
    board = await createBoard(context.request, { name: `Produktionsmål-e2e ${Date.now()}`, members }, page);
    await context.close();
  });

  test("its table follows the plan live while a draft and stays frozen, with the drift shown, once fastställd", async ({
    browser,
  }) => {
    test.setTimeout(120_000);
    const a = await contextAs(browser, DEMO.taktisk);
    const b = await contextAs(browser, DEMO.strategisk);
    await a.page.goto(`/boards/${board.id}/agreements`);
    await a.page.getByLabel("Titel på överenskommelsen om produktionsmål").fill("Produktionsmål 2027");
    await a.page.getByRole("button", { name: "Skapa överenskommelse om produktionsmål" }).click();
    await a.page.waitForURL(/\/agreements\/[0-9a-f-]{36}$/);
    await expect(a.page.getByTestId("parties")).toHaveText("Strategisk nivå · Taktisk nivå");
    await expect(editor(a.page).locator("h2")).toHaveText([
      "Produktionsmål",
      "Beslutade åtgärder",
      "Kvarvarande gap",
      "Uppföljning",
    ]);
    await expect(a.page.getByTestId("goals-mode")).toContainText("Beräknas direkt ur planen");
    await expect(a.page.getByTestId("remaining-gap").locator("li").first()).toBeVisible();

    // A version of the live table is not offered for signing: the panel says why.
    const panel = a.page.getByTestId("signoff-panel");
    await a.page.getByLabel("Namn på versionen").fill("Utkast");
    await a.page.getByRole("button", { name: "Spara version" }).click();
    await expect(panel).toContainText("Utkast");
    await expect(a.page.getByTestId("signoff-live-figures")).toContainText("Siffrorna räknas ännu direkt ur planen");
    await expect(panel.getByRole("button", { name: "Signera" })).toHaveCount(0);

    // A plan number changes in the other browser: the draft's table changes with it.
    await b.page.goto(`/boards/${board.id}/kapacitet`);
    await setAvailability(b.page, "100");
    await expect.poll(() => goalFigures(a.page)).not.toEqual([]);
    const before = await goalFigures(a.page);
    await setAvailability(b.page, "0");
    await expect.poll(() => goalFigures(a.page), { timeout: 5_000 }).not.toEqual(before);
    const decidedFigures = await goalFigures(a.page);

    // Fastställd: the figures freeze, the text is locked, and the other browser sees the status.
    await a.page.getByRole("button", { name: "Skicka för granskning" }).click();
    await expect(a.page.getByTestId("document-status")).toHaveText("För granskning");
    await a.page.getByRole("button", { name: "Fastställ" }).click();
    await expect(a.page.getByTestId("document-status")).toHaveText("Fastställd");
    await expect(a.page.getByTestId("goals-mode")).toContainText("Fastställda siffror, frysta");
    await expect(a.page.getByTestId("editor-readonly")).toContainText("Överenskommelsen är fastställd");
    await expect(editor(a.page)).toHaveAttribute("contenteditable", "false");
    expect(await goalFigures(a.page)).toEqual(decidedFigures);
    await expect(a.page.getByTestId("drift-summary")).toHaveText("Planen stämmer med det fastställda.");

    // The plan drifts afterwards: the frozen figures stay, the drift is shown beside them.
    await setAvailability(b.page, "100");
    await expect(a.page.getByTestId("goal-deviation").first()).toBeVisible();
    await expect(a.page.getByTestId("drift-summary")).toContainText("har ändrats sedan beslutet");
    expect(await goalFigures(a.page)).toEqual(decidedFigures);
    await a.page.reload();
    await expect(a.page.getByTestId("goal-deviation").first()).toBeVisible();
    expect(await goalFigures(a.page)).toEqual(decidedFigures);
    // The decision's version holds the frozen figures: that one can be signed.
    await expect(panel.getByRole("button", { name: "Signera" })).toBeVisible();
    await expect(a.page.getByTestId("signoff-live-figures")).toHaveCount(0);
    await a.page
      .getByRole("heading", { name: "Produktionsmål per planeringsobjekt och period" })
      .scrollIntoViewIfNeeded();
    await screenshot(a.page, "production-goals");

    // Only a new revision opens it again; then the table is live once more.
    await a.page.getByRole("button", { name: "Ny revision" }).click();
    await expect(a.page.getByTestId("document-status")).toHaveText("Utkast");
    await expect(a.page.getByTestId("goals-mode")).toContainText("Beräknas direkt ur planen");
    await expect(editor(a.page)).toHaveAttribute("contenteditable", "true");
    await expect(a.page.getByTestId("goal-deviation")).toHaveCount(0);
    await a.context.close();
    await b.context.close();
  });

  test("a vårdtjänstkatalog lists each planning object from the plan and freezes its rows when decided", async ({
    browser,
  }) => {
    const a = await contextAs(browser, DEMO.taktisk);
    await a.page.goto(`/boards/${board.id}/agreements`);
    await a.page.getByLabel("Titel på vårdtjänstkatalogen").fill("Vårdtjänstkatalog 2027");
    await a.page.getByRole("button", { name: "Skapa vårdtjänstkatalog" }).click();
    await a.page.waitForURL(/\/agreements\/[0-9a-f-]{36}$/);
    const table = a.page.getByTestId("care-catalogue-table");
    await expect(table.locator("tbody tr").first()).toBeVisible();
    await expect(table.locator("thead")).toContainText("Förväntad väntetid");
    await expect(a.page.getByTestId("catalogue-mode")).toContainText("Utkast");
    await a.page.getByRole("button", { name: "Skicka för granskning" }).click();
    await a.page.getByRole("button", { name: "Fastställ" }).click();
    await expect(a.page.getByTestId("catalogue-mode")).toContainText("Gällande beslut, fastställt");
    await screenshot(a.page, "care-catalogue");
    await a.page.goto(`/boards/${board.id}/agreements?q=katalog`);
    await expect(a.page.getByTestId("agreement-list").locator("li")).toHaveText([/Vårdtjänstkatalog 2027/]);
    await a.context.close();
  });

  test("a viewer of a fastställd agreement cannot type, and neither can its editor until a new revision", async ({
    browser,
  }) => {
    const a = await contextAs(browser, DEMO.taktisk);
    await a.page.goto(`/boards/${board.id}/agreements`);
    await a.page.getByLabel("Titel", { exact: true }).fill("Låst uppstart");
    await a.page.getByRole("button", { name: "Ny överenskommelse", exact: true }).click();
    await a.page.waitForURL(/\/agreements\/[0-9a-f-]{36}$/);
    await expect(a.page.locator("[data-save-status]").first()).toHaveAttribute("data-save-status", "saved");
    await editor(a.page).locator('h2:text-is("Tidplan") + p').click();
    await a.page.keyboard.type("Start i januari");
    await expect(a.page.locator("[data-save-status]").first()).toHaveAttribute("data-save-status", "saved");
    await a.page.getByRole("button", { name: "Skicka för granskning" }).click();
    await a.page.getByRole("button", { name: "Fastställ" }).click();
    await expect(a.page.getByTestId("document-status")).toHaveText("Fastställd");
    await expect(a.page.getByTestId("editor-readonly")).toHaveText(
      "Överenskommelsen är fastställd och kan inte ändras. Välj ”Ny revision” för att öppna den för ändringar igen.",
    );
    await editor(a.page).click();
    await a.page.keyboard.type("obehörig text");
    await a.page.reload();
    await expect(editor(a.page)).toContainText("Start i januari");
    await expect(editor(a.page)).not.toContainText("obehörig text");
    await a.context.close();
  });
});
