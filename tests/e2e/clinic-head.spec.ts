import type { APIRequestContext, Locator, Page } from "@playwright/test";
import ExcelJS from "exceljs";
import { boardIdByName, contextAs, DEMO, DEMO_BOARD_NAME, expect, test } from "./fixtures";

// What a clinic head tripped over (issue 15): each test works on its own copy of the demo board,
// made through the import API, so the shared demo board stays as it is.

const OBJECT = "nyb-lak-besok";
const OBJECT_LABEL = "Nybesök · Läkare · besök · P60";

async function copyDemoBoard(page: Page, request: APIRequestContext, name: string): Promise<string> {
  const sourceId = await boardIdByName(page, DEMO_BOARD_NAME);
  const doc = JSON.parse(await (await request.get(`/api/boards/${sourceId}/export`)).text());
  doc.board.name = `${name} ${Date.now()}`;
  const created = await request.post("/api/boards/import", { data: doc });
  expect(created.status()).toBe(201);
  return (await created.json()).id as string;
}

async function storedHistory(request: APIRequestContext, boardId: string, week: string): Promise<number | undefined> {
  const doc = JSON.parse(await (await request.get(`/api/boards/${boardId}/export`)).text());
  return doc.planningObjects.find((p: { id: string }) => p.id === OBJECT)?.history?.[week];
}

function cell(grid: Locator, row: number, col: number): Locator {
  return grid.locator(`[role="row"][aria-rowindex="${row + 2}"] [role="gridcell"][aria-colindex="${col + 2}"]`);
}

async function importHistory(page: Page, boardId: string, week: string, value: string): Promise<void> {
  await page.goto(`/boards/${boardId}/import`);
  await page.getByTestId("import-file").setInputFiles({
    name: "historik.csv",
    mimeType: "text/csv",
    buffer: Buffer.from(`Planeringsobjekt;Vecka;Antal\n${OBJECT};${week};${value}\n`, "utf8"),
  });
  await expect(page.getByTestId("import-confirm")).toBeEnabled();
}

