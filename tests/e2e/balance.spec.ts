import { contextAs, createBoard, DEMO, expect, test } from "./fixtures";
import { BoardPage } from "./pages/board-page";

const PROPOSED = "Utökad mottagning kvällstid (tis och tors)";

test.describe("Balansering", () => {
  test("a proposal shows in the scenario only; deciding it changes the plan for everyone", async ({ browser }) => {
    const a = await contextAs(browser, DEMO.taktisk);
    const b = await contextAs(browser, DEMO.taktisk);
    const { id: boardId } = await createBoard(a.context.request, { name: `Balans-e2e ${Date.now()}` });

    for (const { page } of [a, b]) {
      await page.goto(`/boards/${boardId}/balansering`);
      await expect(page.getByRole("heading", { name: "Balansering", level: 2 })).toBeVisible();
      await expect(page.getByTestId("total-gap-lak")).toBeVisible();
    }
    const planGapBefore = await a.page.getByTestId("total-gap-lak").textContent();
    const planCoverageBefore = await a.page.getByTestId("coverage-lak").textContent();
    await expect(b.page.getByTestId("total-gap-lak")).toHaveText(planGapBefore!);

    // Scenario mode: the proposal's effect is shown beside the plan, the plan is untouched.
    await a.page.getByRole("button", { name: "Scenario", exact: true }).click();
    const compare = a.page.getByTestId("scenario-compare");
    await expect(compare).toBeVisible();
    await expect(a.page.getByTestId("compare-plan-lak")).toHaveText(planGapBefore!);
    const scenarioGap = await a.page.getByTestId("compare-scenario-lak").textContent();
    expect(scenarioGap).not.toBe(planGapBefore);
    await expect(a.page.getByTestId("total-gap-lak")).toHaveText(planGapBefore!);
    await expect(b.page.getByTestId("total-gap-lak")).toHaveText(planGapBefore!);
    await expect(a.page.getByTestId("measure-kvallsmottagning")).toContainText("bara i scenariot");

    // Deciding the proposal: the plan now counts it — in both browsers — and equals the scenario.
    await a.page.getByRole("combobox", { name: `Status för ”${PROPOSED}”` }).selectOption({ label: "Beslutad" });
    await expect(a.page.getByTestId("total-gap-lak")).toHaveText(scenarioGap!);
    await expect(b.page.getByTestId("total-gap-lak")).toHaveText(scenarioGap!);
    await expect(b.page.getByTestId("coverage-lak")).not.toHaveText(planCoverageBefore!);
    await expect(b.page.getByRole("combobox", { name: `Status för ”${PROPOSED}”` })).toHaveValue("decided");
    await expect(b.page.getByTestId("measure-kvallsmottagning")).toContainText("räknas i planen");

    await a.context.close();
    await b.context.close();
  });

  test("measures are added with lever and owner, and removed after one question", async ({ browser }) => {
    const { context, page } = await contextAs(browser, DEMO.taktisk);
    const { id: boardId } = await createBoard(context.request, { name: `Balans-e2e ${Date.now()}` });
    const board = new BoardPage(page, boardId);
    await board.open("balansering");
    await page.getByRole("button", { name: "Lägg till åtgärd" }).click();
    const form = page.getByTestId("measure-form");
    await form.getByLabel("Åtgärd", { exact: true }).fill("Köpa vård av grannregionen");
    await form.getByLabel("Påverkar").selectOption({ label: "den tillgängliga kapaciteten" });
    await form.getByLabel("Ansvarig").fill("Maria Taktisk");
    await form.getByLabel("Effekt (h/vecka)").fill("12,5");
    await form.getByRole("button", { name: "Spara" }).click();
    const row = page.getByRole("row").filter({ hasText: "Köpa vård av grannregionen" });
    await expect(row).toContainText("den tillgängliga kapaciteten");
    await expect(row).toContainText("Maria Taktisk");
    await expect(row).toContainText("+12,5 h/v");
    await row.getByRole("button", { name: "Ta bort ”Köpa vård av grannregionen”" }).click();
    await board.confirm("Ta bort ”Köpa vård av grannregionen”?");
    await expect(page.getByRole("row").filter({ hasText: "Köpa vård av grannregionen" })).toHaveCount(0);
    await context.close();
  });
});
