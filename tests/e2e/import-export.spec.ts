import ExcelJS from "exceljs";
import { formatNumber } from "../../lib/format";
import { contextAs, createBoard, DEMO, expect, exportBoard, test } from "./fixtures";

const CSV = [
  "Planeringsobjekt;Vecka;Producerat;Inflöde",
  "nyb-lak-besok;2027-W10;41;44",
  "nyb-lak-besok;v. 54 2026;12;13",
  "ater-lak-besok;2027 v12;55,5;60",
].join("\n");

test.describe("Import and export", () => {
  test("a CSV with a bad row imports nothing until the row is excluded, then the rest", async ({ browser }) => {
    const { context, page } = await contextAs(browser, DEMO.taktisk);
    const { id: boardId } = await createBoard(context.request, { name: `Import-e2e ${Date.now()}` });
    const stored = () => exportBoard(context.request, boardId);

    await page.goto(`/boards/${boardId}/import`);
    await page.getByLabel("Utfall", { exact: false }).first().check();
    await page.getByTestId("import-file").setInputFiles({
      name: "utfall.csv",
      mimeType: "text/csv",
      buffer: Buffer.from(CSV, "utf8"),
    });
    await expect(page.getByTestId("import-errors")).toContainText("rad 3: ”v. 54 2026” finns inte");
    await expect(page.getByTestId("import-confirm")).toBeDisabled();
    await page.waitForTimeout(500);
    expect((await stored()).outcomes?.["nyb-lak-besok"]?.["2027-W10"]).toBeUndefined();

    await page.getByRole("button", { name: "Uteslut rader med fel" }).click();
    await expect(page.getByTestId("import-confirm")).toBeEnabled();
    await expect(page.getByTestId("import-confirm")).toHaveText("Importera 2 rader");
    await page.getByTestId("import-confirm").click();
    await expect(page.getByTestId("import-message")).toContainText("2 rader importerade");

    await expect
      .poll(async () => (await stored()).outcomes?.["nyb-lak-besok"]?.["2027-W10"], { timeout: 15_000 })
      .toEqual({ produced: 41, inflow: 44 });
    const after = await stored();
    expect(after.outcomes?.["ater-lak-besok"]?.["2027-W12"]).toEqual({ produced: 55.5, inflow: 60 });
    expect(JSON.stringify(after.outcomes)).not.toContain("2026-W54");
    await context.close();
  });

  test("the XLSX export holds the plan numbers the page shows", async ({ browser }) => {
    const { context, page } = await contextAs(browser, DEMO.taktisk);
    const { id: boardId } = await createBoard(context.request, { name: `Export-e2e ${Date.now()}` });
    await page.goto(`/boards/${boardId}/produktionsplan`);
    const uiTotal = (await page.getByTestId("planned-total-nyb-lak-besok").textContent())!.trim();
    const label = (await page.getByTestId("planned-row-nyb-lak-besok").getByRole("rowheader").textContent())!.trim();

    await page.goto(`/boards/${boardId}/import`);
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("export-xlsx").click()]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(await download.path());
    const sheet = workbook.getWorksheet("Produktionsplan")!;
    expect(sheet.getRow(1).getCell(2).value).toBe("v. 1 2027");
    let found = false;
    sheet.eachRow((row) => {
      if (row.getCell(1).value !== label) return;
      found = true;
      const total = row.getCell(row.cellCount).value;
      expect(typeof total).toBe("number");
      expect(formatNumber(total as number)).toBe(uiTotal);
    });
    expect(found).toBe(true);
    expect(workbook.getWorksheet("Balans")).toBeTruthy();
    expect(workbook.getWorksheet("Uppföljning")!.rowCount).toBeGreaterThan(1);
    await context.close();
  });
});
