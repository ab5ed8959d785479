import { DEMO, DEMO_BOARD_NAME, DEMO_PASSWORD, expect, test } from "./fixtures";

test.describe("login", () => {
  test("the demo tactical user signs in with the right password and sees the demo board", async ({ page }) => {
    await page.goto("/");
    await expect(page).toHaveURL(/\/login/);
    await page.getByLabel("E-postadress").fill(DEMO.taktisk);
    await page.getByLabel("Lösenord").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Logga in" }).click();
    await expect(page.getByRole("heading", { name: "Tavlor", exact: true })).toBeVisible();
    await expect(page.getByRole("heading", { name: /Ortopedkliniken/ })).toBeVisible();
    await page.getByRole("link", { name: new RegExp(DEMO_BOARD_NAME) }).click();
    await expect(page.getByTestId("board-name")).toHaveText(DEMO_BOARD_NAME);
    await expect(page.getByTestId("board-role")).toContainText("Ägare");
  });

  test("a wrong password and an unknown account get the same generic message", async ({ page }) => {
    await page.goto("/login");
    await page.getByLabel("E-postadress").fill(DEMO.strategisk);
    await page.getByLabel("Lösenord").fill("wrong-password");
    await page.getByRole("button", { name: "Logga in" }).click();
    const alert = page.locator("main").getByRole("alert");
    await expect(alert).toHaveText("Fel e-postadress eller lösenord.");
    await page.getByLabel("E-postadress").fill("nobody@exempel.se");
    await page.getByLabel("Lösenord").fill("whatever");
    await page.getByRole("button", { name: "Logga in" }).click();
    await expect(alert).toHaveText("Fel e-postadress eller lösenord.");
    await expect(page).toHaveURL(/\/login/);
  });

  test("repeated failures for one account are rate-limited, even with the right password", async ({ page }) => {
    await page.goto("/login");
    await page.getByLabel("E-postadress").fill(DEMO.lars);
    for (let i = 0; i < 5; i++) {
      await page.getByLabel("Lösenord").fill(`wrong-${i}`);
      await page.getByRole("button", { name: "Logga in" }).click();
      await expect(page.locator("main").getByRole("alert")).toHaveText("Fel e-postadress eller lösenord.");
    }
    await page.getByLabel("Lösenord").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Logga in" }).click();
    await expect(page.locator("main").getByRole("alert")).toHaveText(/För många misslyckade försök/);
  });

  test("signing out ends the session", async ({ page }) => {
    await page.goto("/login");
    await page.getByLabel("E-postadress").fill(DEMO.politisk);
    await page.getByLabel("Lösenord").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Logga in" }).click();
    await expect(page.getByRole("heading", { name: "Tavlor", exact: true })).toBeVisible();
    await page.getByRole("button", { name: "Logga ut" }).click();
    await expect(page).toHaveURL(/\/login/);
    await page.goto("/profile");
    await expect(page).toHaveURL(/\/login/);
  });
});
