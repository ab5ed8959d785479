import type { Page } from "@playwright/test";
import { contextAs, createBoard, DEMO, expect, test } from "./fixtures";
import { BoardPage } from "./pages/board-page";

async function openSection(page: Page, boardId: string, section: "behov" | "kapacitet"): Promise<BoardPage> {
  const board = new BoardPage(page, boardId);
  await board.open(section);
  return board;
}

test.describe("week grid", () => {
  let boardId: string;

  // A board of this spec's own (a copy of the demo board), never the shared demo board.
  test.beforeAll(async ({ browser }) => {
    const { context, page } = await contextAs(browser, DEMO.taktisk);
    const members = [
      { email: DEMO.strategisk, role: "editor" as const },
      { email: DEMO.operativ, role: "viewer" as const },
    ];
    boardId = (await createBoard(context.request, { name: `Rutnät-e2e ${Date.now()}`, members }, page)).id;
    await context.close();
  });

  test("an availability edit in one browser updates the engine's available capacity in the other within 1 s", async ({
    browser,
  }) => {
    const a = await contextAs(browser, DEMO.taktisk);
    const b = await contextAs(browser, DEMO.strategisk);
    const boardA = await openSection(a.page, boardId, "kapacitet");
    const boardB = await openSection(b.page, boardId, "kapacitet");
    const availabilityA = boardA.grid("availability");
    const availableB = boardB.grid("availableHours");
    await expect(availableB.cell(0, 3)).toBeVisible();

    // Läkare, v. 4 of the horizon: first pin it to 100 %, then halve it.
    await availabilityA.cell(0, 3).click();
    await a.page.keyboard.type("100");
    await a.page.keyboard.press("Enter");
    await expect(availabilityA.cell(0, 3)).toHaveText("100 %");
    await expect.poll(() => availableB.text(0, 3)).not.toBe("");
    const full = Number((await availableB.text(0, 3)).replace(/\s/g, "").replace(",", "."));
    await availabilityA.cell(0, 3).click();
    await a.page.keyboard.type("50");
    await a.page.keyboard.press("Enter");
    const started = Date.now();
    await expect(availableB.cell(0, 3)).toHaveText(
      new Intl.NumberFormat("sv-SE", { maximumFractionDigits: 0 }).format(full / 2),
      { timeout: 1000 },
    );
    expect(Date.now() - started).toBeLessThan(1000);
    // The value arrived at the other browser's availability grid too.
    await expect(boardB.grid("availability").cell(0, 3)).toHaveText("50 %");
    await a.context.close();
    await b.context.close();
  });

  test("pasting a 3 × 10 range is one undo step that leaves another user's edit alone", async ({ browser }) => {
    const a = await contextAs(browser, DEMO.taktisk);
    const b = await contextAs(browser, DEMO.strategisk);
    const gridA = (await openSection(a.page, boardId, "behov")).grid("history");
    const gridB = (await openSection(b.page, boardId, "behov")).grid("history");
    await expect(gridA.cell(0, 0)).toBeVisible();
    await expect(gridB.cell(0, 0)).toBeVisible();

    const before: string[][] = [];
    for (let r = 0; r < 3; r++) {
      const line: string[] = [];
      for (let c = 0; c < 10; c++) line.push(await gridA.text(r, c));
      before.push(line);
    }
    // Excel's clipboard: thousands with spaces, decimal comma, CRLF, a trailing newline.
    const values = (r: number, c: number) => 1000 + r * 10 + c;
    const tsv = `${[0, 1, 2]
      .map((r) =>
        Array.from({ length: 10 }, (_, c) =>
          r === 1 && c === 0 ? "1 010,0" : `1 ${String(values(r, c) - 1000).padStart(3, "0")}`,
        ).join("\t"),
      )
      .join("\r\n")}\r\n`;
    await gridA.cell(0, 0).click();
    await gridA.pasteTsv(tsv);
    // Values twenty times the weeks around them are questioned once, then stored as pasted.
    await a.page.getByRole("alertdialog").getByRole("button", { name: "Spara ändå" }).click();
    await expect(a.page.getByText("30 celler inklistrade")).toBeVisible();
    for (let r = 0; r < 3; r++)
      for (let c = 0; c < 10; c++)
        await expect.poll(() => gridA.text(r, c)).toBe(`1 ${String(values(r, c) - 1000).padStart(3, "0")}`);
    // The paste reached the other browser too.
    await expect.poll(() => gridB.text(2, 9)).toBe("1 029");

    // Meanwhile the other user edits a cell outside the pasted range (20 times its row's weeks,
    // so they too are asked once before it is stored).
    await gridB.cell(5, 0).click();
    await b.page.keyboard.type("777");
    await b.page.keyboard.press("Enter");
    await b.page.getByRole("alertdialog").getByRole("button", { name: "Spara ändå" }).click();
    await expect.poll(() => gridA.text(5, 0)).toBe("777");

    // One Ctrl+Z in the first browser takes back exactly the paste.
    await gridA.cell(1, 1).click();
    await a.page.keyboard.press("Control+z");
    for (let r = 0; r < 3; r++)
      for (let c = 0; c < 10; c++) await expect.poll(() => gridA.text(r, c)).toBe(before[r][c]);
    await expect.poll(() => gridB.text(2, 9)).toBe(before[2][9]);
    expect(await gridA.text(5, 0)).toBe("777");
    expect(await gridB.text(5, 0)).toBe("777");
    // Ctrl+Y brings it back.
    await a.page.keyboard.press("Control+y");
    await expect.poll(() => gridA.text(2, 9)).toBe("1 029");
    await a.context.close();
    await b.context.close();
  });

  test("an invalid entry is explained in place and changes nothing", async ({ browser }) => {
    const { context, page } = await contextAs(browser, DEMO.taktisk);
    const grid = (await openSection(page, boardId, "behov")).grid("history");
    await expect(grid.cell(3, 2)).toBeVisible();
    const original = await grid.text(3, 2);
    await grid.cell(3, 2).click();
    await page.keyboard.type("12,3,4");
    await page.keyboard.press("Enter");
    await expect(grid.root.getByRole("alert")).toHaveText("”12,3,4” är inget tal");
    // Still editing the same cell: the entry can be corrected; Esc gives the old value back.
    await expect(grid.root.getByRole("textbox")).toHaveValue("12,3,4");
    await page.keyboard.press("Escape");
    await expect(grid.root.getByRole("alert")).toHaveCount(0);
    expect(await grid.text(3, 2)).toBe(original);

    // The typographic minus (U+2212) is read as a minus sign.
    await page.keyboard.press("F2");
    await page.keyboard.press("Control+a");
    await page.keyboard.type("−5");
    await page.keyboard.press("Enter");
    await expect(grid.root.getByRole("alert")).toHaveText("Värdet måste vara ≥ 0");
    await page.keyboard.press("Escape");
    expect(await grid.text(3, 2)).toBe(original);

    // A paste with one bad cell pastes nothing at all.
    await grid.pasteTsv("1\t2\nx\t4\n");
    await expect(grid.root.getByRole("alert")).toContainText("Inget klistrades in");
    expect(await grid.text(3, 2)).toBe(original);

    // Swedish entry with a thousands space and a decimal comma is accepted.
    await page.keyboard.press("Escape");
    await page.keyboard.press("F2");
    await page.keyboard.press("Control+a");
    await page.keyboard.type("1 234,5");
    await page.keyboard.press("Enter");
    await page.getByRole("alertdialog").getByRole("button", { name: "Spara ändå" }).click();
    await expect.poll(() => grid.text(3, 2)).toBe("1 234,5");
    // Focus moved down; Ctrl+Z on the grid restores the old value.
    await expect(grid.cell(4, 2)).toHaveAttribute("data-active", "true");
    await page.keyboard.press("Control+z");
    await expect.poll(() => grid.text(3, 2)).toBe(original);
    await context.close();
  });

  test("keyboard selection copies TSV and Ctrl+D fills down", async ({ browser }) => {
    const { context, page } = await contextAs(browser, DEMO.taktisk);
    const grid = (await openSection(page, boardId, "kapacitet")).grid("timePerActivity");
    await grid.cell(0, 0).click();
    await page.keyboard.press("Shift+ArrowDown");
    await page.keyboard.press("Shift+ArrowRight");
    await expect(grid.root.locator('[role="gridcell"][aria-selected="true"]')).toHaveCount(4);
    const copied = await grid.copyTsv();
    const lines = copied.split("\n").map((line) => line.split("\t"));
    expect(lines.map((line) => line.length)).toEqual([2, 2]);
    // The copied numbers are the cells' numbers, without grouping and with a decimal comma.
    for (let r = 0; r < 2; r++)
      for (let c = 0; c < 2; c++) {
        const shown = (await grid.text(r, c)).replace(",", ".");
        const text = lines[r][c].replace(",", ".");
        if (shown === "") expect(text).toBe("");
        else expect(Number(text)).toBeCloseTo(Number(shown), 2);
      }

    const top = await grid.text(0, 0);
    const second = await grid.text(1, 0);
    await page.keyboard.press("Control+d");
    await expect.poll(() => grid.text(1, 0)).toBe(top);
    await page.keyboard.press("Control+z");
    await expect.poll(() => grid.text(1, 0)).toBe(second);

    // The real keyboard shortcut with the system clipboard, as when pasting from Excel.
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await grid.cell(2, 2).click();
    await page.evaluate(() => navigator.clipboard.writeText("0,5\t0,25\r\n"));
    await page.keyboard.press("Control+v");
    await expect.poll(() => grid.text(2, 2)).toBe("0,5");
    await expect.poll(() => grid.text(2, 3)).toBe("0,25");
    await page.keyboard.press("Control+c");
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe("0,5\t0,25");
    await page.keyboard.press("Control+z");
    await context.close();
  });

  test("adding a planning object validates in place; removing it asks once, in words", async ({ browser }) => {
    const { context, page } = await contextAs(browser, DEMO.taktisk);
    const board = await openSection(page, boardId, "behov");
    await page.getByRole("button", { name: "Lägg till planeringsobjekt" }).click();
    const form = page.locator("form", { has: page.getByRole("heading", { name: "Nytt planeringsobjekt" }) });
    await form.getByLabel("Förväntad förändring mot historiken (%)").fill("två");
    await form.getByRole("button", { name: "Lägg till" }).click();
    await expect(form.getByText("Ange vårdtjänst, t.ex. Nybesök")).toBeVisible();
    await expect(form.getByText("”två” är inget tal")).toBeVisible();
    await form.getByLabel("Vårdtjänst").fill("Gipskontroll");
    await form.getByLabel("Vårdgivarkategori").fill("Sjuksköterska");
    await form.getByLabel("Förväntad förändring mot historiken (%)").fill("1,5");
    await form.getByRole("button", { name: "Lägg till" }).click();
    await expect(page.getByRole("heading", { name: "Detaljer för Gipskontroll sjuksköterska" })).toBeVisible();
    const history = board.grid("history");
    await expect(history.row(/Gipskontroll sjuksköterska/)).toHaveCount(1);

    await page.getByRole("button", { name: "Ta bort Gipskontroll sjuksköterska" }).click();
    await board.confirm("Ta bort ”Gipskontroll sjuksköterska” och dess historik?");
    await expect(history.row(/Gipskontroll sjuksköterska/)).toHaveCount(0);
    await expect(board.toast("”Gipskontroll sjuksköterska” togs bort")).toBeVisible();
    await context.close();
  });

  test("a viewer cannot edit: the grid says so and nothing changes", async ({ browser }) => {
    const { context, page } = await contextAs(browser, DEMO.operativ);
    const grid = (await openSection(page, boardId, "kapacitet")).grid("availability");
    await expect(grid.root).toHaveAttribute("aria-readonly", "true");
    const original = await grid.text(1, 5);
    await grid.cell(1, 5).click();
    await page.keyboard.type("5");
    await expect(grid.root.getByRole("alert")).toHaveText("Du kan bara läsa");
    await expect(grid.root.getByRole("textbox")).toHaveCount(0);
    await grid.pasteTsv("10\t20\n");
    await expect(grid.root.getByRole("alert")).toHaveText("Du kan bara läsa");
    await page.keyboard.press("Delete");
    expect(await grid.text(1, 5)).toBe(original);
    // The resource fields are read-only too, and there is nothing to add or remove.
    await expect(page.getByRole("button", { name: "Lägg till resurs" })).toHaveCount(0);
    await expect(page.getByTestId("hours-lak")).toBeDisabled();
    await context.close();
  });
});
