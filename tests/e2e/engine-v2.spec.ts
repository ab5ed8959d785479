import type { APIRequestContext, Page } from "@playwright/test";
import { boardIdByName, contextAs, DEMO, DEMO_BOARD_NAME, expect, test } from "./fixtures";

/** A copy of the demo board of our own, imported through POST /api/boards/import. */
async function importDemoCopy(request: APIRequestContext, page: Page, name: string): Promise<string> {
  const id = await boardIdByName(page, DEMO_BOARD_NAME);
  const doc = JSON.parse(await (await request.get(`/api/boards/${id}/export`)).text());
  doc.board.name = `${name} ${Date.now()}`;
  const created = await request.post("/api/boards/import", { data: doc });
  expect(created.status()).toBe(201);
  return (await created.json()).id as string;
}

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

test.describe("Planning engine version 2 in the UI", () => {
  test("deciding the doctor measure does not make Översikt say 'I balans' while doctor weeks are short", async ({
    browser,
  }) => {
    const { context, page } = await contextAs(browser, DEMO.taktisk);
    const boardId = await importDemoCopy(context.request, page, "Motor v2 e2e");
    await page.goto(`/boards/${boardId}/balansering`);
    const status = page.getByTestId("measure-status-kvallsmottagning");
    await expect(status).toBeVisible();
    await status.selectOption("decided");
    await expect(page.getByTestId("plan-verdict")).toContainText("Kapacitetsbrist i");

    // With the evening clinic decided, the doctors' hours cover the year's sum…
    await expect
      .poll(async () => {
        const result = await (await context.request.get(`/api/boards/${boardId}/result`)).json();
        return sum(result.resources.lak.available) >= sum(result.resources.lak.need);
      })
      .toBe(true);
    const result = await (await context.request.get(`/api/boards/${boardId}/result`)).json();
    expect(result.resources.lak.shortPeriods).toBeGreaterThan(0);

    // …but the summer weeks are still short, and Översikt says so with the size.
    await page.goto(`/boards/${boardId}`);
    const verdict = page.getByTestId("balance-verdict");
    await expect(verdict).toHaveAttribute("data-balanced", "false");
    await expect(verdict).toContainText(/Kapacitetsbrist i \d+ av 52 veckor \(.*Läkare.*\), störst v\. \d+: −\d/);
    await expect(verdict).not.toContainText("I balans");
    await expect(page.getByTestId("balance-verdict-coverage")).toContainText("Täckningsgrad över hela perioden");
    await context.close();
  });

  test("an acute object keeps its planned production in a shortage while a P90 object gives way", async ({
    browser,
  }) => {
    const { context, page } = await contextAs(browser, DEMO.taktisk);
    const boardId = await importDemoCopy(context.request, page, "Akut först e2e");
    const result = await (await context.request.get(`/api/boards/${boardId}/result`)).json();
    const acute = result.planningObjects["akut-bedomning"];
    const hip = result.planningObjects.hoftprotes;
    expect(acute.rank).toBe(0);
    expect(sum(acute.planned)).toBeCloseTo(sum(acute.demand), 3);
    expect(sum(hip.planned)).toBeLessThan(sum(hip.production) - 1);

    await page.goto(`/boards/${boardId}/behov`);
    const panel = page.getByTestId("allocation-panel");
    await expect(panel).toBeVisible({ timeout: 15_000 });
    await expect(panel.getByTestId("allocation-order")).toContainText("delar bristen lika");
    const hipRow = panel.getByTestId("allocation-row-hoftprotes");
    await expect(hipRow).toContainText("P90");
    await expect(hipRow).toContainText("▼");
    await expect(panel.getByTestId("allocation-row-akut-bedomning")).toHaveCount(0);
    await expect(panel.getByTestId("allocation-row-frakturkirurgi")).toHaveCount(0);

    // The proposal is only shown; accepting it records who decided.
    await panel.getByRole("button", { name: "Föreslå prioritetsordning utifrån medicinsk prioritet" }).click();
    const proposal = panel.getByTestId("priority-proposal");
    await expect(proposal.getByRole("row").nth(1)).toContainText("P7");
    await expect(proposal).not.toContainText("Akut ortopedisk bedömning");
    await panel.getByRole("button", { name: "Besluta prioritetsordningen" }).click();
    await expect(panel.getByTestId("priority-status")).toContainText("beslutad av Maria Svensson");
    await context.close();
  });

  test("Balansering shows the acute reserve and its share of days above the dimension", async ({ browser }) => {
    const { context, page } = await contextAs(browser, DEMO.taktisk);
    const boardId = await importDemoCopy(context.request, page, "Akut reserv e2e");
    await page.goto(`/boards/${boardId}/balansering`);
    const row = page.getByTestId("acute-row-akut-bedomning");
    await expect(row).toBeVisible();
    await expect(page.getByTestId("acute-dimension-akut-bedomning")).toContainText("per vecka");
    await expect(page.getByTestId("acute-above-akut-bedomning")).toContainText("en plan även för de tillfällen");
    // Days per week outside 1–7 is refused in place.
    const days = page.getByTestId("acute-days-akut-bedomning");
    await days.fill("9");
    await days.press("Enter");
    await expect(row.getByRole("alert")).toHaveText("Högst 7");
    await expect(days).toHaveAttribute("aria-invalid", "true");
    await context.close();
  });
});
