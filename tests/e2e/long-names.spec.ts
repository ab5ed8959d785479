import { createOrthoBoard } from "../../lib/demo/ortho-board";
import { contextAs, createBoard, DEMO, expect, test } from "./fixtures";
import { BoardPage } from "./pages/board-page";

// A 10 000-character name (a paste gone wrong) once broke the layout. Every name and title input
// cuts it at its maximum and says so; the server refuses what bypasses the input.
const LONG = "Ortopedkliniken ".repeat(625);

test.describe("a 10 000-character name", () => {
  test("is cut to 120 characters in the board name, and the server refuses the full one", async ({ browser }) => {
    expect(LONG).toHaveLength(10_000);
    const { context, page } = await contextAs(browser, DEMO.taktisk);
    await page.goto("/boards/new");
    const name = page.getByLabel("Namn", { exact: true });
    await name.fill(LONG);
    await expect(name).toHaveValue(LONG.slice(0, 120));
    await expect(page.getByRole("status").filter({ hasText: "Högst 120 tecken – längre text kortas" })).toBeVisible();
    await expect(name).toHaveAccessibleDescription(/Högst 120 tecken/);

    // Without the input's limit (an old browser, a script), the server says what is wrong.
    await name.evaluate((input: HTMLInputElement, text) => {
      input.removeAttribute("maxlength");
      input.value = text;
    }, LONG);
    await page.getByRole("button", { name: "Skapa tavla" }).click();
    await expect(page.getByText("Ange ett namn (2–120 tecken).")).toBeVisible();
    await expect(page).toHaveURL(/\/boards\/new/);

    // A board file with such a name is refused too, naming the field.
    const board = createOrthoBoard();
    board.board.name = LONG;
    const response = await context.request.post("/api/boards/import", { data: board });
    expect(response.status()).toBe(400);
    expect(await response.text()).toContain("board.name: 10000 characters, at most 200");
    await context.close();
  });

  test("is cut to 200 characters in a planning object's and a resource's name", async ({ browser }) => {
    const { context, page } = await contextAs(browser, DEMO.taktisk);
    const { id } = await createBoard(context.request);
    const board = new BoardPage(page, id);
    await board.open("behov");
    await page.getByRole("button", { name: "Lägg till planeringsobjekt" }).click();
    const form = page.locator("form", { has: page.getByRole("heading", { name: "Nytt planeringsobjekt" }) });
    const service = form.getByLabel("Vårdtjänst");
    await service.fill(LONG);
    await expect(service).toHaveValue(LONG.slice(0, 200));
    await expect(form.getByRole("status").filter({ hasText: "Högst 200 tecken – längre text kortas" })).toBeVisible();
    await form.getByRole("button", { name: "Lägg till" }).click();
    const added = LONG.slice(0, 200).trim();
    await expect(board.grid("history").row(new RegExp(`^${added.slice(0, 40)}`))).toHaveCount(1);
    // The row header keeps to its column: the long name does not widen the page.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);
    await board.expectSaved();

    await board.open("kapacitet");
    await page.getByRole("button", { name: "Lägg till resurs" }).click();
    const resource = page.locator("#res-name");
    await resource.fill(LONG);
    await expect(resource).toHaveValue(LONG.slice(0, 200));
    await expect(page.getByText("Högst 200 tecken – längre text kortas")).toBeVisible();
    await context.close();
  });
});
