import type { Page } from "@playwright/test";
import { contextAs, createBoard, DEMO, expect, test } from "./fixtures";
import { GRIDS } from "./pages/board-page";
import { WeekGridPage } from "./pages/grid";

function availability(page: Page): WeekGridPage {
  return new WeekGridPage(page, GRIDS.availability);
}

test.describe("sections live across browsers", () => {
  let boardId: string;

  // A copy of the demo board for this spec, never the shared demo board.
  test.beforeAll(async ({ browser }) => {
    const { context, page } = await contextAs(browser, DEMO.taktisk);
    const members = [
      { email: DEMO.strategisk, role: "editor" as const },
      { email: DEMO.operativ, role: "viewer" as const },
    ];
    boardId = (await createBoard(context.request, { name: `Live-e2e ${Date.now()}`, members }, page)).id;
    await context.close();
  });

  test("a capacity edit in one browser updates the gap table and chart on Balansering in the other within 1 s", async ({
    browser,
  }) => {
    const a = await contextAs(browser, DEMO.taktisk);
    const b = await contextAs(browser, DEMO.strategisk);
    await a.page.goto(`/boards/${boardId}/kapacitet`);
    await b.page.goto(`/boards/${boardId}/balansering`);
    const total = b.page.getByTestId("total-gap-lak");
    const chart = b.page.getByRole("figure", { name: /Behov och tillgänglig kapacitet — Läkare/ });
    await expect(total).toBeVisible();
    // Earlier specs edit the shared demo board, so the limiting resource (the chart's default) varies.
    await b.page.getByRole("combobox", { name: "Resurs", exact: true }).first().selectOption("lak");
    await expect(chart.locator("svg.recharts-surface")).toBeVisible();

    await availability(a.page).setCell(0, 8, "100");
    await expect(availability(a.page).cell(0, 8)).toHaveText("100 %");
    await expect(a.page.getByTestId("save-status")).toHaveAttribute("data-status", "saved");
    await expect.poll(async () => total.textContent()).toBeTruthy();
    await b.page.waitForTimeout(300);
    const totalBefore = await total.textContent();
    const chartBefore = await chart.locator("svg.recharts-surface").innerHTML();

    await availability(a.page).setCell(0, 8, "20");
    const started = Date.now();
    await expect(total).not.toHaveText(totalBefore ?? "", { timeout: 1_000 });
    expect(Date.now() - started).toBeLessThan(1_000);
    await expect
      .poll(() => chart.locator("svg.recharts-surface").innerHTML(), { timeout: 1_000 })
      .not.toBe(chartBefore);
    await a.context.close();
    await b.context.close();
  });

  test("grid cells edited offline and online merge on reconnect: same cell converges, different cells both kept", async ({
    browser,
  }) => {
    const a = await contextAs(browser, DEMO.taktisk);
    const b = await contextAs(browser, DEMO.strategisk);
    await a.page.goto(`/boards/${boardId}/kapacitet`);
    await b.page.goto(`/boards/${boardId}/kapacitet`);
    await expect(availability(a.page).cell(0, 5)).toBeVisible();
    await expect(availability(b.page).cell(0, 5)).toBeVisible();

    await a.context.setOffline(true);
    await expect(a.page.getByTestId("save-status")).toHaveAttribute("data-status", /offline|unsaved/);
    await availability(a.page).setCell(0, 5, "80"); // only A
    await availability(a.page).setCell(0, 6, "60"); // both
    await availability(b.page).setCell(0, 6, "70"); // both
    await availability(b.page).setCell(1, 5, "90"); // only B
    await expect(b.page.getByTestId("save-status")).toHaveAttribute("data-status", "saved");
    await expect(availability(b.page).cell(0, 5)).not.toHaveText("80 %");

    await a.context.setOffline(false);
    await expect(a.page.getByTestId("save-status")).toHaveAttribute("data-status", "saved", { timeout: 20_000 });
    for (const page of [a.page, b.page]) {
      await expect(availability(page).cell(0, 5)).toHaveText("80 %");
      await expect(availability(page).cell(1, 5)).toHaveText("90 %");
    }
    const sameA = await availability(a.page).cell(0, 6).textContent();
    await expect(availability(b.page).cell(0, 6)).toHaveText(sameA ?? "");
    expect(["60 %", "70 %"]).toContain(sameA);
    // After a reload (from the server, not the local copy of A) the merged values are there.
    const c = await contextAs(browser, DEMO.operativ);
    await c.page.goto(`/boards/${boardId}/kapacitet`);
    await expect(availability(c.page).cell(0, 5)).toHaveText("80 %");
    await expect(availability(c.page).cell(1, 5)).toHaveText("90 %");
    await expect(availability(c.page).cell(0, 6)).toHaveText(sameA ?? "");
    for (const ctx of [a, b, c]) await ctx.context.close();
  });
});
