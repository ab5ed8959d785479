import { boardIdByName, contextAs, DEMO, DEMO_BOARD_NAME, expect, test } from "./fixtures";

// A 1280×720 projector: no page may scroll sideways, at any grain.
const SECTIONS = ["", "behov", "kapacitet", "balansering", "produktionsplan", "uppfoljning", "import", "members"];

test("no page of the board scrolls sideways at 1280×720", async ({ browser }) => {
  const { context, page } = await contextAs(browser, DEMO.taktisk);
  const boardId = await boardIdByName(page, DEMO_BOARD_NAME);
  await page.setViewportSize({ width: 1280, height: 720 });
  const overflow = () =>
    page.evaluate(() => {
      const root = document.scrollingElement!;
      return root.scrollWidth - root.clientWidth;
    });
  for (const section of SECTIONS) {
    await page.goto(`/boards/${boardId}${section ? `/${section}` : ""}`);
    await expect(page.getByRole("heading", { level: 2 }).first()).toBeVisible();
    await page.waitForTimeout(500);
    expect(await overflow(), `/${section} scrolls sideways`).toBeLessThanOrEqual(0);
  }
  for (const path of ["/", "/boards/new", "/profile"]) {
    await page.goto(path);
    expect(await overflow(), `${path} scrolls sideways`).toBeLessThanOrEqual(0);
  }
  // Balansering and Produktionsplan show the whole year by month without an inner scrollbar.
  for (const section of ["balansering", "produktionsplan"]) {
    await page.goto(`/boards/${boardId}/${section}`);
    const table = page.getByTestId(section === "balansering" ? "balance-table" : "planned-table");
    await expect(table.locator("thead th").last()).toHaveText("dec");
    const frame = table.locator("xpath=..");
    const scroll = await frame.evaluate((el) => el.scrollWidth - el.clientWidth);
    expect(scroll, `${section}: the months fit`).toBeLessThanOrEqual(0);
    // Weeks cannot fit; the page says that more columns follow.
    await page.getByTestId("period-select").getByText("Vecka", { exact: true }).click();
    await expect(page.getByTestId("more-columns").first()).toContainText("rulla i sidled");
    expect(await overflow(), `${section} by week scrolls sideways`).toBeLessThanOrEqual(0);
  }
  await context.close();
});
