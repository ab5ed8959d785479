import AxeBuilder from "@axe-core/playwright";
import type { PksBoard } from "../../lib/demo/ortho-board";
import { contextAs, createBoard, DEMO, expect, exportBoard, test } from "./fixtures";
import { BoardPage } from "./pages/board-page";
import { smallBoard } from "./small-board";

const NYBESOK = /^Nybesök läkare/;
const ATERBESOK = /^Återbesök läkare/;

test.describe("Ångra after a removal", () => {
  test("deleting a planning object and pressing Ångra restores it with its history, while a second browser edits another object", async ({
    browser,
  }) => {
    const owner = await contextAs(browser, DEMO.taktisk);
    const other = await contextAs(browser, DEMO.strategisk);
    const { id } = await createBoard(
      owner.context.request,
      { ...smallBoard(), members: [{ email: DEMO.strategisk, role: "editor" }] },
      owner.page,
    );
    const before = await exportBoard(owner.context.request, id);
    const a = new BoardPage(owner.page, id);
    const b = new BoardPage(other.page, id);
    await a.open("behov");
    await b.open("behov");
    const historyA = a.grid("history");
    const historyB = b.grid("history");
    await expect(historyA.row(NYBESOK)).toHaveCount(1);
    await expect(historyB.row(NYBESOK)).toHaveCount(1);
    expect(await historyA.rowTexts(NYBESOK, 4)).toEqual(["11", "12", "13", "14"]);

    // Cancelling the question changes nothing.
    await owner.page.getByRole("button", { name: "Ta bort Nybesök läkare" }).click();
    await expect(a.alertDialog()).toContainText("Du kan ångra i några sekunder efteråt.");
    // Focus starts on Cancel, and the dialog passes axe's checks.
    await expect(a.alertDialog().getByRole("button", { name: "Avbryt" })).toBeFocused();
    const axe = await new AxeBuilder({ page: owner.page }).include('[role="alertdialog"]').analyze();
    expect(axe.violations).toEqual([]);
    await owner.page.keyboard.press("Escape");
    await expect(a.alertDialog()).toHaveCount(0);
    await expect(historyA.row(NYBESOK)).toHaveCount(1);

    await owner.page.getByRole("button", { name: "Ta bort Nybesök läkare" }).click();
    await a.confirm("Ta bort ”Nybesök läkare” och dess historik?");
    await expect(historyA.row(NYBESOK)).toHaveCount(0);
    await expect(historyB.row(NYBESOK)).toHaveCount(0);
    await expect(a.toast("”Nybesök läkare” togs bort")).toBeVisible();

    // Meanwhile the other person edits another object.
    await historyB.setCellOf(ATERBESOK, 1, "99");
    await expect.poll(() => historyA.rowTexts(ATERBESOK, 2)).toEqual(["21", "99"]);
    await b.expectSaved();

    // The toast is still there after 10 s, and Ångra brings back exactly what was removed.
    await owner.page.waitForTimeout(10_500);
    await a.undoFromToast("”Nybesök läkare” togs bort");
    await expect(a.toast("”Nybesök läkare” är tillbaka")).toBeVisible();
    for (const grid of [historyA, historyB]) {
      await expect(grid.row(NYBESOK)).toHaveCount(1);
      await expect.poll(() => grid.rowTexts(NYBESOK, 4)).toEqual(["11", "12", "13", "14"]);
      await expect.poll(() => grid.rowTexts(ATERBESOK, 2)).toEqual(["21", "99"]);
    }
    await expect(historyA.rowHeaders().first()).toHaveText(NYBESOK);
    await a.expectSaved();

    // Stored: the object with all its fields, its measure, outcomes and schedule row, plus the other edit.
    const expected: PksBoard = structuredClone(before);
    const ater = expected.planningObjects.find((o) => o.id === "ater")!;
    ater.history = { ...ater.history, "2026-W02": 99 };
    await expect.poll(() => exportBoard(owner.context.request, id), { timeout: 15_000 }).toEqual(expected);
    await owner.context.close();
    await other.context.close();
  });

  test("a removed measure comes back with its lever and owner", async ({ browser }) => {
    const owner = await contextAs(browser, DEMO.taktisk);
    const { id } = await createBoard(owner.context.request, smallBoard());
    const a = new BoardPage(owner.page, id);
    await a.open("balansering");
    await owner.page.getByRole("button", { name: "Lägg till åtgärd" }).click();
    const form = owner.page.getByTestId("measure-form");
    await form.getByLabel("Åtgärd", { exact: true }).fill("Köpa vård av grannregionen");
    await form.getByLabel("Påverkar").selectOption({ label: "den tillgängliga kapaciteten" });
    await form.getByLabel("Ansvarig").fill("Maria Taktisk");
    await form.getByLabel("Effekt (h/vecka)").fill("12,5");
    await form.getByRole("button", { name: "Spara" }).click();
    const row = () => owner.page.getByRole("row").filter({ hasText: "Köpa vård av grannregionen" });
    await expect(row()).toContainText("Maria Taktisk");

    await row().getByRole("button", { name: "Ta bort ”Köpa vård av grannregionen”" }).click();
    await a.confirm("Ta bort ”Köpa vård av grannregionen”?");
    await expect(row()).toHaveCount(0);
    await a.undoFromToast("Åtgärden ”Köpa vård av grannregionen” togs bort");
    await expect(row()).toContainText("den tillgängliga kapaciteten");
    await expect(row()).toContainText("Maria Taktisk");
    await expect(row()).toContainText("+12,5 h/v");
    await owner.context.close();
  });

  test("a removed resource comes back with its times per activity", async ({ browser }) => {
    const owner = await contextAs(browser, DEMO.taktisk);
    const { id } = await createBoard(owner.context.request, smallBoard());
    const before = await exportBoard(owner.context.request, id);
    const a = new BoardPage(owner.page, id);
    await a.open("kapacitet");
    await owner.page.getByRole("button", { name: "Ta bort Mottagningsrum" }).click();
    await a.confirm("Ta bort ”Mottagningsrum” och dess tider per aktivitet?");
    await expect(owner.page.getByTestId("resource-rum")).toHaveCount(0);
    await a.undoFromToast("”Mottagningsrum” togs bort");
    await expect(owner.page.getByTestId("resource-rum")).toBeVisible();
    await a.expectSaved();
    await expect.poll(() => exportBoard(owner.context.request, id), { timeout: 15_000 }).toEqual(before);
    await owner.context.close();
  });
});

test.describe("section error boundary", () => {
  test("a failing section shows a Swedish message and a way back instead of a blank page", async ({ browser }) => {
    const owner = await contextAs(browser, DEMO.taktisk);
    const { id, name } = await createBoard(owner.context.request, smallBoard());
    const a = new BoardPage(owner.page, id);
    await owner.page.goto(`/boards/${id}/behov?pksForceError=section`);
    const alert = owner.page.getByRole("alert").filter({ hasText: "Den här delen av tavlan kunde inte visas" });
    await expect(alert).toBeVisible();
    await expect(alert.getByRole("button", { name: "Försök igen" })).toBeVisible();
    // The board's top bar and rail stay: only the section failed.
    await expect(owner.page.getByTestId("board-name")).toHaveText(name);
    await alert.getByRole("link", { name: "Till översikten" }).click();
    await expect(owner.page).toHaveURL(new RegExp(`/boards/${id}$`));
    await expect(owner.page.getByRole("heading", { name: "Översikt", level: 2 })).toBeVisible();
    // Without the test switch the section works.
    await a.open("behov");
    await expect(owner.page.getByText("Den här delen av tavlan kunde inte visas")).toHaveCount(0);
    await owner.context.close();
  });
});
