import type { Page } from "@playwright/test";
import { verifySeal } from "../../lib/pdf/verify-seal";
import { contextAs, DEMO, DEMO_BOARD_NAME, DEMO_PASSWORD, expect, test } from "./fixtures";
import { downloadSignedPdf, pdfText, screenshotFirstPage } from "./pdf-helpers";

async function openHistory(page: Page): Promise<string> {
  await page.goto("/");
  await page.getByRole("link", { name: new RegExp(DEMO_BOARD_NAME) }).click();
  await expect(page).toHaveURL(/\/boards\/[0-9a-f-]{36}$/);
  const boardId = page.url().split("/").pop()!;
  await page.getByRole("link", { name: "Historik" }).click();
  await expect(page.getByRole("heading", { name: "Historik", level: 2 })).toBeVisible();
  return boardId;
}

async function signWithPassword(page: Page, password: string): Promise<void> {
  await page.getByTestId("signoff-panel").getByRole("button", { name: "Signera" }).click();
  const dialog = page.getByTestId("sign-dialog");
  await dialog.getByLabel("Ditt lösenord").fill(password);
  await dialog.getByRole("button", { name: "Signera" }).click();
}

test.describe("version history and sign-off", () => {
  test("tactical then strategic sign with password: Fastställd; a later edit shows the banner and the diff", async ({
    browser,
  }) => {
    test.setTimeout(240_000);
    const maria = await contextAs(browser, DEMO.taktisk);
    await openHistory(maria.page);
    await maria.page.getByLabel("Namn på versionen").fill("Inför balanseringsmöte 12 mars");
    await maria.page.getByRole("button", { name: "Spara version" }).click();
    await expect(maria.page.getByTestId("version-list")).toContainText("Inför balanseringsmöte 12 mars");

    // The demo plan has short weeks: it cannot be signed before the decision is recorded.
    const panel = maria.page.getByTestId("signoff-panel");
    const decided = await panel.getByTestId("shortage-decision").isVisible();
    if (decided) {
      await panel
        .getByLabel("Beslut om kvarstående brist")
        .fill("Bristen hanteras med hyrläkare v. 10–20; verksamhetschefen följer upp.");
      await panel.getByRole("button", { name: "Registrera beslut" }).click();
      await expect(panel).toContainText("Beslut registrerat");
    }
    await signWithPassword(maria.page, "fel-lösenord");
    await expect(maria.page.getByTestId("sign-dialog")).toContainText("Fel lösenord.");
    await maria.page.getByTestId("sign-dialog").getByLabel("Ditt lösenord").fill(DEMO_PASSWORD);
    await maria.page.screenshot({ path: "docs/screenshots/signoff-dialog.png" });
    await maria.page.getByTestId("sign-dialog").getByRole("button", { name: "Signera" }).click();
    await expect(panel.getByTestId("signoff-status")).toHaveText("Under signering");

    const anders = await contextAs(browser, DEMO.strategisk);
    await openHistory(anders.page);
    await signWithPassword(anders.page, DEMO_PASSWORD);
    await expect(anders.page.getByTestId("signoff-panel").getByTestId("signoff-status")).toHaveText("Fastställd");
    await anders.context.close();

    // A later edit: the draft differs from the signed version.
    await maria.page.getByRole("link", { name: "Översikt" }).click();
    await expect(maria.page.getByTestId("signoff-state")).toContainText("Fastställd");
    const notes = maria.page.getByRole("textbox", { name: "Anteckningar från dialogen" });
    await notes.click();
    await maria.page.keyboard.press("Control+End");
    await maria.page.keyboard.type(" Tillägg efter fastställandet.");
    await expect(maria.page.getByTestId("save-status")).toHaveAttribute("data-status", "saved");
    await maria.page.reload();
    await expect(maria.page.getByTestId("signoff-banner")).toContainText(
      "Utkastet skiljer sig från fastställd version",
    );
    await maria.page.getByTestId("signoff-banner").getByRole("link", { name: "Visa skillnaderna" }).click();
    await expect(maria.page.getByTestId("version-diff")).toContainText("Tillägg efter fastställandet.");
    await expect(maria.page.getByTestId("signoff-panel").getByTestId("signoff-status")).toHaveText("Fastställd");
    await maria.page.getByTestId("version-diff").scrollIntoViewIfNeeded();
    await maria.page.screenshot({ path: "docs/screenshots/historik-diff.png", fullPage: true });

    // Restoring the signed version is a new change on top: the draft equals the signed version again.
    await maria.page
      .getByTestId("version-list")
      .getByRole("row", { name: /Inför balanseringsmöte 12 mars/ })
      .getByRole("button", { name: "Återställ" })
      .click();
    await maria.page.getByRole("dialog").getByRole("button", { name: "Återställ" }).click();
    await expect(maria.page.getByTestId("version-list")).toContainText(
      "Återställd från Inför balanseringsmöte 12 mars",
    );
    await maria.page.getByRole("link", { name: "Översikt" }).click();
    await expect(notes).not.toContainText("Tillägg efter fastställandet.");
    await expect(maria.page.getByTestId("signoff-state")).toContainText("Fastställd");

    // The fastställd plan's PDF: plan, balance and decided measures, the decision, the signers; sealed.
    await maria.page.getByRole("link", { name: "Historik" }).click();
    const bytes = await downloadSignedPdf(maria.page);
    const text = await pdfText(bytes);
    for (const part of ["Produktionsplan", "Balans per resurs", "Beslutade åtgärder"]) expect(text).toContain(part);
    if (decided) expect(text).toContain("Bristen hanteras med hyrläkare");
    expect(text).toMatch(/Maria Svensson[\s\S]*Anders Berg/);
    expect(verifySeal(bytes).status).toBe("valid");
    await screenshotFirstPage(maria.page, bytes, "docs/screenshots/signed-plan-pdf-first-page.png");
    await maria.context.close();
  });
});
