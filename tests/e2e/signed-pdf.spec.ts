import type { Page } from "@playwright/test";
import { verifySeal } from "../../lib/pdf/verify-seal";
import { contextAs, createBoard, DEMO, DEMO_PASSWORD, expect, test } from "./fixtures";
import { downloadSignedPdf, pdfText, screenshotFirstPage } from "./pdf-helpers";

/** This spec's own board: Maria (taktisk) owns it, Anders (strategisk) edits. */
let board: { id: string; name: string };

async function sign(page: Page) {
  const panel = page.getByTestId("signoff-panel");
  await panel.getByRole("button", { name: "Signera" }).click();
  const dialog = page.getByTestId("sign-dialog");
  await dialog.getByLabel("Ditt lösenord").fill(DEMO_PASSWORD);
  await dialog.getByRole("button", { name: "Signera" }).click();
  await expect(dialog).toBeHidden();
}

async function verifyFile(page: Page, name: string, bytes: Buffer) {
  await page.getByLabel("PDF-fil").setInputFiles({ name, mimeType: "application/pdf", buffer: bytes });
  await page.getByRole("button", { name: "Kontrollera filen" }).click();
  return page.getByTestId("verify-result");
}

test.describe("the PDF of a signed agreement and the verify page", () => {
  test.beforeAll(async ({ browser }) => {
    const { context, page } = await contextAs(browser, DEMO.taktisk);
    const members = [{ email: DEMO.strategisk, role: "editor" as const }];
    board = await createBoard(context.request, { name: `PDF-e2e ${Date.now()}`, members }, page);
    await context.close();
  });

  test("signers and hash in the PDF, its seal holds, a changed byte fails on the verify page", async ({ browser }) => {
    test.setTimeout(180_000);
    const maria = await contextAs(browser, DEMO.taktisk);
    await maria.page.goto(`/boards/${board.id}/agreements`);
    await maria.page.getByLabel("Titel", { exact: true }).fill("Överenskommelse PDF");
    await maria.page.getByRole("button", { name: "Ny överenskommelse" }).click();
    await maria.page.waitForURL(/\/agreements\/[0-9a-f-]{36}$/);
    const agreementUrl = maria.page.url();
    await maria.page.getByLabel("Namn på versionen").fill("Inför beslut");
    await maria.page.getByRole("button", { name: "Spara version" }).click();
    await expect(maria.page.getByTestId("signoff-panel")).toContainText("Inför beslut");
    await sign(maria.page);

    const anders = await contextAs(browser, DEMO.strategisk);
    await anders.page.goto(agreementUrl);
    await sign(anders.page);
    await expect(anders.page.getByTestId("signoff-status")).toHaveText("Fastställd");
    await expect(anders.page.getByTestId("document-status")).toHaveText("Fastställd");
    await anders.context.close();

    await maria.page.reload();
    const panelText = (await maria.page.getByTestId("signoff-panel").textContent()) ?? "";
    const hash = /Kontrollsumma: ([0-9a-f]{64})/.exec(panelText)?.[1] ?? "missing";
    const bytes = await downloadSignedPdf(maria.page);

    const text = await pdfText(bytes);
    expect(text).toContain("Överenskommelse PDF");
    expect(text).toContain("Signeringsintyg");
    // The agreement's own pages: its parties and the template's headings (seed 000 509–513).
    expect(text).toMatch(/Parter:\s*Sjukvårdsdirektör · Verksamhetschef/);
    expect(text).toContain("Klinikens/enhetens arbetsgrupp");
    expect(text).toMatch(/Maria[^\n]*taktisk/);
    expect(text).toMatch(/Anders[^\n]*strategisk/);
    expect(text).toContain(hash);
    expect(verifySeal(bytes).status).toBe("valid");

    await maria.page.goto(`/boards/${board.id}/verify`);
    const result = await verifyFile(maria.page, "fastställd.pdf", bytes);
    await expect(result).toContainText("Förseglingen håller: filen är oförändrad");
    await expect(result).toContainText("Överenskommelse PDF");
    await expect(result).toContainText("Maria");

    const changed = Buffer.from(bytes);
    const at = changed.indexOf("/Producer") + 3;
    changed[at] = changed[at] === 0x61 ? 0x62 : 0x61;
    expect(verifySeal(changed).status).toBe("invalid");
    await expect(await verifyFile(maria.page, "ändrad.pdf", changed)).toContainText("Förseglingen håller inte");

    await screenshotFirstPage(maria.page, bytes, "docs/screenshots/signed-pdf-first-page.png");
    await maria.context.close();
  });
});
