import type { Page } from "@playwright/test";
import { contextAs, createBoard, DEMO, expect, test } from "./fixtures";
import { GRIDS } from "./pages/board-page";
import { WeekGridPage } from "./pages/grid";

/** Links a unit board on the strategic page, as its owner. */
async function linkUnit(page: Page, unit: { id: string; name: string }): Promise<void> {
  const form = page.getByRole("form", { name: "Koppla" });
  const select = form.getByLabel("Enhetstavla");
  // Picked again until it holds: the form may still be hydrating on the first pick.
  await expect(async () => {
    await select.selectOption(unit.id);
    await expect(select).toHaveValue(unit.id, { timeout: 200 });
  }).toPass();
  await form.getByRole("button", { name: "Koppla" }).click();
  await expect(page.getByTestId("strategic-units")).toContainText(unit.name);
}

test.describe("strategic board", () => {
  test("two linked units: a capacity edit in one browser changes the strategic sums in another within 1 s; goals reach the unit", async ({
    browser,
  }) => {
    // Maria owns two unit boards; Anders owns the strategic board and is a member of neither unit.
    const maria = await contextAs(browser, DEMO.taktisk);
    const anders = await contextAs(browser, DEMO.strategisk);
    const stamp = Date.now();
    const unitA = await createBoard(maria.context.request, { name: `Enhet A ${stamp}`, unit: `Strategi A ${stamp}` });
    const unitB = await createBoard(maria.context.request, { name: `Enhet B ${stamp}`, unit: `Strategi B ${stamp}` });
    const strategic = await createBoard(anders.context.request, { name: `Region ${stamp}`, level: "strategic" });

    await anders.page.goto(`/boards/${strategic.id}/strategi`);
    await linkUnit(anders.page, unitA);
    await linkUnit(anders.page, unitB);
    await expect(anders.page.getByTestId("strategic-units")).toContainText("bara summor");
    await anders.page.getByTestId("strategic-resource").selectOption("läkare");
    const q1Available = anders.page.getByTestId("total-available-0");
    const unitQ1 = anders.page.getByTestId(`unit-${unitA.id}-available-0`);
    await expect(unitQ1).toBeVisible();

    // Unit details stay closed to a strategic member without a unit membership.
    const details = await anders.page.request.get(`/boards/${unitA.id}`);
    expect(details.status()).toBe(404);

    const grid = new WeekGridPage(maria.page, GRIDS.availability);
    await maria.page.goto(`/boards/${unitA.id}/kapacitet`);
    await grid.setCell(0, 8, "100");
    await expect(maria.page.getByTestId("save-status")).toHaveAttribute("data-status", "saved");
    await anders.page.waitForTimeout(600);
    const before = await q1Available.textContent();
    const unitBefore = await unitQ1.textContent();

    await grid.setCell(0, 8, "20");
    const started = Date.now();
    await expect(q1Available).not.toHaveText(before ?? "", { timeout: 1_000 });
    expect(Date.now() - started).toBeLessThan(1_000);
    await expect(unitQ1).not.toHaveText(unitBefore ?? "");

    // A goal set strategically appears on the unit board with its deviation; a goal below zero is refused in place.
    const goals = anders.page.getByRole("form", { name: "Sätt mål" });
    await goals.getByLabel("Enhet och planeringsobjekt").selectOption(`${unitA.id}|hoftprotes`);
    await goals.getByLabel("Period").selectOption("2027-Q2");
    await goals.getByLabel("Mål").fill("-5");
    await goals.getByRole("button", { name: "Sätt mål" }).click();
    await expect(goals.getByRole("alert")).toHaveText("Produktionsmålet måste vara ett tal ≥ 0.");
    await goals.getByLabel("Mål").fill("10000");
    await goals.getByRole("button", { name: "Sätt mål" }).click();
    await expect(anders.page.getByTestId("strategic-goals")).toContainText("10 000");

    await maria.page.goto(`/boards/${unitA.id}/strategi`);
    const row = maria.page.getByTestId("unit-goal-hoftprotes-2027-Q2");
    await expect(row).toContainText("10 000");
    await expect(row.getByTestId("goal-deviation")).toContainText("under");

    // A vårdtjänstkatalog from the strategic board lists both units' rows, live and then frozen when decided.
    const catalogue = await anders.context.newPage();
    await catalogue.goto(`/boards/${strategic.id}/strategi`);
    await catalogue.getByLabel("Titel på vårdtjänstkatalogen").fill(`Vårdtjänstkatalog ${stamp}`);
    await catalogue.getByRole("button", { name: "Skapa vårdtjänstkatalog" }).click();
    await catalogue.waitForURL(/\/agreements\/[0-9a-f-]{36}$/);
    const table = catalogue.getByTestId("care-catalogue-table");
    await expect(table.locator("thead")).toContainText("Enhet");
    await expect(table.locator("tbody")).toContainText(`Strategi A ${stamp}`);
    await expect(table.locator("tbody")).toContainText(`Strategi B ${stamp}`);
    await catalogue.getByRole("button", { name: "Skicka för granskning" }).click();
    await catalogue.getByRole("button", { name: "Fastställ" }).click();
    await expect(catalogue.getByTestId("catalogue-mode")).toContainText("Gällande beslut, fastställt");
    await expect(table.locator("tbody")).toContainText(`Strategi B ${stamp}`);
    await catalogue.close();

    // Unlinking removes the summary at once in the open tab.
    await anders.page.getByRole("button", { name: `Ta bort kopplingen till ${unitA.name}` }).click();
    await expect(unitQ1).toHaveCount(0);
    await maria.context.close();
    await anders.context.close();
  });
});
