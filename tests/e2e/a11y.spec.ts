import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { boardIdByName, contextAs, createBoard, DEMO, DEMO_BOARD_NAME, expect, test } from "./fixtures";

// Every page, and the menus and dialogs opened on them, against axe-core's WCAG 2.1 A and AA rules.
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
  );
}

test.describe("accessibility (axe-core, WCAG 2.1 AA)", () => {
  test("the login page", async ({ page }) => {
    await page.goto("/login");
    await expect(page.getByRole("button", { name: "Logga in" })).toBeVisible();
    expect(await violations(page)).toEqual([]);
  });

  const SECTIONS = [
    "",
    "/behov",
    "/kapacitet",
    "/balansering",
    "/produktionsplan",
    "/spelregler",
    "/uppfoljning",
    "/agreements",
    "/reflektion",
    "/self-assessment",
    "/history",
    "/import",
    "/members",
    "/installningar",
    "/settings/bi",
    "/strategi",
    "/verify",
  ];

  test("the board list, new board and profile pages", async ({ browser }) => {
    const { context, page } = await contextAs(browser, DEMO.taktisk);
    const found: string[] = [];
    for (const path of ["/", "/boards/new", "/profile"]) {
      await page.goto(path);
      await expect(page.getByRole("heading").first()).toBeVisible();
      for (const v of await violations(page)) found.push(`${path}: ${v}`);
    }
    expect(found).toEqual([]);
    await context.close();
  });

  for (const section of SECTIONS) {
    test(`the board section ${section || "/ (Översikt)"}`, async ({ browser }) => {
      test.setTimeout(120_000);
      const { context, page } = await contextAs(browser, DEMO.taktisk);
      await page.setViewportSize({ width: 1280, height: 720 });
      const boardId = await boardIdByName(page, DEMO_BOARD_NAME);
      await page.goto(`/boards/${boardId}${section}`);
      await expect(page.getByRole("heading", { level: 2 }).first()).toBeVisible();
      await page.waitForTimeout(600);
      expect(await violations(page)).toEqual([]);
      await context.close();
    });
  }

  test("a strategic board's Strategi page with a linked unit", async ({ browser }) => {
    test.setTimeout(120_000);
    const { context, page } = await contextAs(browser, DEMO.strategisk);
    await page.setViewportSize({ width: 1280, height: 720 });
    const stamp = Date.now();
    const unit = await createBoard(context.request, { name: `A11y enhet ${stamp}`, unit: `A11y ${stamp}` });
    const strategic = await createBoard(context.request, { name: `A11y region ${stamp}`, level: "strategic" });
    const linked = await context.request.post(`/api/boards/${strategic.id}/strategic`, {
      data: { action: "link", unitBoardId: unit.id },
    });
    expect(linked.status()).toBe(200);
    await page.goto(`/boards/${strategic.id}/strategi`);
    await expect(page.getByTestId("strategic-sums")).toBeVisible();
    await page.waitForTimeout(600);
    expect(await violations(page)).toEqual([]);
    await context.close();
  });

  test("the download menu, the scenario view and the English UI", async ({ browser }) => {
    test.setTimeout(120_000);
    const { context, page } = await contextAs(browser, DEMO.taktisk);
    const boardId = await boardIdByName(page, DEMO_BOARD_NAME);
    const found: string[] = [];
    await page.goto(`/boards/${boardId}/balansering`);
    await page.getByTestId("download-menu").click();
    await expect(page.getByTestId("download-xlsx")).toBeVisible();
    for (const v of await violations(page)) found.push(`download menu: ${v}`);
    await page.keyboard.press("Escape");
    await page.getByRole("button", { name: "Scenario", exact: true }).click();
    await expect(page.getByTestId("summary-scenario")).toBeVisible();
    for (const v of await violations(page)) found.push(`scenario: ${v}`);
    await context.addCookies([{ name: "pks-locale", value: "en", url: page.url() }]);
    await page.goto(`/boards/${boardId}/produktionsplan`);
    await expect(page.getByRole("heading", { level: 2 }).first()).toBeVisible();
    for (const v of await violations(page)) found.push(`en produktionsplan: ${v}`);
    expect(found).toEqual([]);
    await context.close();
  });

  test("a viewer's Behov section", async ({ browser }) => {
    const { context, page } = await contextAs(browser, DEMO.operativ);
    const boardId = await boardIdByName(page, DEMO_BOARD_NAME);
    await page.goto(`/boards/${boardId}/behov`);
    await expect(page.getByRole("heading", { level: 2 }).first()).toBeVisible();
    await page.waitForTimeout(600);
    expect(await violations(page)).toEqual([]);
    await context.close();
  });

  test("the outlier dialog", async ({ browser }) => {
    test.setTimeout(120_000);
    // Answered with Avbryt, so the demo board is not changed.
    const { context, page } = await contextAs(browser, DEMO.taktisk);
    const boardId = await boardIdByName(page, DEMO_BOARD_NAME);
    await page.goto(`/boards/${boardId}/behov`);
    const grid = page.getByRole("grid", { name: "Historik per planeringsobjekt och vecka" });
    await grid.locator('[role="row"][aria-rowindex="2"] [role="gridcell"][aria-colindex="6"]').click();
    await page.keyboard.type("999999");
    await page.keyboard.press("Enter");
    await expect(page.getByRole("alertdialog")).toBeVisible();
    const found = await violations(page);
    await page.getByRole("alertdialog").getByRole("button", { name: "Avbryt" }).click();
    expect(found).toEqual([]);
    await context.close();
  });
  test("the meeting banner (presenting, following, not following) and its end dialog", async ({ browser }) => {
    test.setTimeout(120_000);
    const a = await contextAs(browser, DEMO.taktisk);
    const members = [{ email: DEMO.strategisk, role: "editor" as const }];
    const { id } = await createBoard(a.context.request, { name: `Möte-a11y ${Date.now()}`, members }, a.page);
    const b = await contextAs(browser, DEMO.strategisk);
    await a.page.goto(`/boards/${id}/balansering`);
    await b.page.goto(`/boards/${id}`);
    await expect(b.page.getByTestId("save-status")).toHaveAttribute("data-status", "saved");
    await a.page.getByRole("button", { name: "Starta möte" }).click();
    const banner = b.page.getByTestId("meeting-banner");
    await expect(banner).toHaveAttribute("data-follow", "following");
    await expect(b.page).toHaveURL(/\/balansering$/);
    const found: string[] = [];
    for (const v of await violations(b.page)) found.push(`following: ${v}`);
    await b.page
      .getByRole("navigation", { name: "Avsnitt" })
      .getByRole("link", { name: /^Behov/ })
      .click();
    await expect(banner).toHaveAttribute("data-follow", "detached");
    for (const v of await violations(b.page)) found.push(`not following: ${v}`);
    await expect(a.page.getByTestId("meeting-banner")).toHaveAttribute("data-follow", "presenting");
    for (const v of await violations(a.page)) found.push(`presenting: ${v}`);
    await a.page.getByRole("button", { name: "Avsluta mötet" }).click();
    await expect(a.page.getByRole("alertdialog")).toBeVisible();
    for (const v of await violations(a.page)) found.push(`end dialog: ${v}`);
    await a.page.getByRole("alertdialog").getByRole("button", { name: "Avsluta mötet" }).click();
    await expect(a.page.getByTestId("meeting-ended")).toBeVisible();
    for (const v of await violations(a.page)) found.push(`ended: ${v}`);
    expect(found).toEqual([]);
    await a.context.close();
    await b.context.close();
  });
});
