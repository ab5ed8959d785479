import { contextAs, DEMO, expect, test } from "./fixtures";

test("switching the language to English and back", async ({ browser }) => {
  const { context, page } = await contextAs(browser, DEMO.strategisk);
  await page.goto("/");
  // Exact: other specs' boards shared with this user add unit headings such as "… · 3 tavlor".
  await expect(page.getByRole("heading", { name: "Tavlor", exact: true })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "sv");
  await page.getByRole("banner").getByRole("button", { name: "English" }).click();
  await expect(page.getByRole("heading", { name: "Boards", exact: true })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("link", { name: "New board" })).toBeVisible();
  // The choice sticks across pages and reloads.
  await page.goto("/profile");
  await expect(page.getByRole("heading", { name: "My profile" })).toBeVisible();
  await page.getByRole("banner").getByRole("button", { name: "Svenska" }).click();
  await expect(page.getByRole("heading", { name: "Min profil" })).toBeVisible();
  await context.close();
});
