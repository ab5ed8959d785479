import { contextAs, createBoard, DEMO, expect, test } from "./fixtures";
import { BoardPage } from "./pages/board-page";
import { smallBoard } from "./small-board";

const plain = (text: string | null) => (text ?? "").replace(/\s/g, " ").trim();

test.describe("section tables", () => {
  test("totals rows add up the column and never cover a row, at 1280×720", async ({ browser }) => {
    const owner = await contextAs(browser, DEMO.taktisk);
    await owner.page.setViewportSize({ width: 1280, height: 720 });
    const { id } = await createBoard(owner.context.request, smallBoard());
    const board = new BoardPage(owner.page, id);

    // Waiting lists: 120 + 80 waiting now, goals 60 + 40.
    await board.open("overview");
    const waiting = owner.page.getByTestId("waiting-table-footer");
    await expect(waiting.getByRole("cell").first()).toHaveText("Summa");
    await expect(waiting.getByRole("cell").nth(1)).toHaveText("200");
    await expect(waiting.getByRole("cell").nth(2)).toHaveText("100");

    // Schedule coverage: 8 + 5 slots a week; 12 weeks without low production → 96 + 60.
    await board.open("produktionsplan");
    const footer = owner.page.getByTestId("schedule-coverage-footer");
    await footer.scrollIntoViewIfNeeded();
    const cells = footer.getByRole("cell");
    await expect(cells.first()).toHaveText("Summa");
    expect(plain(await cells.nth(1).textContent())).toBe("13");
    expect(plain(await cells.nth(2).textContent())).toBe("156");
    const lastRow = owner.page.getByTestId("schedule-coverage").locator("tbody tr").last();
    await lastRow.scrollIntoViewIfNeeded();
    const [rowBox, footerBox] = [await lastRow.boundingBox(), await footer.boundingBox()];
    expect(rowBox && footerBox && rowBox.y + rowBox.height <= footerBox.y + 0.5).toBe(true);
    // Numbers are right-aligned in tabular figures.
    await expect(cells.nth(2)).toHaveCSS("text-align", "right");
    await expect(cells.nth(2)).toHaveCSS("font-variant-numeric", "tabular-nums");
    await owner.context.close();
  });
});
