import type { Page } from "@playwright/test";
import { contextAs, createBoard, DEMO, expect, test } from "./fixtures";

/** This spec's own board: Anders owns it, Maria edits. */
let board: { id: string; name: string };
const shots = process.env.PKS_SCREENSHOTS_DIR;

async function screenshot(page: Page, name: string) {
  if (!shots) return;
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.waitForTimeout(500);
  await page.screenshot({ path: `${shots}/${name}.png` });
}

test.describe("reflection after a schedule period", () => {
  test.beforeAll(async ({ browser }) => {
    const { context, page } = await contextAs(browser, DEMO.taktisk);
    const members = [{ email: DEMO.strategisk, role: "editor" as const }];
    board = await createBoard(context.request, { name: `Reflektion-e2e ${Date.now()}`, members }, page);
    await context.close();
  });

  test("an action item becomes a proposed measure visible in Balansering and linked back", async ({ browser }) => {
    test.setTimeout(120_000);
    const a = await contextAs(browser, DEMO.taktisk);
    const page = a.page;
    await page.goto(`/boards/${board.id}/reflektion`);
    // The board room's save status turns "Sparat" only once the page is hydrated (a form filled before would be reset).
    await expect(page.getByRole("status").filter({ hasText: "Sparat" }).first()).toBeVisible();
    await page.getByLabel("Till vecka").fill("12 veckor");
    await page.getByRole("button", { name: "Ny reflektion" }).click();
    await expect(page.locator("#reflection-toWeek-error")).toHaveText("Ange en vecka som ÅÅÅÅ-Vvv, t.ex. 2027-W05");
    await page.getByLabel("Titel", { exact: true }).fill("Reflektion efter period 1");
    const from = await page.getByLabel("Från vecka").inputValue();
    await page.getByLabel("Till vecka").fill(from);
    await page.getByRole("button", { name: "Ny reflektion" }).click();
    await page.waitForURL(/\/reflektion\/[0-9a-f-]{36}$/);

    // The seeds' questions under their own headings, and the period's figures from the engine.
    const editor = page.getByTestId("document-editor").locator(".ProseMirror").first();
    await expect(editor.locator("h2").first()).toHaveText("Reflektera tillsammans utifrån utfallen");
    await expect(editor.locator("h3").first()).toHaveText("Hur blev schemaläggningen under den senaste perioden?");
    await expect(editor.locator('h2:text-is("Vid avvikelser – vad beror de på?")')).toBeVisible();
    await expect(page.getByTestId("reflection-period")).toHaveText(`Schemaperiod v. ${from}–${from}`);
    await expect(page.getByTestId("period-figures")).toContainText("1 vecka av tavlans horisont");

    await page.getByLabel("Åtgärdspunkt").last().fill("Färre planerade återbesök");
    await page.getByRole("button", { name: "Lägg till åtgärdspunkt" }).click();
    const item = page.getByTestId("action-items").locator("li").first();
    await item.getByLabel("Påverkar").selectOption({ label: "produktionsbehovet" });
    await item.getByLabel("Gäller").selectOption({ index: 1 });
    await expect(page.locator("[data-save-status]").first()).toHaveAttribute("data-save-status", "saved");
    await item.getByRole("button", { name: "Gör till åtgärd i Balansering" }).click();
    await expect(item.getByTestId("action-outcome")).toContainText("Blev åtgärd: Förslag");
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, "reflection");

    const session = page.url();
    // A second item becomes a rule in Spelregler (started by the click), linked both ways.
    await page.getByLabel("Åtgärdspunkt").last().fill("Mötesfri fredag");
    await page.getByRole("button", { name: "Lägg till åtgärdspunkt" }).click();
    const ruleItem = page.getByTestId("action-items").locator("li").nth(1);
    await expect(ruleItem.getByLabel("Åtgärdspunkt")).toHaveValue("Mötesfri fredag");
    await expect(page.locator("[data-save-status]").first()).toHaveAttribute("data-save-status", "saved");
    await ruleItem.getByLabel("Område").selectOption({ label: "Möten" });
    await ruleItem.getByRole("button", { name: "Gör till spelregel" }).click();
    await expect(ruleItem.getByTestId("action-outcome")).toHaveText(/Blev spelregel 1: Mötesfri fredag/);
    await expect(ruleItem.getByRole("button", { name: "Gör till åtgärd i Balansering" })).toHaveCount(0);
    await ruleItem.getByRole("link", { name: "Visa i Spelregler" }).click();
    await page.waitForURL(/\/spelregler$/);
    await expect(page.getByLabel("Regeltext, regel 1")).toHaveValue("Mötesfri fredag");
    await expect(page.getByLabel("Område, regel 1")).toHaveValue("meetings");
    await expect(page.getByTestId("rule-source")).toHaveText(
      `Från reflektion ”Reflektion efter period 1” (v. ${from}–${from})`,
    );
    await page.getByRole("link", { name: "Från reflektion ”Reflektion efter period 1”" }).click();
    await page.waitForURL(session);

    await item.getByRole("link", { name: "Visa i Balansering" }).click();
    await page.waitForURL(/\/balansering$/);
    const measure = page.getByText("Färre planerade återbesök");
    await expect(measure.first()).toBeVisible();
    await expect(page.getByText("Från reflektion ”Reflektion efter period 1”").first()).toBeVisible();
    await a.context.close();
  });
});