test.describe("a clinic head's meeting", () => {
  test("an import is one undoable step: the preview shows old → new, Ångra import and Ctrl+Z bring the old value back", async ({
    browser,
  }) => {
    const { context, page } = await contextAs(browser, DEMO.taktisk);
    const boardId = await copyDemoBoard(page, context.request, "Ångra-import");
    const week = "2026-W10";
    const old = await storedHistory(context.request, boardId, week);
    expect(old).toBeGreaterThan(0);
    const next = (old as number) + 7;

    await importHistory(page, boardId, week, String(next));
    await expect(page.getByTestId("import-overwrites")).toContainText("1 befintligt värde skrivs över");
    await expect(page.getByTestId("import-overwrites")).toContainText(`${OBJECT_LABEL}, v. 10 2026: ${old} →`);
    await expect(page.getByTestId("import-overwrites").locator("strong")).toHaveText(String(next));
    await page.getByTestId("import-confirm").click();
    await expect(page.getByTestId("import-message")).toContainText("1 rad importerad");
    await expect.poll(() => storedHistory(context.request, boardId, week), { timeout: 15_000 }).toBe(next);

    await page.getByTestId("import-undo").click();
    await expect(page.getByTestId("import-undone")).toBeVisible();
    await expect(page.getByTestId("import-undo")).toHaveCount(0);
    await expect.poll(() => storedHistory(context.request, boardId, week), { timeout: 15_000 }).toBe(old);

    // Again, undone with Ctrl+Z on the page as the message says.
    await importHistory(page, boardId, week, String(next));
    await page.getByTestId("import-confirm").click();
    await expect.poll(() => storedHistory(context.request, boardId, week), { timeout: 15_000 }).toBe(next);
    await page.locator("body").click({ position: { x: 600, y: 10 } });
    await page.keyboard.press("Control+z");
    await expect.poll(() => storedHistory(context.request, boardId, week), { timeout: 15_000 }).toBe(old);
    await context.close();
  });

  test("an absurd import value is questioned once; Avbryt stores nothing", async ({ browser }) => {
    const { context, page } = await contextAs(browser, DEMO.taktisk);
    const boardId = await copyDemoBoard(page, context.request, "Orimligt-import");
    const week = "2026-W20";
    const old = await storedHistory(context.request, boardId, week);
    await importHistory(page, boardId, week, "531 234,5");
    await page.getByTestId("import-confirm").click();
    const dialog = page.getByRole("alertdialog");
    await expect(dialog).toContainText("gånger högre än veckorna runt — spara ändå?");
    await dialog.getByRole("button", { name: "Avbryt" }).click();
    await expect(dialog).toHaveCount(0);
    await page.waitForTimeout(1000);
    expect(await storedHistory(context.request, boardId, week)).toBe(old);
    await context.close();
  });

  test("an absurd grid entry asks 'spara ändå?': Avbryt keeps the old value, Spara ändå stores it", async ({
    browser,
  }) => {
    const { context, page } = await contextAs(browser, DEMO.taktisk);
    const boardId = await copyDemoBoard(page, context.request, "Orimligt-rutnät");
    await page.goto(`/boards/${boardId}/behov`);
    const grid = page.getByRole("grid", { name: "Historik per planeringsobjekt och vecka" });
    const target = cell(grid, 0, 5);
    await expect(target).not.toHaveText("");
    const before = (await target.textContent())?.trim();

    await target.click();
    await page.keyboard.type("531234,5");
    await page.keyboard.press("Enter");
    const dialog = page.getByRole("alertdialog");
    await expect(dialog).toContainText(/Värdet är [\d\s ]+ gånger högre än veckorna runt — spara ändå\?/);
    await dialog.getByRole("button", { name: "Avbryt" }).click();
    await expect(dialog).toHaveCount(0);
    await expect(target).toHaveText(before ?? "");

    // "1.234,5" is read as the import reads it, and a real change is never blocked.
    await target.click();
    await page.keyboard.type("1.234,5");
    await page.keyboard.press("Enter");
    await page.getByRole("alertdialog").getByRole("button", { name: "Spara ändå" }).click();
    await expect(target).toHaveText(/^1\s234,5$/);
    await context.close();
  });

  test("the Produktionsplan totals row says Summa and sits below the last row, in month and week view", async ({
    browser,
  }) => {
    const { context, page } = await contextAs(browser, DEMO.taktisk);
    const boardId = await boardIdByName(page, DEMO_BOARD_NAME);
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto(`/boards/${boardId}/produktionsplan`);
    for (const period of ["Månad", "Vecka"]) {
      await page.getByTestId("period-select").getByText(period, { exact: true }).click();
      const table = page.getByTestId("planned-table");
      const sum = table.locator("tfoot tr");
      await expect(sum.getByRole("rowheader")).toHaveText("Summa");
      await sum.scrollIntoViewIfNeeded();
      const last = table.locator("tbody tr").last();
      const lastBox = (await last.boundingBox())!;
      const sumBox = (await sum.boundingBox())!;
      expect(sumBox.y).toBeGreaterThanOrEqual(lastBox.y + lastBox.height - 1);
      // The label is drawn on top (not hidden behind the sticky object column of the last row).
      const label = sum.getByRole("rowheader");
      const box = (await label.boundingBox())!;
      const hit = await page.evaluate(
        ([x, y]) => document.elementFromPoint(x, y)?.closest("th")?.textContent ?? "",
        [box.x + 10, box.y + box.height / 2],
      );
      expect(hit).toBe("Summa");
    }
    await context.close();
  });

  test("a viewer downloads the board as XLSX from the top bar", async ({ browser }) => {
    // Eva (politisk) is the demo board's viewer; Johan (operativ) is a commenter.
    const { context, page } = await contextAs(browser, DEMO.politisk);
    const boardId = await boardIdByName(page, DEMO_BOARD_NAME);
    await page.goto(`/boards/${boardId}`);
    await expect(page.getByTestId("board-role")).toContainText("Läsare");
    await expect(page.getByTestId("board-level")).toHaveText("Tavla: taktisk nivå");
    await page.getByTestId("download-menu").click();
    await expect(page.getByTestId("download-json")).toHaveText("Exportera tavlan (JSON för andra system)");
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("download-xlsx").click()]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(await download.path());
    expect(workbook.worksheets.length).toBeGreaterThan(0);
    // Viewers cannot add history weeks.
    await page.goto(`/boards/${boardId}/behov`);
    await expect(page.getByTestId("add-history-year")).toBeDisabled();
    await context.close();
  });

  test("a forecast week is set from its cell through an adjustment pre-filled with the difference", async ({
    browser,
  }) => {
    const { context, page } = await contextAs(browser, DEMO.taktisk);
    const boardId = await copyDemoBoard(page, context.request, "Prognos");
    await page.goto(`/boards/${boardId}/behov`);
    const grid = page.getByRole("grid", { name: "Prognos: Vårdbehov per planeringsobjekt och vecka" });
    // Week 34 of the horizon, reached with the keyboard (columns far right are virtualised).
    await cell(grid, 0, 0).click();
    for (let i = 0; i < 33; i++) await page.keyboard.press("ArrowRight");
    const panel = page.getByTestId("forecast-override");
    await expect(panel).toContainText("v. 34 2027");
    const input = panel.getByLabel("Önskat vårdbehov");
    const computed = Number((await input.inputValue()).replace(/\s/g, "").replace(",", "."));
    const wanted = Math.round(computed) + 10;
    await input.fill(String(wanted));
    const diff = Math.round((wanted - computed) * 10) / 10;
    await expect(page.getByTestId("forecast-override-difference")).toContainText(`+${String(diff).replace(".", ",")}`);
    await panel.getByRole("button", { name: "Skapa justering" }).click();
    await expect(panel.getByRole("status")).toContainText("Justering");
    await expect
      .poll(async () => {
        const doc = JSON.parse(await (await context.request.get(`/api/boards/${boardId}/export`)).text());
        // The grid's first row is the first planning object (the demo lists acute objects first).
        const object = doc.planningObjects[0];
        return object.adjustments?.find((a: { from?: string }) => a.from === "2027-W34");
      })
      .toEqual({ from: "2027-W34", to: "2027-W34", perWeek: diff });
    await context.close();
  });
});
